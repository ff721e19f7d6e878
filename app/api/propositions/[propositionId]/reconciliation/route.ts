import { apiRoute, json, readJson } from "@/lib/server/http/http";
import { requireProposition } from "@/lib/server/access/proposition-access";
import { getPropositionDetail } from "@/lib/server/propositions/propositions";
import { saveReconciliation } from "@/lib/server/propositions/reconciliations";
import { parseInput } from "@/lib/server/http/validate";
import { reconciliationInputSchema } from "@/lib/schemas/proposition";

type Params = { propositionId: string };

/** GET → { reconciliation, history } (history newest first). */
export const GET = apiRoute<Params>(async ({ params, actor }) => {
  const { scope } = await requireProposition(actor, params.propositionId);
  const { reconciliation, history } = await getPropositionDetail(scope, params.propositionId);
  return json({ reconciliation, history });
});

/**
 * PUT { status: open|contested|reconciled, verdict, summary, rationale, evidence: [annotationId],
 * version } → { reconciliation, history }. `version` is the one you loaded (0 before the first
 * save); a stale version → 409 with details.version, and nothing is saved.
 */
export const PUT = apiRoute<Params>(async ({ req, params, actor }) => {
  const { scope } = await requireProposition(actor, params.propositionId, "propositions:manage");
  const input = parseInput(reconciliationInputSchema, await readJson(req, 64 * 1024));
  await saveReconciliation(scope, params.propositionId, input);
  const { reconciliation, history } = await getPropositionDetail(scope, params.propositionId);
  return json({ reconciliation, history });
});
