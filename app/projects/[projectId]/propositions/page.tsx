import Link from "next/link";
import type { Metadata } from "next";
import { pageProjectScope } from "@/lib/server/access/page-guards";
import { listPropositions } from "@/lib/server/propositions/propositions";
import { listPerspectives } from "@/lib/server/documents/documents";
import { listFirstDocuments } from "@/lib/server/documents/document-page";
import { Suspense } from "react";
import { createPropositionAction, createPropositionFromClusterAction } from "@/lib/actions/propositions";
import { listClaimClusters } from "@/lib/server/matching/claim-clusters";
import type { ProjectScope } from "@/lib/server/access/guards";
import { ClaimClusters } from "@/components/propositions/claim-clusters";
import { isPropositionFilter, orderPerspectives, type PropositionFilter } from "@/lib/domain/propositions/proposition-overview";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { Field, TextArea } from "@/components/ui/field";
import { PropositionTable } from "@/components/propositions/proposition-table";
import { STANCE_ORDER, STANCE_STYLE } from "@/components/propositions/stance-style";

export const metadata: Metadata = { title: "Propositions" };

const ARTICLES_SHOWN = 20;

const FILTERS: { key: PropositionFilter; label: string }[] = [
  { key: "all", label: "All active" },
  { key: "contested", label: "Contested" },
  { key: "divergent", label: "Divergent framing" },
  { key: "reconciled", label: "Reconciled" },
  { key: "open", label: "Open" },
  { key: "proposed", label: "Proposed" },
  { key: "retired", label: "Retired" },
];

export default async function PropositionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<{ filter?: string }>;
}) {
  const { projectId } = await params;
  const { filter: raw = "all" } = await searchParams;
  const filter: PropositionFilter = isPropositionFilter(raw) ? raw : "all";
  const scope = await pageProjectScope(projectId);
  // Perspectives and a few articles come from the database: this page never lists the whole project.
  const [rows, present, first] = await Promise.all([
    listPropositions(scope, filter),
    listPerspectives(scope),
    listFirstDocuments(scope, ARTICLES_SHOWN),
  ]);
  const perspectives = orderPerspectives(present);
  const canManage = scope.can("propositions:manage");
  const base = `/projects/${projectId}/propositions`;

  return (
    <div className="space-y-5">
      <p className="max-w-3xl text-sm text-slate-600">
        A proposition is a neutral statement that claims in different articles are about. Sources disagreeing is the finding here, not an
        annotation error: the list puts the propositions where sources diverge most first.
      </p>
      <nav className="flex flex-wrap items-center gap-1.5 text-sm" aria-label="Filter propositions">
        {FILTERS.map((f) => (
          <Link
            key={f.key}
            href={f.key === "all" ? base : `${base}?filter=${f.key}`}
            className={`rounded-full px-3 py-1 ${f.key === filter ? "bg-indigo-600 font-medium text-white" : "bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-slate-50"}`}
            aria-current={f.key === filter ? "page" : undefined}
          >
            {f.label}
          </Link>
        ))}
        <span className="ml-auto flex items-center gap-3 text-xs text-slate-500">
          {STANCE_ORDER.map((s) => (
            <span key={s} className="inline-flex items-center gap-1">
              <span className="inline-block h-2 w-2 rounded-full" style={{ backgroundColor: STANCE_STYLE[s].color }} />
              {STANCE_STYLE[s].label}
            </span>
          ))}
        </span>
      </nav>
      <PropositionTable projectId={projectId} rows={rows} perspectives={perspectives} />
      {canManage && (
        <Card title="Unlinked claims that seem to say the same thing">
          <Suspense fallback={<p className="text-sm text-slate-500">Grouping the project&apos;s unlinked claims…</p>}>
            <Clusters scope={scope} projectId={projectId} />
          </Suspense>
        </Card>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        {canManage ? (
          <Card title="New proposition">
            <ActionForm action={createPropositionAction.bind(null, projectId)} submitLabel="Create proposition" resetOnSuccess>
              <Field
                label="Statement"
                hint="One neutral sentence, e.g. “Japan's export controls were retaliation for the forced-labour rulings”."
              >
                <TextArea name="statement" rows={2} required maxLength={500} />
              </Field>
            </ActionForm>
          </Card>
        ) : (
          <Card title="Proposing a proposition">
            <p className="text-sm text-slate-600">
              Open a document&apos;s claims and use “Propose a new proposition” on one of your claims; a reviewer accepts it.
            </p>
          </Card>
        )}
        <Card title="Link claims, article by article">
          <ul className="space-y-1 text-sm">
            {first.documents.map((d) => (
              <li key={d.id} className="flex items-baseline gap-2">
                <span className="w-20 shrink-0 text-xs text-slate-500">{d.perspective}</span>
                <Link href={`/documents/${d.id}/claims`} className="text-indigo-700 hover:underline">
                  {d.title}
                </Link>
                <span className="text-xs text-slate-400">{d.outlet}</span>
              </li>
            ))}
          </ul>
          {first.total > first.documents.length && (
            <p className="mt-2 text-xs text-slate-500">
              The first {first.documents.length} of {first.total.toLocaleString("en")} articles;{" "}
              <Link href={`/projects/${projectId}`} className="text-indigo-700 hover:underline">
                search the document list
              </Link>{" "}
              for the others.
            </p>
          )}
        </Card>
      </div>
    </div>
  );
}

/** Streams in after the rest of the page: clustering runs in a worker process. */
async function Clusters({ scope, projectId }: { scope: ProjectScope; projectId: string }) {
  const { clusters, claims } = await listClaimClusters(scope);
  return <ClaimClusters clusters={clusters} claims={claims} action={createPropositionFromClusterAction.bind(null, projectId)} />;
}
