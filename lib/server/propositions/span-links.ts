import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { rawDb } from "../db/raw";
import { databaseDialect } from "../db/database-url";
import { toPostgres } from "../db/postgres-sql";
import { isoFromSqlite, newId, sqliteFromIso } from "../db/stored-values";

type Tx = Prisma.TransactionClient;

/** A proposition link as history keeps it, so a deleted claim can get its links back. */
export interface LinkSnapshot {
  propositionId: string;
  statement: string;
  stance: string;
  createdById: string;
  createdAt: string;
}

/** A span's links as history keeps them (raw SQL, inside the caller's rawDb() transaction). */
export async function snapshotLinks(annotationId: string): Promise<LinkSnapshot[]> {
  const rows = await rawDb().all<LinkSnapshot>(
    `SELECT l.propositionId, p.statement, l.stance, l.createdById, l.createdAt
     FROM "PropositionLink" l JOIN "Proposition" p ON p.id = l.propositionId
     WHERE l.annotationId = ? ORDER BY l.createdAt ASC`,
    annotationId,
  );
  return rows.map((r) => ({ ...r, createdAt: isoFromSqlite(r.createdAt) }));
}

/**
 * Put links back on a span inside the caller's rawDb() transaction, with their original author
 * and time. A proposition merged since gets the link on the proposition it was merged into;
 * one deleted since cannot take it back, and is returned in `dropped` so the caller can say so.
 */
export async function reattachLinks(
  annotationId: string,
  links: readonly LinkSnapshot[],
): Promise<{ restored: LinkSnapshot[]; dropped: LinkSnapshot[] }> {
  const restored: LinkSnapshot[] = [];
  const dropped: LinkSnapshot[] = [];
  for (const link of links) {
    const target = await resolveMerged(link.propositionId);
    if (!target) {
      dropped.push(link);
      continue;
    }
    const changes = await rawDb().run(
      `INSERT INTO "PropositionLink" (id, propositionId, annotationId, stance, createdById, createdAt)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (propositionId, annotationId) DO NOTHING`,
      newId(),
      target,
      annotationId,
      link.stance,
      link.createdById,
      sqliteFromIso(link.createdAt),
    );
    if (changes) restored.push({ ...link, propositionId: target }); // else: two merged into one
  }
  return { restored, dropped };
}

/**
 * The proposition a link belongs on now: the id itself, or the end of its chain of merges
 * (at most 10 hops); null when the proposition is gone. One query, so the raw-SQL
 * restore and the Prisma adjudication transaction follow merges the same way.
 */
const MERGE_CHAIN_END = `
  WITH RECURSIVE chain(id, status, mergedIntoId, hops) AS (
    SELECT id, status, mergedIntoId, 0 FROM "Proposition" WHERE id = ?
    UNION ALL
    SELECT p.id, p.status, p.mergedIntoId, c.hops + 1
    FROM "Proposition" p JOIN chain c ON p.id = c.mergedIntoId
    WHERE c.status = 'merged' AND c.hops < 10
  )
  SELECT id FROM chain WHERE status <> 'merged' OR mergedIntoId IS NULL LIMIT 1`;

async function resolveMerged(propositionId: string): Promise<string | null> {
  return (await rawDb().value<string>(MERGE_CHAIN_END, propositionId)) ?? null;
}

/**
 * A gold span accepted from an annotator's claim inherits that claim's links (the reviewer
 * becomes their author), so boards that prefer gold keep the mention.
 */
export async function inheritLinks(
  tx: Tx,
  goldId: string,
  links: readonly { propositionId: string; stance: string }[] | undefined,
  actorId: string,
) {
  if (!links || links.length === 0) return [];
  const inherited: { propositionId: string; stance: string }[] = [];
  for (const link of links) {
    const target = await resolveMergedInTx(tx, link.propositionId);
    if (!target) continue;
    const key = { propositionId_annotationId: { propositionId: target, annotationId: goldId } };
    if (await tx.propositionLink.findUnique({ where: key })) continue; // two merged into one
    await tx.propositionLink.create({ data: { propositionId: target, annotationId: goldId, stance: link.stance, createdById: actorId } });
    inherited.push({ propositionId: target, stance: link.stance });
  }
  return inherited;
}

/**
 * resolveMerged inside a Prisma transaction (adjudication writes through Prisma), on the
 * transaction's own connection. Not through rawDb(): on SQLite a raw statement issued while a
 * rawDb() transaction waits for the write lock this Prisma transaction holds would queue behind
 * it, and both would wait out the busy timeout. Prisma does not translate raw SQL, so on
 * PostgreSQL the text is given in PostgreSQL's form (postgres-sql.ts, as RawDb sends it).
 */
const MERGE_CHAIN_END_PRISMA = databaseDialect() === "postgresql" ? toPostgres(MERGE_CHAIN_END) : MERGE_CHAIN_END;

async function resolveMergedInTx(tx: Tx, propositionId: string): Promise<string | null> {
  const rows = await tx.$queryRawUnsafe<{ id: string }[]>(MERGE_CHAIN_END_PRISMA, propositionId);
  return rows[0]?.id ?? null;
}
