"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "./result";
import { parseInput } from "@/lib/server/http/validate";
import { requireDocument, requireId } from "@/lib/server/access/guards";
import { getAdjudication } from "@/lib/server/adjudication/adjudication-view";
import type { AdjudicationView } from "@/lib/domain/adjudication/adjudication-state";
import { decideItem, undoDecision } from "@/lib/server/adjudication/adjudication-decisions";
import { setAdjudicationStatus } from "@/lib/server/adjudication/adjudication-status";
import { createSpan, deleteSpan } from "@/lib/server/annotations/annotations";
import { annotationCreateSchema } from "@/lib/schemas/annotation";
import { adjudicationStatusSchema, decisionInputSchema } from "@/lib/schemas/adjudication";

// Each write answers with the document's fresh adjudication view, so the review screen
// never shows a state the server does not have. Failures (409 included) are values.

type ViewResult = ActionResult<AdjudicationView>;

async function afterWrite(actor: Parameters<Parameters<typeof runAction>[0]>[0], documentId: string): Promise<AdjudicationView> {
  const { scope, document } = await requireDocument(actor, documentId, "review");
  revalidatePath(`/projects/${document.projectId}`);
  return getAdjudication(scope, documentId);
}

export async function loadAdjudicationAction(documentId: string): Promise<ViewResult> {
  return runAction(async (actor) => {
    const { scope } = await requireDocument(actor, documentId, "review");
    return getAdjudication(scope, documentId);
  });
}

export async function decideAction(documentId: string, raw: unknown): Promise<ViewResult> {
  return runAction(async (actor) => {
    const { scope } = await requireDocument(actor, documentId, "review");
    await decideItem(scope, documentId, parseInput(decisionInputSchema, raw));
    return afterWrite(actor, documentId);
  });
}

export async function undoAction(documentId: string, itemKey: string, decisionId?: string): Promise<ViewResult> {
  return runAction(async (actor) => {
    const { scope } = await requireDocument(actor, documentId, "review");
    if (decisionId !== undefined) requireId(decisionId, "decisionId");
    await undoDecision(scope, documentId, requireId(itemKey, "itemKey"), decisionId);
    return afterWrite(actor, documentId);
  });
}

export async function setStatusAction(documentId: string, raw: unknown): Promise<ViewResult> {
  return runAction(async (actor) => {
    const { scope } = await requireDocument(actor, documentId, "review");
    await setAdjudicationStatus(scope, documentId, parseInput(adjudicationStatusSchema, raw).status);
    return afterWrite(actor, documentId);
  });
}

/** A gold span nobody made (the reviewer adds it by hand). */
export async function addGoldSpanAction(documentId: string, raw: unknown): Promise<ViewResult> {
  return runAction(async (actor) => {
    const { scope } = await requireDocument(actor, documentId, "review");
    await createSpan(scope, documentId, parseInput(annotationCreateSchema, raw), "gold");
    return afterWrite(actor, documentId);
  });
}

export async function removeGoldSpanAction(documentId: string, annotationId: string): Promise<ViewResult> {
  return runAction(async (actor) => {
    const { scope } = await requireDocument(actor, documentId, "review");
    await deleteSpan(scope, requireId(annotationId, "annotationId"));
    return afterWrite(actor, documentId);
  });
}
