import type { Metadata } from "next";
import Link from "next/link";
import { pageDocumentScope } from "@/lib/server/page-guards";
import { getDocument } from "@/lib/server/documents";
import { getProject } from "@/lib/server/projects";
import { listSpans } from "@/lib/server/annotations";
import { myDocumentStatus } from "@/lib/server/document-status";
import { DocumentHeader } from "@/components/document-header";
import { Markdown } from "@/components/markdown";
import { Workspace, type InitialSpan } from "@/components/workspace/workspace";

export const metadata: Metadata = { title: "Document" };

/** The annotation workspace: the article, the annotator's own layer, and the tools to edit it. */
export default async function DocumentPage({ params }: { params: Promise<{ documentId: string }> }) {
  const { documentId } = await params;
  const { scope } = await pageDocumentScope(documentId);
  const [doc, project, spans, status] = await Promise.all([
    getDocument(scope, documentId),
    getProject(scope),
    listSpans(scope, documentId, "mine"),
    myDocumentStatus(scope, documentId),
  ]);
  // The client derives each span's text from the document by its offsets: no need to send it twice.
  const initial: InitialSpan[] = spans.map(({ id, label, start, end, attributes, note, version }) => ({ id, label, start, end, attributes, note, version }));
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
      canAnnotate={scope.can("annotate")}
      canManagePropositions={scope.can("propositions:manage")}
      header={
        <DocumentHeader doc={doc} projectId={doc.projectId}>
          <Link href={`/documents/${doc.id}/claims`} className="text-indigo-700 hover:underline">claims &amp; propositions</Link>
          {scope.can("review") && <Link href={`/documents/${doc.id}/review`} className="text-indigo-700 hover:underline">review</Link>}
          {scope.can("layers:read-all") && <Link href={`/documents/${doc.id}/history`} className="text-indigo-700 hover:underline">history</Link>}
        </DocumentHeader>
      }
      guidelines={<Markdown source={project.guidelines} />}
    />
  );
}
