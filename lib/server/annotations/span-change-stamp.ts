import "server-only";
import { sqlColumn } from "../db/sqlite";

/**
 * A cheap detector of span writes, for caches derived from spans (agreement, the string-match
 * lexicon, claim clusters, the claim index): span and history row ids only grow, and the count
 * catches deletions. Database-wide on purpose: each part is an index lookup, not a scan of a
 * project's spans. Separate statements: inside one SELECT of subqueries SQLite loses its fast
 * count(*) path.
 */
export interface SpanStamp {
  /** Largest Annotation rowid. */
  rowid: number;
  /** Count of Annotation rows. */
  count: number;
  /** Largest AnnotationEvent rowid. */
  event: number;
}

export function readSpanStamp(): SpanStamp {
  const rowid = (sqlColumn(`SELECT max(rowid) FROM "Annotation"`).get() as number | null) ?? 0;
  const count = sqlColumn(`SELECT count(*) FROM "Annotation"`).get() as number;
  const event = (sqlColumn(`SELECT max(rowid) FROM "AnnotationEvent"`).get() as number | null) ?? 0;
  return { rowid, count, event };
}

/** readSpanStamp as a fingerprint part, for the callers that gather several with Promise.all. */
export async function spanChangeStamp(): Promise<unknown[]> {
  return [readSpanStamp()];
}

/** A stamp's parts as one comparable string (SQLite answers counts as bigint). */
export function stampKey(parts: unknown[]): string {
  return JSON.stringify(parts, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v));
}
