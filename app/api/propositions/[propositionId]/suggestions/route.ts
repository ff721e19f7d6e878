import { apiRoute, json } from "@/lib/server/http";
import { requireProposition } from "@/lib/server/proposition-access";
import { suggestClaims } from "@/lib/server/proposition-links";

type Params = { propositionId: string };

/** GET → { suggestions }: unlinked claims that read like the statement, with reasons and a suggested stance. */
export const GET = apiRoute<Params>(async ({ params, actor }) => {
  const { scope } = await requireProposition(actor, params.propositionId);
  return json({ suggestions: await suggestClaims(scope, params.propositionId) });
});
