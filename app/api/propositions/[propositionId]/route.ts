import { apiRoute, json, readJson } from "@/lib/server/http/http";
import { requireProposition } from "@/lib/server/access/proposition-access";
import { getPropositionDetail, updateProposition } from "@/lib/server/propositions/propositions";
import { parseInput } from "@/lib/server/http/validate";
import { propositionPatchSchema } from "@/lib/schemas/proposition";

type Params = { propositionId: string };

/**
 * GET → { proposition: { statement, status, mentions, conflicts, perspectives, reconciliation,
 * history, … } }. Annotators get only the mentions blind mode lets them see.
 */
export const GET = apiRoute<Params>(async ({ params, actor }) => {
  const { scope } = await requireProposition(actor, params.propositionId);
  return json({ proposition: await getPropositionDetail(scope, params.propositionId, { context: true }) });
});

/**
 * PATCH { statement?, status?: "open" | "retired" } → { proposition }. "open" accepts a
 * proposed proposition or restores a retired one; reviewers and managers only.
 */
export const PATCH = apiRoute<Params>(async ({ req, params, actor }) => {
  const { scope } = await requireProposition(actor, params.propositionId, "propositions:manage");
  const patch = parseInput(propositionPatchSchema, await readJson(req, 64 * 1024));
  return json({ proposition: await updateProposition(scope, params.propositionId, patch) });
});
