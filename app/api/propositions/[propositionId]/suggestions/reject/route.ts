import { apiRoute, json, readJson } from "@/lib/server/http/http";
import { requireProposition } from "@/lib/server/access/proposition-access";
import { rejectSuggestion } from "@/lib/server/propositions/proposition-links";
import { parseInput } from "@/lib/server/http/validate";
import { rejectSuggestionSchema } from "@/lib/schemas/proposition";

type Params = { propositionId: string };

/** POST { annotationId } (reviewers, managers) → 200: the claim is never suggested for this proposition again. */
export const POST = apiRoute<Params>(async ({ req, params, actor }) => {
  const { scope } = await requireProposition(actor, params.propositionId, "propositions:manage");
  const { annotationId } = parseInput(rejectSuggestionSchema, await readJson(req, 16 * 1024));
  await rejectSuggestion(scope, params.propositionId, annotationId);
  return json({ rejected: { propositionId: params.propositionId, annotationId } });
});
