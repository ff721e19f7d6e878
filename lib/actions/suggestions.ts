"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "./result";
import { requireProject } from "@/lib/server/access/guards";
import { requireForm } from "./form-data";
import { setSuggesters, suggesterOverview } from "@/lib/server/suggestions/suggester-settings";
import { scheduleSuggestions } from "@/lib/server/suggestions/suggestion-runs";

type State = ActionResult<unknown> | null;

/** The settings card: one checkbox per suggester key, named `on:<key>`. */
export async function updateSuggestersAction(projectId: string, _: State, form: FormData): Promise<State> {
  return runAction(async (actor) => {
    const scope = await requireProject(actor, projectId, "project:edit");
    const keys = (await suggesterOverview(scope)).map((s) => s.key);
    const fields = requireForm(form);
    await setSuggesters(scope, Object.fromEntries(keys.map((k) => [k, fields.get(`on:${k}`) === "on"])));
    revalidatePath(`/projects/${projectId}/settings`);
    return null;
  }, "Suggester settings saved.");
}

/** Re-run the rule suggesters over every document of the project, in the background. */
export async function runSuggestersAction(projectId: string): Promise<State> {
  return runAction(async (actor) => {
    const scope = await requireProject(actor, projectId, "project:edit");
    scheduleSuggestions(scope.projectId, "all").catch((e) => console.error(e));
    return null;
  }, "Suggesting for every document in the background; annotators see the results on their next visit.");
}
