import { apiRoute, json } from "@/lib/server/http/http";
import { requireProposition } from "@/lib/server/access/proposition-access";
import { suggestClaims } from "@/lib/server/propositions/proposition-links";

type Params = { propositionId: string };

/**
 * GET → { suggestions }: unlinked claims that read like the statement, with reasons and a
 * suggested stance. The board asks for them after it has painted, so its first byte never
 * waits on ranking the project's claims.
 */
export const GET = apiRoute<Params>(async ({ params, actor }) => {
  const { scope } = await requireProposition(actor, params.propositionId);
  return json({ suggestions: await suggestClaims(scope, params.propositionId) });
});
