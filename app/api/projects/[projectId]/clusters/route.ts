import { apiRoute, json, readJson } from "@/lib/server/http/http";
import { requireProject } from "@/lib/server/access/guards";
import { createPropositionFromCluster, listClaimClusters } from "@/lib/server/matching/claim-clusters";
import { parseInput } from "@/lib/server/http/validate";
import { clusterPropositionSchema } from "@/lib/schemas/proposition";

type Params = { projectId: string };

/** GET (reviewers, managers) → { clusters, claims }: groups of unlinked claims that seem to say the same thing. */
export const GET = apiRoute<Params>(async ({ params, actor }) => {
  const scope = await requireProject(actor, params.projectId, "propositions:manage");
  return json(await listClaimClusters(scope));
});

/** POST { statement, links: [{ annotationId, stance }] } → 201 { proposition: { id } }: one write for all. */
export const POST = apiRoute<Params>(async ({ req, params, actor }) => {
  const scope = await requireProject(actor, params.projectId, "propositions:manage");
  const input = parseInput(clusterPropositionSchema, await readJson(req, 256 * 1024));
  return json({ proposition: await createPropositionFromCluster(scope, input) }, 201);
});
