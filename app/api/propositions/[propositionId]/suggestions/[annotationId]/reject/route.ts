import { apiRoute, json } from "@/lib/server/http";
import { requireProposition } from "@/lib/server/proposition-access";
import { rejectSuggestion } from "@/lib/server/proposition-links";
import { parseInput } from "@/lib/server/validate";
import { rejectSuggestionSchema } from "@/lib/schemas/proposition";

type Params = { propositionId: string; annotationId: string };

/** POST (reviewers, managers) → 200: the claim is never suggested for this proposition again. */
export const POST = apiRoute<Params>(async ({ params, actor }) => {
  const { scope } = await requireProposition(actor, params.propositionId, "propositions:manage");
  const { annotationId } = parseInput(rejectSuggestionSchema, { annotationId: params.annotationId });
  await rejectSuggestion(scope, params.propositionId, annotationId);
  return json({ rejected: { propositionId: params.propositionId, annotationId } });
});
