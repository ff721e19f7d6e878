import { apiRoute, json, readJson } from "@/lib/server/http/http";
import { parseInput } from "@/lib/server/http/validate";
import { emptyBodySchema } from "@/lib/schemas/suggestion";
import { requireDocument } from "@/lib/server/access/guards";
import { listSuggestions } from "@/lib/server/suggestions/suggestions";
import { scheduleSuggestions } from "@/lib/server/suggestions/suggestion-runs";
import { forbidden } from "@/lib/server/http/errors";

type Params = { documentId: string };

/** GET → { suggestions, counts, ready }: the caller's pending suggestions (blind mode applies). */
export const GET = apiRoute<Params>(async ({ params, actor }) => {
  const { scope } = await requireDocument(actor, params.documentId);
  return json(await listSuggestions(scope, params.documentId));
});

/** POST {} → run the rule suggesters on this document now (annotators and managers), then the list. */
export const POST = apiRoute<Params>(async ({ req, params, actor }) => {
  const { scope } = await requireDocument(actor, params.documentId);
  if (!scope.can("annotate") && !scope.can("project:edit")) throw forbidden("Only annotators and managers can run the suggesters.");
  parseInput(emptyBodySchema, await readJson(req, 1024));
  await scheduleSuggestions(scope.projectId, { documentId: params.documentId });
  return json(await listSuggestions(scope, params.documentId));
});
