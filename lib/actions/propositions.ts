"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "./result";
import { formObject, requireForm } from "./form-data";
import { parseInput } from "@/lib/server/http/validate";
import { requireId, requireProject } from "@/lib/server/access/guards";
import { requireProposition } from "@/lib/server/access/proposition-access";
import { createProposition, updateProposition } from "@/lib/server/propositions/propositions";
import { linkClaim, rejectSuggestion } from "@/lib/server/propositions/proposition-links";
import { mergeProposition } from "@/lib/server/propositions/proposition-merge";
import { createPropositionFromCluster } from "@/lib/server/matching/claim-clusters";
import { saveReconciliation } from "@/lib/server/propositions/reconciliations";
import {
  linkInputSchema,
  mergeInputSchema,
  rejectSuggestionSchema,
  clusterPropositionSchema,
  propositionCreateSchema,
  propositionPatchSchema,
  reconciliationInputSchema,
} from "@/lib/schemas/proposition";

type State = ActionResult<unknown> | null;

const boardPath = (projectId: string, propositionId: string) => `/projects/${projectId}/propositions/${propositionId}`;

function revalidatePropositions(projectId: string) {
  revalidatePath(`/projects/${projectId}/propositions`, "layout");
}

/** The overview's create form: on success, go to the new proposition's board. */
export async function createPropositionAction(projectId: string, _: State, form: FormData): Promise<State> {
  const result = await runAction(async (actor) => {
    const scope = await requireProject(actor, projectId, "propositions:propose");
    const created = await createProposition(scope, parseInput(propositionCreateSchema, { statement: requireForm(form).get("statement") }));
    revalidatePropositions(projectId);
    return created.id;
  });
  if (result.ok) redirect(boardPath(projectId, result.data));
  return result;
}

/** Edit the statement, or status "open" (accept / restore) or "retired"; fields left empty are not sent. */
export async function updatePropositionAction(propositionId: string, _: State, form: FormData): Promise<State> {
  return runAction(async (actor) => {
    const { scope } = await requireProposition(actor, propositionId, "propositions:manage");
    const raw = formObject(form);
    const patch = parseInput(propositionPatchSchema, {
      ...(typeof raw.statement === "string" ? { statement: raw.statement } : {}),
      ...(raw.status ? { status: raw.status } : {}),
    });
    const updated = await updateProposition(scope, propositionId, patch);
    revalidatePropositions(scope.projectId);
    return updated.status;
  }, "Saved.");
}

export async function mergePropositionAction(propositionId: string, _: State, form: FormData): Promise<State> {
  const result = await runAction(async (actor) => {
    const { scope } = await requireProposition(actor, propositionId, "propositions:manage");
    const { into } = parseInput(mergeInputSchema, formObject(form));
    await mergeProposition(scope, propositionId, into);
    revalidatePropositions(scope.projectId);
    return { projectId: scope.projectId, into };
  });
  if (result.ok) redirect(`${boardPath(result.data.projectId, result.data.into)}?merged=1`);
  return result;
}

/** The board's reconciliation form; evidence checkboxes sit on the mention cards (form="…"). */
export async function saveReconciliationAction(propositionId: string, _: State, form: FormData): Promise<State> {
  return runAction(async (actor) => {
    const { scope } = await requireProposition(actor, propositionId, "propositions:manage");
    const raw = formObject(form);
    const input = parseInput(reconciliationInputSchema, {
      ...raw,
      evidence: requireForm(form).getAll("evidence").map(String),
      version: Number(raw.version),
    });
    const version = await saveReconciliation(scope, propositionId, input);
    revalidatePropositions(scope.projectId);
    return { version };
  }, "Reconciliation saved.");
}

/** "Possibly the same claim": link a suggested claim with the stance of the button pressed. */
export async function linkSuggestionAction(propositionId: string, _: State, form: FormData): Promise<State> {
  return runAction(async (actor) => {
    const { scope } = await requireProposition(actor, propositionId);
    await linkClaim(scope, propositionId, parseInput(linkInputSchema, formObject(form)));
    revalidatePropositions(scope.projectId);
    return null;
  }, "Linked.");
}

/** "Not the same claim": a reviewer rejects a suggestion; it never comes back for this proposition. */
export async function rejectSuggestionAction(propositionId: string, _: State, form: FormData): Promise<State> {
  return runAction(async (actor) => {
    const { scope } = await requireProposition(actor, requireId(propositionId, "propositionId"), "propositions:manage");
    const { annotationId } = parseInput(rejectSuggestionSchema, { annotationId: requireForm(form).get("annotationId") });
    await rejectSuggestion(scope, propositionId, annotationId);
    revalidatePropositions(scope.projectId);
    return null;
  }, "Won't suggest it again.");
}

/** "Create proposition from cluster": the edited draft and the claims kept, with their stances, in one step. */
export async function createPropositionFromClusterAction(projectId: string, _: State, form: FormData): Promise<State> {
  const result = await runAction(async (actor) => {
    const scope = await requireProject(actor, requireId(projectId, "projectId"), "propositions:manage");
    const links = requireForm(form)
      .getAll("claim")
      .map((id) => ({ annotationId: String(id), stance: form.get(`stance:${String(id)}`) }));
    const input = parseInput(clusterPropositionSchema, { statement: form.get("statement"), links });
    const created = await createPropositionFromCluster(scope, input);
    revalidatePropositions(projectId);
    return created.id;
  });
  if (result.ok) redirect(boardPath(projectId, result.data));
  return result;
}
