import type { Metadata } from "next";
import { pageProjectScope } from "@/lib/server/access/page-guards";
import { AddDocumentsForm } from "@/components/add-documents-form";
import { addDocumentsAction } from "@/lib/actions/documents";

export const metadata: Metadata = { title: "Add documents" };

export default async function NewDocumentsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  await pageProjectScope(projectId, "documents:add");
  return (
    <div className="max-w-3xl">
      <h2 className="mb-1 text-lg font-semibold">Add documents</h2>
      <p className="mb-4 text-sm text-slate-600">
        Text is stored as given, normalized to Unicode NFC with LF line breaks, and cannot be edited afterwards (span offsets depend on it).
        The same text added twice is reported, not stored twice. Limit: 2 MB of text per document.
      </p>
      <AddDocumentsForm action={addDocumentsAction.bind(null, projectId)} projectId={projectId} />
    </div>
  );
}
