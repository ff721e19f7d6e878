import Link from "next/link";
import type { Metadata } from "next";
import { pageDocumentScope } from "@/lib/server/page-guards";
import { getDocument } from "@/lib/server/documents";
import { DocumentHeader } from "@/components/document-header";

export const metadata: Metadata = { title: "Document" };

export default async function DocumentPage({ params }: { params: Promise<{ documentId: string }> }) {
  const { documentId } = await params;
  const { scope } = await pageDocumentScope(documentId);
  const doc = await getDocument(scope, documentId);
  return (
    <div>
      <Link href={`/projects/${doc.projectId}`} className="text-xs text-slate-500 hover:underline">← Documents</Link>
      <DocumentHeader doc={doc} projectId={doc.projectId} />
      <article className="mt-4 whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-6 leading-relaxed shadow-sm">{doc.text}</article>
    </div>
  );
}
