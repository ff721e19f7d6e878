import { apiRoute } from "@/lib/server/http/http";
import { requireProposition } from "@/lib/server/access/proposition-access";
import { unlinkClaim } from "@/lib/server/propositions/proposition-links";

type Params = { propositionId: string; annotationId: string };

/** DELETE → 204; 404 if the claim is not linked to this proposition. */
export const DELETE = apiRoute<Params>(async ({ params, actor }) => {
  const { scope } = await requireProposition(actor, params.propositionId);
  await unlinkClaim(scope, params.propositionId, params.annotationId);
  return new Response(null, { status: 204 });
});
