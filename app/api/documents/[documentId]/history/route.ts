import { apiRoute, json } from "@/lib/server/http/http";
import { requireDocument } from "@/lib/server/access/guards";
import { documentHistory } from "@/lib/server/annotations/history";
import { invalid } from "@/lib/server/http/errors";

/** GET [?limit=200&before=<eventId>] → the document's history, newest first (reviewers and managers). */
export const GET = apiRoute<{ documentId: string }>(async ({ req, params, actor }) => {
  const { scope } = await requireDocument(actor, params.documentId, "layers:read-all");
  const url = new URL(req.url);
  const rawLimit = url.searchParams.get("limit");
  const limit = rawLimit === null ? undefined : Number(rawLimit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > 1000))
    throw invalid("limit must be a whole number from 1 to 1000", "limit");
  return json(await documentHistory(scope, params.documentId, { limit, before: url.searchParams.get("before") ?? undefined }));
});
