import { apiRoute, json, readJson } from "@/lib/server/http/http";
import { requireDocument } from "@/lib/server/access/guards";
import { decideSuggestions } from "@/lib/server/suggestions/suggestions";
import { parseInput } from "@/lib/server/http/validate";
import { bulkDecisionSchema } from "@/lib/schemas/suggestion";

type Params = { documentId: string };

/**
 * POST …/suggestions/bulk { decision: "accept" | "reject", ids: [...] (1–200) } → 200
 * { accepted: [{ id, annotation }], rejected: [id], refused: [{ id, message }] }. Each id is
 * decided as through its own route; one refused leaves the others decided.
 */
export const POST = apiRoute<Params>(async ({ req, params, actor }) => {
  const { scope } = await requireDocument(actor, params.documentId);
  const body = parseInput(bulkDecisionSchema, await readJson(req, 64 * 1024));
  return json(await decideSuggestions(scope, params.documentId, body.ids, body.decision));
});
