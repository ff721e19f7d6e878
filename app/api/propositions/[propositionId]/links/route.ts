import { apiRoute, json, readJson } from "@/lib/server/http/http";
import { requireProposition } from "@/lib/server/access/proposition-access";
import { linkClaim } from "@/lib/server/propositions/proposition-links";
import { parseInput } from "@/lib/server/http/validate";
import { linkInputSchema } from "@/lib/schemas/proposition";

type Params = { propositionId: string };

/**
 * POST { annotationId, stance: supports|refutes|reports } → 201 { link } when new, 200 when
 * the claim was already linked (its stance is updated).
 */
export const POST = apiRoute<Params>(async ({ req, params, actor }) => {
  const { scope } = await requireProposition(actor, params.propositionId);
  const input = parseInput(linkInputSchema, await readJson(req, 16 * 1024));
  const link = await linkClaim(scope, params.propositionId, input);
  return json({ link }, link.created ? 201 : 200);
});
