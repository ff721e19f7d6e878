"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "./result";
import { formObject, requireForm } from "./form-data";
import { parseInput } from "@/lib/server/http/validate";
import { requireId, requireProject } from "@/lib/server/access/guards";
import { createProject, getProject, updateProject } from "@/lib/server/projects/projects";
import { deleteProject } from "@/lib/server/documents/document-admin";
import { replaceLabels } from "@/lib/server/projects/labels";
import { addMember, removeMember } from "@/lib/server/access/members";
import { labelSetSchema, memberInputSchema, projectInputSchema, projectSettingsSchema } from "@/lib/schemas/project";
import { isRole } from "@/lib/domain/access/roles";
import { invalid } from "@/lib/server/http/errors";

type State = ActionResult<unknown> | null;

export async function createProjectAction(_: State, form: FormData): Promise<State> {
  const result = await runAction(async (actor) => createProject(actor, parseInput(projectInputSchema, formObject(form))));
  if (result.ok) redirect(`/projects/${(result.data as { id: string }).id}/settings?created=1`);
  return result;
}

export async function updateProjectAction(projectId: string, _: State, form: FormData): Promise<State> {
  return runAction(async (actor) => {
    const scope = await requireProject(actor, projectId, "project:edit");
    await updateProject(scope, parseInput(projectInputSchema, formObject(form)));
    revalidatePath(`/projects/${projectId}`, "layout");
    return null;
  }, "Project saved.");
}

export async function updateProjectSettingsAction(projectId: string, _: State, form: FormData): Promise<State> {
  return runAction(async (actor) => {
    const scope = await requireProject(actor, projectId, "project:edit");
    await updateProject(scope, parseInput(projectSettingsSchema, formObject(form, ["blindMode"])));
    revalidatePath(`/projects/${projectId}`, "layout");
    return null;
  }, "Settings saved.");
}

export async function updateLabelsAction(projectId: string, _: State, form: FormData): Promise<State> {
  return runAction(async (actor) => {
    const scope = await requireProject(actor, projectId, "project:edit");
    const rows = requireForm(form)
      .getAll("key")
      .map((key, i) => ({
        key: String(key),
        name: String(form.getAll("name")[i] ?? ""),
        color: String(form.getAll("color")[i] ?? ""),
        hotkey: String(form.getAll("hotkey")[i] ?? ""),
      }));
    const labels = parseInput(
      labelSetSchema,
      rows.filter((r) => r.key.trim() !== ""),
      "labels",
    );
    await replaceLabels(scope, labels);
    revalidatePath(`/projects/${projectId}`, "layout");
    return null;
  }, "Labels saved.");
}

export async function addMemberAction(projectId: string, _: State, form: FormData): Promise<State> {
  const result = await runAction(async (actor) => {
    const scope = await requireProject(actor, projectId, "members:manage");
    const { email, role } = parseInput(memberInputSchema, formObject(form));
    const { message } = await addMember(scope, email, role);
    revalidatePath(`/projects/${projectId}/settings`);
    return message;
  });
  return result.ok ? { ok: true, data: null, message: result.data } : result;
}

export async function removeMemberAction(projectId: string, userId: string, role: string): Promise<ActionResult<null>> {
  return runAction(async (actor) => {
    const scope = await requireProject(actor, projectId, "members:manage");
    if (typeof role !== "string" || !isRole(role)) throw invalid(`Unknown role ${String(role).slice(0, 40)}.`, "role");
    await removeMember(scope, requireId(userId, "userId"), role);
    revalidatePath(`/projects/${projectId}/settings`);
    return null;
  });
}

/** Delete the whole project (the form confirmed first, by typing its name), then go to the project list. */
export async function deleteProjectAction(projectId: string, _: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  const result = await runAction(async (actor) => {
    const scope = await requireProject(actor, requireId(projectId, "projectId"));
    const project = await getProject(scope);
    if (String(requireForm(form).get("name") ?? "").trim() !== project.name)
      throw invalid(`Type the project's name, "${project.name}", to delete it.`, "name");
    await deleteProject(scope);
    return null;
  });
  if (result.ok) redirect("/projects");
  return result;
}
