import "server-only";
import type { Prisma } from "@/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** A proposition link as history keeps it, so a deleted claim can get its links back. */
export interface LinkSnapshot {
  propositionId: string;
  statement: string;
  stance: string;
  createdById: string;
  createdAt: string;
}

export async function snapshotLinks(tx: Tx, annotationId: string): Promise<LinkSnapshot[]> {
  const rows = await tx.propositionLink.findMany({
    where: { annotationId },
    include: { proposition: { select: { statement: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((l) => ({
    propositionId: l.propositionId,
    statement: l.proposition.statement,
    stance: l.stance,
    createdById: l.createdById,
    createdAt: l.createdAt.toISOString(),
  }));
}

/**
 * Put links back on a span inside the caller's transaction, with their original author and
 * time. A proposition merged since gets the link on the proposition it was merged into; one
 * deleted since cannot take it back, and is returned in `dropped` so the caller can say so.
 */
export async function reattachLinks(tx: Tx, annotationId: string, links: readonly LinkSnapshot[]) {
  const restored: LinkSnapshot[] = [];
  const dropped: LinkSnapshot[] = [];
  for (const link of links) {
    const target = await resolveMerged(tx, link.propositionId);
    if (!target) {
      dropped.push(link);
      continue;
    }
    const key = { propositionId_annotationId: { propositionId: target, annotationId } };
    if (await tx.propositionLink.findUnique({ where: key })) continue; // two merged into one
    await tx.propositionLink.create({
      data: { propositionId: target, annotationId, stance: link.stance, createdById: link.createdById, createdAt: new Date(link.createdAt) },
    });
    restored.push({ ...link, propositionId: target });
  }
  return { restored, dropped };
}

async function resolveMerged(tx: Tx, propositionId: string): Promise<string | null> {
  let id: string | null = propositionId;
  for (let hops = 0; id && hops < 10; hops++) {
    const p: { status: string; mergedIntoId: string | null } | null = await tx.proposition.findUnique({ where: { id }, select: { status: true, mergedIntoId: true } });
    if (!p) return null;
    if (p.status !== "merged" || !p.mergedIntoId) return id;
    id = p.mergedIntoId;
  }
  return null;
}

/**
 * A gold span accepted from an annotator's claim inherits that claim's links (the reviewer
 * becomes their author), so boards that prefer gold keep the mention.
 */
export async function inheritLinks(tx: Tx, goldId: string, links: readonly { propositionId: string; stance: string }[] | undefined, actorId: string) {
  if (!links || links.length === 0) return [];
  const at = new Date().toISOString();
  const { restored } = await reattachLinks(
    tx,
    goldId,
    links.map((l) => ({ propositionId: l.propositionId, stance: l.stance, statement: "", createdById: actorId, createdAt: at })),
  );
  return restored.map((l) => ({ propositionId: l.propositionId, stance: l.stance }));
}
