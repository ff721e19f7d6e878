import { apiRoute, json } from "@/lib/server/http";
import { requireDocument } from "@/lib/server/guards";
import { getDocument } from "@/lib/server/documents";

/** GET → metadata and text (NFC, LF; offsets into it are code points). */
export const GET = apiRoute<{ documentId: string }>(async ({ params, actor }) => {
  const { scope } = await requireDocument(actor, params.documentId);
  return json({ document: await getDocument(scope, params.documentId) });
});
