import Link from "next/link";
import type { Metadata } from "next";
import { pageDocumentScope } from "@/lib/server/access/page-guards";
import { getDocument } from "@/lib/server/documents/documents";
import { getProject } from "@/lib/server/projects/projects";
import { getAdjudication } from "@/lib/server/adjudication/adjudication-view";
import { DocumentHeader } from "@/components/document-header";
import { ReviewBoard } from "@/components/adjudication/review-board";

export const metadata: Metadata = { title: "Adjudication" };

export default async function ReviewPage({ params }: { params: Promise<{ documentId: string }> }) {
  const { documentId } = await params;
  const { scope } = await pageDocumentScope(documentId, "review");
  const [doc, project, view] = await Promise.all([getDocument(scope, documentId), getProject(scope), getAdjudication(scope, documentId)]);
  return (
    <div>
      <Link href={`/projects/${doc.projectId}`} className="text-xs text-slate-500 hover:underline">
        ← Documents
      </Link>
      <DocumentHeader doc={doc} projectId={doc.projectId}>
        <span className="text-slate-400">·</span>
        <Link href={`/documents/${documentId}`} className="text-indigo-700 hover:underline">
          annotate
        </Link>
        <Link href={`/documents/${documentId}/history`} className="text-indigo-700 hover:underline">
          history
        </Link>
        <Link href={`/projects/${doc.projectId}/agreement`} className="text-indigo-700 hover:underline">
          agreement
        </Link>
      </DocumentHeader>
      <h2 className="mt-4 mb-2 text-lg font-semibold">Adjudication</h2>
      <ReviewBoard key={documentId} initial={view} text={doc.text} labels={project.labels} />
    </div>
  );
}
