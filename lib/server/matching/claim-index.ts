import "server-only";
import { sql, sqlColumn } from "../db/sqlite";
import { readSpanStamp, type SpanStamp } from "../annotations/span-change-stamp";
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

interface Entry {
  stamp: SpanStamp;
  claims: IndexedClaim[];
  index: MatchIndex;
  /** The spans the index holds (its items' ids). */
  keys: Set<string>;
  /** Claims at the last full build: past 1.25x, appends rebuild (rarities and the common direction drift). */
  built: number;
}

const MAX_PROJECTS = 4; // ~20 MB of vectors per 50,000 claims
const entries = new Map<string, Entry>();

export function projectClaimIndex(projectId: string): { claims: readonly IndexedClaim[]; index: MatchIndex } {
  const now = readSpanStamp();
  let entry = entries.get(projectId);
  if (entry && !sameStamp(entry.stamp, now)) entry = appendOnly(projectId, entry, now) ?? undefined;
  if (!entry) entry = build(projectId, now);
  entries.delete(projectId);
  entries.set(projectId, entry);
  if (entries.size > MAX_PROJECTS) entries.delete(entries.keys().next().value!);
  return entry;
}

function sameStamp(a: SpanStamp, b: SpanStamp): boolean {
  return a.rowid === b.rowid && a.count === b.count && a.event === b.event;
}

type ClaimRow = Omit<IndexedClaim, "key"> & { attributes: string };

const COLUMNS = `a.id, a.documentId, a.layer, a.start, a."end", a.text, a.attributes`;

function build(projectId: string, stamp: SpanStamp): Entry {
  const rows = sql(
    `SELECT ${COLUMNS} FROM "Annotation" a JOIN "Document" d ON d.id = a.documentId WHERE d.projectId = ? AND a.label = 'claim'`,
  ).all(projectId) as ClaimRow[];
  const claims = rows.map(toClaim);
  const keys = new Set<string>();
  return { stamp, claims, index: buildMatchIndex(newItems(claims, keys)), keys, built: claims.length };
}

/**
 * The entry brought up to `now` if everything since its stamp was a creation: the new claims of
 * this project appended (its postings and key set are extended in place, so the old entry is
 * replaced). Null when a span was deleted or edited in place, or the index grew by a quarter
 * (then: rebuild).
 */
function appendOnly(projectId: string, entry: Entry, now: SpanStamp): Entry | null {
  const newRows = sqlColumn(`SELECT count(*) FROM "Annotation" WHERE rowid > ?`).get(entry.stamp.rowid) as number;
  if (entry.stamp.count + newRows !== now.count) return null;
  const edits = sqlColumn(`SELECT count(*) FROM "AnnotationEvent" WHERE rowid > ? AND action <> 'create'`).get(entry.stamp.event) as number;
  if (edits > 0) return null;
  // Driven by the rowid range (CROSS JOIN keeps SQLite from scanning the project's documents).
  const rows = sql(
    `SELECT ${COLUMNS} FROM "Annotation" a CROSS JOIN "Document" d ON d.id = a.documentId WHERE a.rowid > ? AND d.projectId = ? AND a.label = 'claim' ORDER BY a.rowid`,
  ).all(entry.stamp.rowid, projectId) as ClaimRow[];
  if (rows.length === 0) return { ...entry, stamp: now };
  const added = rows.map(toClaim);
  const claims = [...entry.claims, ...added];
  if (claims.length > entry.built * 1.25) return null;
  return { ...entry, stamp: now, claims, index: appendToMatchIndex(entry.index, newItems(added, entry.keys)) };
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

/** One item per span not yet in `keys` (which it extends); its holder from the gold copy when there is one. */
function newItems(claims: IndexedClaim[], keys: Set<string>) {
  const byKey = new Map<string, IndexedClaim>();
  for (const c of claims) {
    if (keys.has(c.key)) continue;
    const known = byKey.get(c.key);
    if (!known || (c.layer === GOLD_LAYER && known.layer !== GOLD_LAYER)) byKey.set(c.key, c);
  }
  for (const key of byKey.keys()) keys.add(key);
  return [...byKey.values()].map((c) => ({ id: c.key, analysis: analyze(c.text), holder: c.holder }));
}

const keyOf = (r: { documentId: string; start: number; end: number }) => `${r.documentId}|${r.start}|${r.end}`;
