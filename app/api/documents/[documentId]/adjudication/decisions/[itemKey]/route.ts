import { apiRoute } from "@/lib/server/http/http";
import { requireDocument } from "@/lib/server/access/guards";
import { undoDecision } from "@/lib/server/adjudication/adjudication-decisions";

/** DELETE [?decisionId=…] → 204: undo the item's decision and take its span out of gold; 409 if it changed meanwhile. */
export const DELETE = apiRoute<{ documentId: string; itemKey: string }>(async ({ req, params, actor }) => {
  const { scope } = await requireDocument(actor, params.documentId, "review");
  const expected = new URL(req.url).searchParams.get("decisionId") ?? undefined;
  await undoDecision(scope, params.documentId, params.itemKey, expected);
  return new Response(null, { status: 204 });
});
