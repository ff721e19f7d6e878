import "server-only";
import { rawDb } from "../db/raw";
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
// Kept up to date: new spans are appended (an import or a save adds rows), the common case while
// people annotate. A deletion (the count of spans falls behind), an edit in place (a history
// event other than "create"), or growth past a quarter since the last full build rebuilds the
// index: rare next to creates, and always right.
//
// "New" is "id above the newest id the entry has seen" (index range lookups, no rowid on
// PostgreSQL). Two id sequences share these tables, each growing with time: newId()'s ("c0…",
// raw-SQL writes) and Prisma's cuids ("c" and an unpadded time: above "c1"), so each has its own
// mark. Ids minted at about the same time by different processes may commit out of order; a row
// below a mark is then missed by the range, and the counts (of spans, and of history events
// against the span stamp) disagree and rebuild.

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

/** The newest ids seen, per id sequence: [below "c1" (newId), from "c1" (Prisma's cuid)]. */
interface Marks {
  spans: [string, string];
  events: [string, string];
}

interface Entry {
  stamp: SpanStamp;
  marks: Marks;
  claims: IndexedClaim[];
  index: MatchIndex;
  /** The spans the index holds (its items' ids). */
  keys: Set<string>;
  /** Claims at the last full build: past 1.25x, appends rebuild (rarities and the common direction drift). */
  built: number;
}

const MAX_PROJECTS = 4; // ~20 MB of vectors per 50,000 claims
const entries = new Map<string, Entry>();

/** Each project's last refresh: refreshes of one project run one after another (appends extend an entry in place). */
const refreshing = new Map<string, Promise<unknown>>();

export function projectClaimIndex(projectId: string): Promise<{ claims: readonly IndexedClaim[]; index: MatchIndex }> {
  const run = (refreshing.get(projectId) ?? Promise.resolve()).then(() => refresh(projectId));
  const tail = run.catch(() => undefined);
  refreshing.set(projectId, tail);
  void tail.then(() => {
    if (refreshing.get(projectId) === tail) refreshing.delete(projectId);
  });
  return run;
}

async function refresh(projectId: string): Promise<Entry> {
  const now = await readSpanStamp();
  let entry = entries.get(projectId);
  if (entry && !sameStamp(entry.stamp, now)) entry = (await appendOnly(projectId, entry, now)) ?? undefined;
  if (!entry) entry = await build(projectId, now);
  entries.delete(projectId);
  entries.set(projectId, entry);
  if (entries.size > MAX_PROJECTS) entries.delete(entries.keys().next().value!);
  return entry;
}

function sameStamp(a: SpanStamp, b: SpanStamp): boolean {
  return a.lastId === b.lastId && a.count === b.count && a.lastEvent === b.lastEvent && a.events === b.events;
}

type ClaimRow = Omit<IndexedClaim, "key"> & { attributes: string };

const COLUMNS = `a.id, a.documentId, a.layer, a.start, a."end", a.text, a.attributes`;

async function readMarks(): Promise<Marks> {
  const r = await rawDb().get<{ s0: string | null; s1: string | null; e0: string | null; e1: string | null }>(
    `SELECT (SELECT max(id) FROM "Annotation" WHERE id < 'c1') AS s0, (SELECT max(id) FROM "Annotation" WHERE id >= 'c1') AS s1,
      (SELECT max(id) FROM "AnnotationEvent" WHERE id < 'c1') AS e0, (SELECT max(id) FROM "AnnotationEvent" WHERE id >= 'c1') AS e1`,
  );
  return {
    spans: [r?.s0 ?? "", r?.s1 ?? "c1"],
    events: [r?.e0 ?? "", r?.e1 ?? "c1"],
  };
}

async function build(projectId: string, stamp: SpanStamp): Promise<Entry> {
  const marks = await readMarks();
  const rows = await rawDb().all<ClaimRow>(
    `SELECT ${COLUMNS} FROM "Annotation" a JOIN "Document" d ON d.id = a.documentId WHERE d.projectId = ? AND a.label = 'claim'`,
    projectId,
  );
  const claims = rows.map(toClaim);
  const keys = new Set<string>();
  return { stamp, marks, claims, index: buildMatchIndex(newItems(claims, keys)), keys, built: claims.length };
}

/**
 * The entry brought up to `now` if everything since its stamp was a creation: the new claims of
 * this project appended (its postings and key set are extended in place, so the old entry is
 * replaced). Null when a span was deleted or edited in place, a new row was missed by the marks,
 * or the index grew by a quarter (then: rebuild).
 */
async function appendOnly(projectId: string, entry: Entry, now: SpanStamp): Promise<Entry | null> {
  const marks = await readMarks();
  const [s0, s1] = entry.marks.spans;
  const newRows = await rawDb().value<number>(`SELECT count(*) FROM "Annotation" WHERE (id > ? AND id < 'c1') OR id > ?`, s0, s1);
  if (entry.stamp.count + Number(newRows) !== now.count) return null;
  const events = await rawDb().get<{ n: number; edits: number | null }>(
    `SELECT count(*) AS n, sum(CASE WHEN action <> 'create' THEN 1 ELSE 0 END) AS edits FROM "AnnotationEvent" WHERE (id > ? AND id < 'c1') OR id > ?`,
    ...entry.marks.events,
  );
  if (Number(events?.n ?? 0) !== now.events - entry.stamp.events || Number(events?.edits ?? 0) > 0) return null;
  // Driven by the id ranges (CROSS JOIN keeps SQLite from scanning the project's documents);
  // sorted here, as ORDER BY would make SQLite walk the whole id index.
  const rows = await rawDb().all<ClaimRow>(
    `SELECT ${COLUMNS} FROM "Annotation" a CROSS JOIN "Document" d
     WHERE ((a.id > ? AND a.id < 'c1') OR a.id > ?) AND d.id = a.documentId AND d.projectId = ? AND a.label = 'claim'`,
    s0,
    s1,
    projectId,
  );
  if (rows.length === 0) return { ...entry, stamp: now, marks };
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const added = rows.map(toClaim);
  const claims = [...entry.claims, ...added];
  if (claims.length > entry.built * 1.25) return null;
  return { ...entry, stamp: now, marks, claims, index: appendToMatchIndex(entry.index, newItems(added, entry.keys)) };
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
