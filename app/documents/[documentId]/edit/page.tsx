import type { Metadata } from "next";
import Link from "next/link";
import { pageDocumentScope } from "@/lib/server/access/page-guards";
import { getDocument } from "@/lib/server/documents/documents";
import { deleteDocumentAction, updateDocumentAction } from "@/lib/actions/documents";
import { PERSPECTIVES } from "@/lib/domain/projects/perspectives";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";

export const metadata: Metadata = { title: "Document details" };

/** Managers correct a document's metadata, or delete it with everything on it. */
export default async function EditDocumentPage({ params }: { params: Promise<{ documentId: string }> }) {
  const { documentId } = await params;
  const { scope } = await pageDocumentScope(documentId, "project:edit");
  const doc = await getDocument(scope, documentId);
  return (
    <div className="grid max-w-3xl gap-6">
      <div>
        <Link href={`/documents/${doc.id}`} className="text-xs text-slate-500 hover:underline">
          ← {doc.title}
        </Link>
        <h1 className="mt-1 text-xl font-semibold">Document details</h1>
      </div>
      <Card title="Metadata">
        <ActionForm action={updateDocumentAction.bind(null, doc.projectId, doc.id)} submitLabel="Save details">
          <Field label="Title">
            <TextInput name="title" defaultValue={doc.title} required maxLength={300} />
          </Field>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label="Outlet">
              <TextInput name="outlet" defaultValue={doc.outlet} maxLength={200} />
            </Field>
            <Field label="Perspective">
              <Select name="perspective" defaultValue={doc.perspective}>
                {PERSPECTIVES.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Language" hint="A code such as en, ja or ko.">
              <TextInput name="language" defaultValue={doc.language} />
            </Field>
            <Field label="Published" hint="YYYY-MM-DD, or a date-time with its offset.">
              <TextInput name="publishedAt" defaultValue={doc.publishedAt ?? ""} />
            </Field>
          </div>
          <Field label="Source URL">
            <TextInput name="url" type="url" defaultValue={doc.url} />
          </Field>
          <p className="text-xs text-slate-500">The text itself cannot change: every span&apos;s offsets point into it.</p>
        </ActionForm>
      </Card>
      <Card title="Delete this document">
        <ActionForm
          action={deleteDocumentAction.bind(null, doc.projectId, doc.id)}
          submitLabel="Delete document"
          variant="danger"
          confirm={{
            title: `Delete “${doc.title}”?`,
            body: (
              <p>
                Its spans in every layer (gold included), their proposition links, its assignments, decisions and history are deleted with
                it. This cannot be undone.
              </p>
            ),
            confirmLabel: "Delete document",
          }}
        />
      </Card>
    </div>
  );
}
