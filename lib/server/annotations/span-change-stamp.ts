import "server-only";
import { rawDb } from "../db/raw";

/**
 * A cheap detector of span writes, for caches derived from spans (agreement, the string-match
 * lexicon, claim clusters, the claim index). Database-wide on purpose: each part is an index
 * lookup or count, not a scan of a project's spans. Separate statements: inside one SELECT of
 * subqueries SQLite loses its fast count(*) path.
 *
 * Portable (SQLite and PostgreSQL, so no rowid): ids are time-ordered (newId() and Prisma's
 * cuid) and the largest is an index lookup on either database, but ids minted at about the same
 * time by different processes need not arrive in order, and a restored span comes back under its
 * old id; the counts catch what the largest ids miss. History is append-only (rows leave only
 * with their document), so its count grows with every span write, edits in place included.
 */
export interface SpanStamp {
  /** Largest Annotation id ("" when there is none). */
  lastId: string;
  /** Count of Annotation rows. */
  count: number;
  /** Largest AnnotationEvent id ("" when there is none). */
  lastEvent: string;
  /** Count of AnnotationEvent rows. */
  events: number;
}

export async function readSpanStamp(): Promise<SpanStamp> {
  const db = rawDb();
  const lastId = (await db.value<string | null>(`SELECT max(id) FROM "Annotation"`)) ?? "";
  const count = Number(await db.value<number>(`SELECT count(*) FROM "Annotation"`));
  const lastEvent = (await db.value<string | null>(`SELECT max(id) FROM "AnnotationEvent"`)) ?? "";
  const events = Number(await db.value<number>(`SELECT count(*) FROM "AnnotationEvent"`));
  return { lastId, count, lastEvent, events };
}

/** readSpanStamp as a fingerprint part, for the callers that gather several with Promise.all. */
export async function spanChangeStamp(): Promise<unknown[]> {
  return [await readSpanStamp()];
}

/** A stamp's parts as one comparable string (bigint counts, should a caller's part hold one, as text). */
export function stampKey(parts: unknown[]): string {
  return JSON.stringify(parts, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v));
}
