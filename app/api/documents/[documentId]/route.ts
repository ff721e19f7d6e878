import { apiRoute, json, readJson } from "@/lib/server/http/http";
import { requireDocument } from "@/lib/server/access/guards";
import { getDocument } from "@/lib/server/documents/documents";
import { deleteDocument, updateDocumentMetadata } from "@/lib/server/documents/document-admin";
import { parseInput } from "@/lib/server/http/validate";
import { documentMetadataSchema } from "@/lib/schemas/document";
import { requireConfirm } from "@/lib/server/http/confirm-param";

type Params = { documentId: string };

/** GET → metadata and text (NFC, LF; offsets into it are code points). */
export const GET = apiRoute<Params>(async ({ params, actor }) => {
  const { scope } = await requireDocument(actor, params.documentId);
  return json({ document: await getDocument(scope, params.documentId) });
});

/** PATCH { title, outlet?, perspective?, language?, publishedAt?, url? } → the document (managers). The text cannot change. */
export const PATCH = apiRoute<Params>(async ({ req, params, actor }) => {
  const { scope } = await requireDocument(actor, params.documentId);
  const input = parseInput(documentMetadataSchema, await readJson(req, 64 * 1024));
  await updateDocumentMetadata(scope, params.documentId, input);
  return json({ document: await getDocument(scope, params.documentId) });
});

/**
 * DELETE ?confirm=<documentId> → 200 { deleted: { title, spans, links } }: the document and
 * everything on it (managers). The id repeated in `confirm` is the API's "are you sure".
 */
export const DELETE = apiRoute<Params>(async ({ req, params, actor }) => {
  requireConfirm(req, params.documentId, "document");
  const { scope } = await requireDocument(actor, params.documentId);
  return json({ deleted: await deleteDocument(scope, params.documentId) });
});
