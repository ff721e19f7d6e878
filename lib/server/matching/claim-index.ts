import "server-only";
import { sql } from "../db/sqlite";
import { analyze } from "./matching";
import { readClaimAttributes } from "../propositions/proposition-mentions";
import { GOLD_LAYER } from "@/lib/domain/spans/layers";
import { appendToMatchIndex, buildMatchIndex, type MatchIndex } from "@/lib/domain/matching/ranker";

// Every claim of a project, analysed and indexed for ranking against a statement, kept per
// process and brought up to date from the database on each use, so a board's "possibly the
// same claim" costs a ranking, not a rebuild (50,000 claims: ~0.9 s per view rebuilt, against
// tens of ms from the index). The index holds one item per span (documentId|start|end: a claim
// marked in several layers is one claim of the article, with one text), its id that key; what
// the caller may see, which layer's copy stands for the span, and what is linked or rejected
// are decided per request (suggestClaims), over the full list of copies.
//
// Kept up to date: new spans are appended (rowids only grow; an import or a save adds rows),
// the common case while people annotate. A deletion (the count of spans falls behind), an edit
// in place (a history event other than "create"), or growth past a quarter since the last full
// build rebuilds the index: rare next to creates, and always right.

export interface IndexedClaim {
  id: string;
  documentId: string;
  layer: string;
  start: number;
  end: number;
  text: string;
  holder: string | null;
  /** "documentId|start|end": one claim of the article, whatever the layer. */
  key: string;
}

interface Stamp {
  /** Largest Annotation rowid, count of Annotation rows, largest AnnotationEvent rowid: database-wide, index lookups only. */
  rowid: number;
  count: number;
  event: number;
}

interface Entry {
  stamp: Stamp;
  claims: IndexedClaim[];
  index: MatchIndex;
  /** Claims at the last full build: past 1.25x, appends rebuild (rarities and the common direction drift). */
  built: number;
}

const MAX_PROJECTS = 4; // ~20 MB of vectors per 50,000 claims
const entries = new Map<string, Entry>();

export function projectClaimIndex(projectId: string): { claims: readonly IndexedClaim[]; index: MatchIndex } {
  const now = readStamp();
  let entry = entries.get(projectId);
  if (entry && !sameStamp(entry.stamp, now)) entry = appendOnly(projectId, entry, now) ?? undefined;
  if (!entry) entry = build(projectId, now);
  entries.delete(projectId);
  entries.set(projectId, entry);
  if (entries.size > MAX_PROJECTS) entries.delete(entries.keys().next().value!);
  return entry;
}

/** For tests and for a project's deletion. */
export function forgetClaimIndex(projectId?: string): void {
  if (projectId) entries.delete(projectId);
  else entries.clear();
}

function readStamp(): Stamp {
  // Separate statements: inside one SELECT of subqueries SQLite loses its fast count(*) path.
  const rowid = (sql(`SELECT max(rowid) FROM "Annotation"`).pluck().get() as number | null) ?? 0;
  const count = sql(`SELECT count(*) FROM "Annotation"`).pluck().get() as number;
  const event = (sql(`SELECT max(rowid) FROM "AnnotationEvent"`).pluck().get() as number | null) ?? 0;
  return { rowid, count, event };
}

function sameStamp(a: Stamp, b: Stamp): boolean {
  return a.rowid === b.rowid && a.count === b.count && a.event === b.event;
}

type ClaimRow = Omit<IndexedClaim, "key"> & { attributes: string };

const CLAIMS = `SELECT a.id, a.documentId, a.layer, a.start, a."end", a.text, a.attributes FROM "Annotation" a
  JOIN "Document" d ON d.id = a.documentId WHERE d.projectId = ? AND a.label = 'claim'`;

function build(projectId: string, stamp: Stamp): Entry {
  const rows = sql(CLAIMS).all(projectId) as ClaimRow[];
  const claims = rows.map(toClaim);
  return { stamp, claims, index: buildMatchIndex(newItems(rows, new Set())), built: claims.length };
}

/**
 * The entry brought up to `now` if everything since its stamp was a creation: the new claims of
 * this project appended. Null when a span was deleted or edited in place (then: rebuild).
 */
function appendOnly(projectId: string, entry: Entry, now: Stamp): Entry | null {
  const added = sql(`SELECT count(*) FROM "Annotation" WHERE rowid > ?`).pluck().get(entry.stamp.rowid) as number;
  if (entry.stamp.count + added !== now.count) return null;
  const edits = sql(`SELECT count(*) FROM "AnnotationEvent" WHERE rowid > ? AND action <> 'create'`)
    .pluck()
    .get(entry.stamp.event) as number;
  if (edits > 0) return null;
  // Driven by the rowid range (CROSS JOIN keeps SQLite from scanning the project's documents).
  const rows = sql(
    `SELECT a.id, a.documentId, a.layer, a.start, a."end", a.text, a.attributes FROM "Annotation" a
     CROSS JOIN "Document" d ON d.id = a.documentId WHERE a.rowid > ? AND d.projectId = ? AND a.label = 'claim' ORDER BY a.rowid`,
  ).all(entry.stamp.rowid, projectId) as ClaimRow[];
  if (rows.length === 0) return { ...entry, stamp: now };
  const claims = [...entry.claims, ...rows.map(toClaim)];
  if (claims.length > entry.built * 1.25) return null;
  const indexed = new Set(entry.index.items.map((i) => i.id));
  return { ...entry, stamp: now, claims, index: appendToMatchIndex(entry.index, newItems(rows, indexed)) };
}

function toClaim(r: ClaimRow): IndexedClaim {
  return {
    id: r.id,
    documentId: r.documentId,
    layer: r.layer,
    start: r.start,
    end: r.end,
    text: r.text,
    holder: readClaimAttributes(r.attributes).holder,
    key: keyOf(r),
  };
}

/** One item per span not yet indexed; its holder from the gold copy when there is one. */
function newItems(rows: ClaimRow[], indexed: ReadonlySet<string>) {
  const byKey = new Map<string, ClaimRow>();
  for (const r of rows) {
    const key = keyOf(r);
    if (indexed.has(key)) continue;
    const known = byKey.get(key);
    if (!known || (r.layer === GOLD_LAYER && known.layer !== GOLD_LAYER)) byKey.set(key, r);
  }
  return [...byKey].map(([key, r]) => ({ id: key, analysis: analyze(r.text), holder: readClaimAttributes(r.attributes).holder }));
}

const keyOf = (r: { documentId: string; start: number; end: number }) => `${r.documentId}|${r.start}|${r.end}`;
