import Link from "next/link";
import type { Metadata } from "next";
import { pageDocumentScope } from "@/lib/server/access/page-guards";
import { getDocument } from "@/lib/server/documents/documents";
import { documentHistory } from "@/lib/server/annotations/history";
import { DocumentHeader } from "@/components/document-header";
import { HistoryTable } from "@/components/history/history-table";

export const metadata: Metadata = { title: "History" };

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ documentId: string }>;
  searchParams: Promise<{ before?: string }>;
}) {
  const { documentId } = await params;
  const { before } = await searchParams;
  const { scope } = await pageDocumentScope(documentId, "layers:read-all");
  const [doc, history] = await Promise.all([getDocument(scope, documentId), documentHistory(scope, documentId, { before })]);
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
        {scope.can("review") && (
          <Link href={`/documents/${documentId}/review`} className="text-indigo-700 hover:underline">
            review
          </Link>
        )}
      </DocumentHeader>
      <h2 className="mt-4 mb-2 text-lg font-semibold">
        History{" "}
        <span className="text-sm font-normal text-slate-500">
          newest first · every span change in every layer, every adjudication decision
        </span>
      </h2>
      <HistoryTable events={history.events} people={history.people} />
      {history.nextBefore && (
        <Link href={`?before=${history.nextBefore}`} className="mt-3 inline-block text-sm text-indigo-700 hover:underline">
          Older events →
        </Link>
      )}
    </div>
  );
}
