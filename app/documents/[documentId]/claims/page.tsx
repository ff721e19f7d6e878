import Link from "next/link";
import type { Metadata } from "next";
import { pageDocumentScope } from "@/lib/server/access/page-guards";
import { getDocument } from "@/lib/server/documents/documents";
import { listDocumentClaims } from "@/lib/server/documents/document-claims";
import { DocumentHeader } from "@/components/document-header";
import { findSelectedLayer, layerParam } from "@/lib/domain/spans/layers";
import { LinkClaimPanel } from "@/components/propositions/link-claim-panel";
import { ClaimAttributes } from "@/components/propositions/claim-attributes";

export const metadata: Metadata = { title: "Claims" };

/**
 * The document's claims, each with the proposition link panel. Annotators see their own
 * layer; reviewers and managers see gold and every annotator's layer, with ?layer= to pick.
 */
export default async function DocumentClaimsPage({
  params,
  searchParams,
}: {
  params: Promise<{ documentId: string }>;
  searchParams: Promise<{ layer?: string }>;
}) {
  const { documentId } = await params;
  const { layer } = await searchParams;
  const { scope } = await pageDocumentScope(documentId);
  const [doc, layers] = await Promise.all([getDocument(scope, documentId), listDocumentClaims(scope, documentId)]);
  const chosen = findSelectedLayer(layers, layer, scope.actor.id) ?? layers[0];
  const canManage = scope.can("propositions:manage");
  const here = `/documents/${documentId}/claims`;

  return (
    <div>
      <div className="flex gap-3 text-xs text-slate-500">
        <Link href={`/projects/${doc.projectId}/propositions`} className="hover:underline">
          ← Propositions
        </Link>
        <Link href={`/documents/${documentId}`} className="hover:underline">
          Open the document
        </Link>
      </div>
      <DocumentHeader doc={doc} projectId={doc.projectId} />
      <p className="mt-3 max-w-3xl text-sm text-slate-600">
        Link each claim to the proposition it is about, with its stance: <strong>supports</strong> (says it is true),{" "}
        <strong>refutes</strong> (says it is false) or <strong>reports</strong> (says someone holds it, without endorsing it). The
        claim&apos;s holder, voice and hedge travel with the link.
      </p>
      {layers.length > 1 && (
        <nav className="mt-4 flex flex-wrap gap-1.5 text-sm" aria-label="Layer">
          {layers.map((l) => (
            <Link
              key={l.layer}
              href={`${here}?layer=${encodeURIComponent(layerParam(l.layer))}`}
              className={`rounded-full px-3 py-1 ${l === chosen ? "bg-indigo-600 font-medium text-white" : "bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-slate-50"}`}
            >
              {l.name} ({l.claims.length})
            </Link>
          ))}
        </nav>
      )}
      {!chosen ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-500">
          {scope.can("layers:read-all")
            ? "No claims are marked in this document yet."
            : "You have not marked any claims in this document yet."}
        </p>
      ) : (
        <ol className="mt-4 space-y-3" data-testid="claim-list">
          {chosen.claims.map((c) => (
            <li
              key={c.id}
              className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:grid-cols-5"
              data-testid="claim-item"
            >
              <div className="lg:col-span-2">
                <p className="text-sm font-medium leading-relaxed text-slate-900" data-testid="claim-text">
                  {c.text}
                </p>
                <ClaimAttributes attributes={c.attributes} />
              </div>
              <div className="lg:col-span-3">
                <LinkClaimPanel projectId={doc.projectId} annotation={{ id: c.id, label: c.label, text: c.text }} canManage={canManage} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
