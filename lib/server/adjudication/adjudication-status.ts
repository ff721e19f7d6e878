import "server-only";
import { db } from "../db/db";
import type { Prisma } from "@/generated/prisma/client";
import type { ProjectScope } from "../access/guards";
import { conflict } from "../http/errors";
import { recordEvent } from "../annotations/annotation-events";
import { inheritLinks } from "../propositions/span-links";
import { toSpan } from "../annotations/span-rows";
import { GOLD_LAYER } from "@/lib/domain/spans/layers";
import { loadAdjudicationState } from "./adjudication-view";
import type { AdjudicationState } from "@/lib/domain/adjudication/adjudication-state";

type Tx = Prisma.TransactionClient;

/**
 * Open → in adjudication, inside the caller's transaction: every item all annotators agree
 * on and nobody decided yet goes into gold as an "auto" decision the reviewer can undo.
 * An agreed item whose (label, range) gold already holds stays undecided rather than clash.
 * Returns the keys it pre-accepted; does nothing unless the document is still open.
 */
export async function startAdjudicationTx(
  tx: Tx,
  documentId: string,
  actorId: string,
  state: AdjudicationState,
  exceptKey?: string,
): Promise<Set<string>> {
  const accepted = new Set<string>();
  const { count } = await tx.document.updateMany({ where: { id: documentId, status: "open" }, data: { status: "in_adjudication" } });
  if (count === 0) return accepted;
  for (const s of state.items) {
    if (s.item.kind !== "agreed" || s.decision || s.item.key === exceptKey) continue;
    const v = s.item.versions[0].span;
    const clash = await tx.annotation.findFirst({
      where: { documentId, layer: GOLD_LAYER, label: v.label, start: v.start, end: v.end },
      select: { id: true },
    });
    if (clash) continue;
    const row = await tx.annotation.create({
      data: {
        documentId,
        layer: GOLD_LAYER,
        authorId: actorId,
        label: v.label,
        start: v.start,
        end: v.end,
        text: v.text,
        attributes: JSON.stringify(v.attributes ?? {}),
        note: v.note ?? "",
      },
    });
    const links = await inheritLinks(tx, row.id, v.links, actorId);
    await tx.adjudicationDecision.create({
      data: { documentId, itemKey: s.item.key, decision: "auto", goldAnnotationId: row.id, reviewerId: actorId },
    });
    await recordEvent(tx, {
      documentId,
      annotationId: row.id,
      actorId,
      action: "accept",
      after: { itemKey: s.item.key, kind: s.item.kind, decision: "auto", version: 1, span: { ...toSpan(row), links } },
    });
    accepted.add(s.item.key);
  }
  await recordEvent(tx, {
    documentId,
    actorId,
    action: "status",
    before: { status: "open" },
    after: { status: "in_adjudication", preAccepted: accepted.size },
  });
  return accepted;
}

/**
 * in_adjudication: start (from open) or reopen (from adjudicated).
 * adjudicated: only when every item is decided; otherwise 409 saying how many are left.
 */
export async function setAdjudicationStatus(scope: ProjectScope, documentId: string, status: "in_adjudication" | "adjudicated") {
  const { document, state } = await loadAdjudicationState(scope, documentId);
  const actorId = scope.actor.id;
  return db.$transaction(async (tx) => {
    const current = (await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { status: true } })).status;
    if (current === document.status && current === status) return { status, preAccepted: 0 };
    const started = current === "open" ? await startAdjudicationTx(tx, documentId, actorId, state) : new Set<string>();
    if (status === "in_adjudication") {
      if (current === "adjudicated") {
        await tx.document.update({ where: { id: documentId }, data: { status } });
        await recordEvent(tx, { documentId, actorId, action: "status", before: { status: current }, after: { status } });
      }
      return { status, preAccepted: started.size };
    }
    const undecided = state.items.filter((s) => !s.decision && !started.has(s.item.key)).length;
    if (undecided > 0) {
      throw conflict(
        `${undecided} item${undecided === 1 ? " is" : "s are"} still undecided; decide every item before marking the document adjudicated.`,
        { undecided },
      );
    }
    await tx.document.update({ where: { id: documentId }, data: { status } });
    await recordEvent(tx, { documentId, actorId, action: "status", before: { status: "in_adjudication" }, after: { status } });
    return { status, preAccepted: started.size };
  });
}
