import { apiRoute, json, readJson } from "@/lib/server/http/http";
import { requireDocument } from "@/lib/server/access/guards";
import { acceptSuggestion, rejectSuggestion } from "@/lib/server/suggestions/suggestions";
import { parseInput } from "@/lib/server/http/validate";
import { notFound } from "@/lib/server/http/errors";
import { acceptSuggestionSchema } from "@/lib/schemas/suggestion";

type Params = { documentId: string; suggestionId: string; decision: string };

/**
 * POST …/suggestions/{sid}/accept { attributes? } → 201 { annotation, suggestion } (a span in the caller's layer);
 * POST …/suggestions/{sid}/reject {} → 200 { suggestion }. 409 if already decided, 404 if not visible.
 */
export const POST = apiRoute<Params>(async ({ req, params, actor }) => {
  const { scope } = await requireDocument(actor, params.documentId);
  const body = parseInput(acceptSuggestionSchema, await readJson(req, 64 * 1024));
  if (params.decision === "accept") {
    return json(await acceptSuggestion(scope, params.documentId, params.suggestionId, body.attributes), 201);
  }
  if (params.decision === "reject") return json({ suggestion: await rejectSuggestion(scope, params.documentId, params.suggestionId) });
  throw notFound("Action (use accept or reject)");
});
