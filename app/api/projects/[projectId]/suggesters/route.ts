import { apiRoute, json, readJson } from "@/lib/server/http/http";
import { requireProject } from "@/lib/server/access/guards";
import { setSuggesters, suggesterOverview } from "@/lib/server/suggestions/suggester-settings";
import { scheduleSuggestions } from "@/lib/server/suggestions/suggestion-runs";
import { parseInput } from "@/lib/server/http/validate";
import { invalid } from "@/lib/server/http/errors";
import { suggesterSettingsSchema, suggestionRunSchema } from "@/lib/schemas/suggestion";

type Params = { projectId: string };

/** GET → { suggesters: [{ key, enabled, accepted, rejected, acceptance }] } (managers). */
export const GET = apiRoute<Params>(async ({ params, actor }) => {
  const scope = await requireProject(actor, params.projectId, "project:edit");
  return json({ suggesters: await suggesterOverview(scope) });
});

/** PUT { enabled: { <label key or "match">: boolean } } → the new overview (managers). */
export const PUT = apiRoute<Params>(async ({ req, params, actor }) => {
  const scope = await requireProject(actor, params.projectId, "project:edit");
  const { enabled } = parseInput(suggesterSettingsSchema, await readJson(req, 16 * 1024));
  const known = new Set((await suggesterOverview(scope)).map((s) => s.key));
  const unknown = Object.keys(enabled).filter((k) => !known.has(k));
  if (unknown.length) throw invalid(`Unknown suggester "${unknown[0]}": use a label key of this project or "match".`, "enabled");
  await setSuggesters(scope, enabled);
  return json({ suggesters: await suggesterOverview(scope) });
});

/** POST { scope: "missing" | "all" } → 202: run the suggesters over the project in the background (managers). */
export const POST = apiRoute<Params>(async ({ req, params, actor }) => {
  const scope = await requireProject(actor, params.projectId, "project:edit");
  const body = parseInput(suggestionRunSchema, await readJson(req, 1024));
  scheduleSuggestions(scope.projectId, body.scope).catch((e) => console.error(e));
  return json({ started: true, scope: body.scope }, 202);
});
