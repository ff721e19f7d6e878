import { apiRoute, json, readJson } from "@/lib/server/http/http";
import { requireDocument } from "@/lib/server/access/guards";
import { parseInput } from "@/lib/server/http/validate";
import { decideItem } from "@/lib/server/adjudication/adjudication-decisions";
import { decisionInputSchema } from "@/lib/schemas/adjudication";

/**
 * POST { itemKey, decision: "accept", version } | { itemKey, decision: "edit", span } | { itemKey, decision: "reject" }
 * (+ replaces: the decision id you saw, to change a decided item) → 201 { decisionId, gold }.
 * 409 when someone else decided the item first, or the item is gone; nothing is written then.
 */
export const POST = apiRoute<{ documentId: string }>(async ({ req, params, actor }) => {
  const { scope } = await requireDocument(actor, params.documentId, "review");
  const input = parseInput(decisionInputSchema, await readJson(req, 256 * 1024));
  return json(await decideItem(scope, params.documentId, input), 201);
});
