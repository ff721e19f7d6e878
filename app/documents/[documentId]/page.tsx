import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { pageDocumentScope } from "@/lib/server/access/page-guards";
import { getDocument } from "@/lib/server/documents/documents";
import { getProject } from "@/lib/server/projects/projects";
import { listPageSpans } from "@/lib/server/annotations/annotations";
import { myDocumentStatus } from "@/lib/server/documents/document-status";
import { defaultLayer, documentLayers } from "@/lib/server/documents/document-layers";
import { GOLD_LAYER, findSelectedLayer } from "@/lib/domain/spans/layers";
import { DocumentHeader } from "@/components/document-header";
import { Markdown } from "@/components/markdown";
import { Workspace } from "@/components/workspace/workspace";
import { packSpan } from "@/lib/domain/spans/packed-spans";
import { ReadingView, type ReadingPane } from "@/components/reading/reading-view";

type Props = { params: Promise<{ documentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { documentId } = await params;
  // The guard has read the title already; the text (up to 2 MB) is the page's to read, once.
  const { document } = await pageDocumentScope(documentId);
  return { title: document.title };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/**
 * The annotation workspace (the annotator's own layer and the tools to edit it), or, for
 * those who do not annotate here or who ask with ?layer=, the reading view of any layer
 * they may see, alone or beside a second (?compare=).
 */
export default async function DocumentPage({ params, searchParams }: Props) {
  const { documentId } = await params;
  const sp = await searchParams;
  const { scope } = await pageDocumentScope(documentId);
  const canAnnotate = scope.can("annotate");
  const [doc, project, layers] = await Promise.all([
    getDocument(scope, documentId),
    getProject(scope),
    documentLayers(scope, documentId).catch(() => null), // null: blind mode hides other layers
  ]);
  const links = (
    <>
      <Link href={`/documents/${doc.id}/claims`} className="text-indigo-700 hover:underline">
        claims &amp; propositions
      </Link>
      {scope.can("review") && (
        <Link href={`/documents/${doc.id}/review`} className="text-indigo-700 hover:underline">
          review
        </Link>
      )}
      {scope.can("layers:read-all") && (
        <Link href={`/documents/${doc.id}/history`} className="text-indigo-700 hover:underline">
          history
        </Link>
      )}
      {scope.can("project:edit") && (
        <Link href={`/documents/${doc.id}/edit`} className="text-indigo-700 hover:underline">
          edit details
        </Link>
      )}
      {canAnnotate && (
        <Link
          href={`/projects/${doc.projectId}/queue/next?after=${doc.id}`}
          className="text-indigo-700 hover:underline"
          data-testid="next-document"
        >
          next in my queue →
        </Link>
      )}
    </>
  );
  // Both views share the header; each adds the link to the other.
  const header = (toOtherView: ReactNode) => (
    <DocumentHeader doc={doc} projectId={doc.projectId}>
      {links}
      {toOtherView}
    </DocumentHeader>
  );
  const wantsReading = one(sp.layer) !== undefined || !canAnnotate;
  if (wantsReading && layers) {
    const first = findSelectedLayer(layers, one(sp.layer), scope.actor.id) ?? defaultLayer(layers);
    const compare = findSelectedLayer(layers, one(sp.compare), scope.actor.id);
    const second = compare && compare.param !== first.param ? compare : undefined;
    const panes: ReadingPane[] = await Promise.all(
      [first, ...(second ? [second] : [])].map(async (layer) => ({
        layer,
        spans: await listPageSpans(scope, documentId, layer.layer === GOLD_LAYER ? "gold" : { userId: layer.param }),
      })),
    );
    return (
      <ReadingView
        documentId={doc.id}
        text={doc.text}
        language={doc.language}
        labels={project.labels}
        layers={layers}
        panes={panes}
        header={
          <>
            <Link href={`/projects/${doc.projectId}`} className="text-xs text-slate-500 hover:underline">
              ← Documents
            </Link>
            {header(
              canAnnotate && (
                <Link href={`/documents/${doc.id}`} className="text-indigo-700 hover:underline">
                  annotate (my layer)
                </Link>
              ),
            )}
          </>
        }
        note={
          !canAnnotate && (
            <p className="mt-3 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="reading-note">
              Reading view: you review this project rather than annotate it. Choose a layer, or two to compare; click a highlight for its
              details.
            </p>
          )
        }
      />
    );
  }
  // Packed (lib/domain/spans/packed-spans.ts): the props travel in the page as escaped flight data.
  const [spans, status] = await Promise.all([listPageSpans(scope, documentId, "mine"), myDocumentStatus(scope, documentId)]);
  const initial = spans.map(packSpan);
  return (
    <Workspace
      documentId={doc.id}
      projectId={doc.projectId}
      text={doc.text}
      language={doc.language}
      publishedAt={doc.publishedAt}
      labels={project.labels}
      spans={initial}
      status={status}
      documentStatus={doc.status}
      canAnnotate={canAnnotate}
      canManagePropositions={scope.can("propositions:manage")}
      header={header(
        layers && (
          <Link href={`/documents/${doc.id}?layer=${GOLD_LAYER}`} className="text-indigo-700 hover:underline">
            read other layers
          </Link>
        ),
      )}
      guidelines={<Markdown source={project.guidelines} />}
    />
  );
}
