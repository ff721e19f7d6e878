import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordEvent } from "../annotations/annotation-events";

type Tx = Prisma.TransactionClient;

interface Claim {
  id: string;
  documentId: string;
  layer: string;
  label?: string;
  text: string;
}

/**
 * A link change in the claim's document history (written in the caller's transaction), so
 * "who linked this claim to what, when" reads beside its span edits. The snapshot names the
 * span like span events do (label, layer, text) and the proposition by id and statement.
 */
export async function recordLinkEvent(
  tx: Tx,
  e: {
    claim: Claim;
    actorId: string;
    action: "link" | "unlink" | "relink";
    proposition: { id: string; statement: string };
    stance: string;
    previousStance?: string;
  },
): Promise<void> {
  const span = { id: e.claim.id, label: e.claim.label ?? "claim", layer: e.claim.layer, text: e.claim.text };
  const link = { propositionId: e.proposition.id, statement: e.proposition.statement, span };
  await recordEvent(tx, {
    documentId: e.claim.documentId,
    annotationId: e.claim.id,
    actorId: e.actorId,
    action: e.action,
    before: e.action === "link" ? undefined : { ...link, stance: e.previousStance ?? e.stance },
    after: e.action === "unlink" ? undefined : { ...link, stance: e.stance },
  });
}

/** Evidence added to or removed from a reconciliation, in each cited claim's document history. */
export async function recordEvidenceEvents(
  tx: Tx,
  e: { actorId: string; proposition: { id: string; statement: string }; before: readonly string[]; after: readonly string[] },
): Promise<void> {
  const added = e.after.filter((id) => !e.before.includes(id));
  const removed = e.before.filter((id) => !e.after.includes(id));
  if (added.length + removed.length === 0) return;
  const spans = await tx.annotation.findMany({
    where: { id: { in: [...added, ...removed] } },
    select: { id: true, documentId: true, layer: true, label: true, text: true },
  });
  for (const s of spans) {
    const cited = added.includes(s.id);
    await recordEvent(tx, {
      documentId: s.documentId,
      annotationId: s.id,
      actorId: e.actorId,
      action: "evidence",
      [cited ? "after" : "before"]: { propositionId: e.proposition.id, statement: e.proposition.statement, evidence: cited, span: s },
    });
  }
}
