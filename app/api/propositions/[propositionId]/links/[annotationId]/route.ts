import { apiRoute } from "@/lib/server/http";
import { requireProposition } from "@/lib/server/proposition-access";
import { unlinkClaim } from "@/lib/server/proposition-links";

type Params = { propositionId: string; annotationId: string };

/** DELETE → 204; 404 if the claim is not linked to this proposition. */
export const DELETE = apiRoute<Params>(async ({ params, actor }) => {
  const { scope } = await requireProposition(actor, params.propositionId);
  await unlinkClaim(scope, params.propositionId, params.annotationId);
  return new Response(null, { status: 204 });
});
