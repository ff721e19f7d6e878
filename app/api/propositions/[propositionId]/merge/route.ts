import { apiRoute, json, readJson } from "@/lib/server/http/http";
import { requireProposition } from "@/lib/server/access/proposition-access";
import { mergeProposition } from "@/lib/server/propositions/proposition-merge";
import { parseInput } from "@/lib/server/http/validate";
import { mergeInputSchema } from "@/lib/schemas/proposition";

type Params = { propositionId: string };

/** POST { into } → { merge: { into, moved, skipped } }: this proposition becomes "merged" into `into`. */
export const POST = apiRoute<Params>(async ({ req, params, actor }) => {
  const { scope } = await requireProposition(actor, params.propositionId, "propositions:manage");
  const { into } = parseInput(mergeInputSchema, await readJson(req, 16 * 1024));
  return json({ merge: await mergeProposition(scope, params.propositionId, into) });
});
