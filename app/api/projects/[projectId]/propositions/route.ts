import { apiRoute, json, readJson } from "@/lib/server/http/http";
import { requireProject } from "@/lib/server/access/guards";
import { createProposition, listPropositions } from "@/lib/server/propositions/propositions";
import { rankPropositionsForClaim } from "@/lib/server/propositions/proposition-links";
import { parseInput } from "@/lib/server/http/validate";
import { invalid } from "@/lib/server/http/errors";
import { propositionCreateSchema } from "@/lib/schemas/proposition";
import { isPropositionFilter, PROPOSITION_FILTERS } from "@/lib/domain/propositions/proposition-overview";

type Params = { projectId: string };

/**
 * GET → { propositions }: mention counts per perspective and stance, conflict flags, most
 * divergent first; ?filter=all|contested|divergent|reconciled|open|proposed|retired|merged.
 * GET ?rankFor=<annotationId> → { claim, links, propositions }: the claim's links and the
 * propositions that take links,  ranked by the matcher (reasons and a suggested stance with each).
 */
export const GET = apiRoute<Params>(async ({ req, params, actor }) => {
  const scope = await requireProject(actor, params.projectId);
  const url = new URL(req.url);
  const rankFor = url.searchParams.get("rankFor");
  if (rankFor) return json(await rankPropositionsForClaim(scope, rankFor));
  const filter = url.searchParams.get("filter") ?? "all";
  if (!isPropositionFilter(filter)) throw invalid(`filter must be one of ${PROPOSITION_FILTERS.join(", ")}`, "filter");
  return json({ propositions: await listPropositions(scope, filter) });
});

/**
 * POST { statement, annotationId?, stance? } → 201 { proposition }. Reviewers and managers
 * create it "open"; annotators propose it ("proposed"). With annotationId and stance the claim
 * is linked at once.
 */
export const POST = apiRoute<Params>(async ({ req, params, actor }) => {
  const scope = await requireProject(actor, params.projectId, "propositions:propose");
  const input = parseInput(propositionCreateSchema, await readJson(req, 64 * 1024));
  return json({ proposition: await createProposition(scope, input) }, 201);
});
