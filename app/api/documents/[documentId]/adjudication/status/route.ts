import { apiRoute, json, readJson } from "@/lib/server/http/http";
import { requireDocument } from "@/lib/server/access/guards";
import { parseInput } from "@/lib/server/http/validate";
import { setAdjudicationStatus } from "@/lib/server/adjudication/adjudication-status";
import { adjudicationStatusSchema } from "@/lib/schemas/adjudication";

/**
 * PUT { status: "in_adjudication" } → start (agreed spans go into gold) or reopen;
 * { status: "adjudicated" } → only when every item is decided, else 409.
 */
export const PUT = apiRoute<{ documentId: string }>(async ({ req, params, actor }) => {
  const { scope } = await requireDocument(actor, params.documentId, "review");
  const { status } = parseInput(adjudicationStatusSchema, await readJson(req, 4096));
  return json(await setAdjudicationStatus(scope, params.documentId, status));
});
