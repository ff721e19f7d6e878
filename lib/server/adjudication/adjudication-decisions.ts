import "server-only";
import { db } from "../db/db";
import type { Prisma } from "@/generated/prisma/client";
import type { ProjectScope } from "../access/guards";
import { conflict, isUniqueViolation, notFound } from "../http/errors";
import { recordEvent } from "../annotations/annotation-events";
import { toSpan } from "../annotations/span-rows";
import { checkGoldFields, insertGold, type GoldFields } from "./gold-spans";
import { inheritLinks } from "../propositions/span-links";
import { commonLinks } from "@/lib/domain/adjudication/common-links";
import { loadAdjudicationState } from "./adjudication-view";
import { startAdjudicationTx } from "./adjudication-status";
import { GOLD_DECISION_PREFIX, versionOf, type ItemState } from "@/lib/domain/adjudication/adjudication-state";
import type { Span } from "@/lib/domain/spans/spans";
import type { DecisionInput } from "@/lib/schemas/adjudication";

type Tx = Prisma.TransactionClient;

/** What history keeps of a decision: enough to see what gold looked like before and after. */
function snapshot(state: ItemState, decision: string, gold: Span | null) {
  return {
    itemKey: state.item.key,
    kind: state.item.kind,
    decision,
    version: versionOf(state.item, gold),
    span: gold,
  };
}

function requireOpenForDecisions(status: string): void {
  if (status === "adjudicated") {
    throw conflict("This document is already adjudicated; reopen adjudication to change its decisions.");
  }
}

function findItem(items: ItemState[], itemKey: string): ItemState {
  const state = items.find((s) => s.item.key === itemKey);
  if (!state) {
    throw conflict(
      "This item is no longer in the document's alignment (an annotator changed their layer); reload to see the current items.",
    );
  }
  return state;
}

function decidedMessage(decision: string, who: string | undefined): string {
  const what = decision === "reject" ? "rejected it" : decision === "edit" ? "edited it into gold" : "accepted a version";
  return `${who ?? "Another reviewer"} already decided this item (${what}). Reload to see it, then undo or replace it if you disagree.`;
}

/**
 * Remove the item's current decision (recorded, or an unrecorded gold match) inside `tx`,
 * provided it is still the one the caller saw (`expectedId`). Returns what it removed.
 */
async function removeCurrent(tx: Tx, documentId: string, state: ItemState, expectedId: string | undefined) {
  const row = await tx.adjudicationDecision.findUnique({ where: { documentId_itemKey: { documentId, itemKey: state.item.key } } });
  if (row) {
    if (expectedId !== row.id) {
      const who = await tx.user.findUnique({ where: { id: row.reviewerId }, select: { name: true } });
      throw conflict(decidedMessage(row.decision, who?.name), { decisionId: row.id });
    }
    await tx.adjudicationDecision.delete({ where: { id: row.id } });
    const gold = row.goldAnnotationId ? await tx.annotation.findUnique({ where: { id: row.goldAnnotationId } }) : null;
    if (gold) await tx.annotation.delete({ where: { id: gold.id } });
    return { decision: row.decision, gold: gold ? toSpan(gold) : null };
  }
  const implicit = state.decision && !state.decision.recorded && state.decision.id.startsWith(GOLD_DECISION_PREFIX) ? state.decision : null;
  if (implicit) {
    if (expectedId !== implicit.id) {
      throw conflict(
        "A gold span already settles this item (it equals one of the versions). Reload, then undo or replace it if you disagree.",
        { decisionId: implicit.id },
      );
    }
    const goldId = implicit.id.slice(GOLD_DECISION_PREFIX.length);
    const { count } = await tx.annotation.deleteMany({ where: { id: goldId } });
    if (count === 0) throw conflict("That gold span was removed a moment ago; reload to see the current state.");
    return { decision: implicit.decision, gold: implicit.gold };
  }
  return null;
}

/**
 * Record a reviewer's decision on one item and write gold accordingly, all in one
 * transaction: concurrent decisions on one item collide on (documentId, itemKey), so one
 * wins and the other gets a 409 with nothing half-written. The first decision on an open
 * document starts its adjudication (agreed spans go into gold).
 */
export async function decideItem(scope: ProjectScope, documentId: string, input: DecisionInput) {
  const { document, state } = await loadAdjudicationState(scope, documentId);
  requireOpenForDecisions(document.status);
  const item = findItem(state.items, input.itemKey);
  let fields: GoldFields | null = null;
  // Accepting a version takes its claim's proposition links along; an edit takes the links all versions share.
  let links: Span["links"] = undefined;
  if (input.decision === "accept") {
    const version = item.item.versions[(input.version ?? 0) - 1];
    if (!version) throw notFound(`Version ${input.version} of this item`);
    fields = await checkGoldFields(scope, documentId, version.span);
    links = version.span.links;
  } else if (input.decision === "edit") {
    fields = await checkGoldFields(scope, documentId, input.span!);
    links = commonLinks(item.item.versions.map((v) => v.span));
  }
  const actorId = scope.actor.id;
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { status: true } });
      requireOpenForDecisions(current.status);
      if (current.status === "open") await startAdjudicationTx(tx, documentId, actorId, state, input.itemKey);
      const before = await removeCurrent(tx, documentId, item, input.replaces);
      const decisionRow = await tx.adjudicationDecision.create({
        data: { documentId, itemKey: input.itemKey, decision: input.decision, reviewerId: actorId },
      });
      const inserted = fields ? await insertGold(tx, documentId, actorId, fields) : null;
      const gold = inserted ? { ...inserted, links: await inheritLinks(tx, inserted.id, links, actorId) } : null;
      if (gold) await tx.adjudicationDecision.update({ where: { id: decisionRow.id }, data: { goldAnnotationId: gold.id } });
      await recordEvent(tx, {
        documentId,
        annotationId: gold?.id ?? before?.gold?.id ?? null,
        actorId,
        action: input.decision,
        before: before ? snapshot(item, before.decision, before.gold) : undefined,
        after: snapshot(item, input.decision, gold),
      });
      return { decisionId: decisionRow.id, gold };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict("Another reviewer decided this item at the same moment; reload to see their decision.");
    throw e;
  }
}

/** Undo an item's decision (recorded, pre-accepted, or an unrecorded gold match): its gold span goes away. */
export async function undoDecision(scope: ProjectScope, documentId: string, itemKey: string, expectedId?: string): Promise<void> {
  const { document, state } = await loadAdjudicationState(scope, documentId);
  requireOpenForDecisions(document.status);
  const item = state.items.find((s) => s.item.key === itemKey);
  const stale = state.stale.find((d) => d.itemKey === itemKey);
  if (!item && !stale) throw notFound("Decision");
  await db.$transaction(async (tx) => {
    if (!item) {
      // A decision whose item is gone: remove it and its gold span.
      const { count } = await tx.adjudicationDecision.deleteMany({ where: { id: stale!.id } });
      if (count === 0) throw conflict("That decision was already undone; reload to see the current state.");
      if (stale!.goldAnnotationId) await tx.annotation.deleteMany({ where: { id: stale!.goldAnnotationId } });
      await recordEvent(tx, {
        documentId,
        annotationId: stale!.goldAnnotationId,
        actorId: scope.actor.id,
        action: "undo",
        before: { itemKey, decision: stale!.decision, span: stale!.gold },
      });
      return;
    }
    const expected = expectedId ?? item.decision?.id;
    const removed = await removeCurrent(tx, documentId, item, expected);
    if (!removed) throw notFound("Decision on this item");
    await recordEvent(tx, {
      documentId,
      annotationId: removed.gold?.id ?? null,
      actorId: scope.actor.id,
      action: "undo",
      before: snapshot(item, removed.decision, removed.gold),
    });
  });
}
