import "server-only";
import { rawDb } from "../db/raw";
import { GOLD_LAYER } from "@/lib/domain/spans/layers";
import { spanChangeStamp, stampKey } from "../annotations/span-change-stamp";
import { MAX_MATCH_LENGTH, MIN_MATCH_LENGTH, type LexiconEntry } from "@/lib/domain/suggest/string-match";

// The project's own annotations as a string-match lexicon: one entry per (layer, label, text)
// with that text's latest attributes, and whether it sits on an adjudicated document (which
// blind mode lets every annotator see). Cached per project until a span, an adjudication or a
// document changes: every span write adds an AnnotationEvent row, imports add Annotation rows.

export interface SourcedEntry extends LexiconEntry {
  layer: string;
  adjudicated: boolean;
}

interface Cached {
  fingerprint: string;
  entries: SourcedEntry[];
}

const globalCache = globalThis as unknown as { parallaxLexicon?: Map<string, Cached> };
const cache = (globalCache.parallaxLexicon ??= new Map<string, Cached>());

/**
 * Span writes (spanChangeStamp), plus what changes which spans blind mode lets everyone see: the
 * project's adjudicated documents, and the newest adjudication decision (an index lookup: Prisma
 * writes them, with time-ordered cuids).
 */
async function fingerprint(projectId: string): Promise<string> {
  const [spans, adjudication] = await Promise.all([
    spanChangeStamp(),
    rawDb().get(
      `SELECT (SELECT count(*) FROM Document WHERE projectId = ? AND status = 'adjudicated') AS d, (SELECT max(id) FROM AdjudicationDecision) AS j`,
      projectId,
    ),
  ]);
  return stampKey([spans, adjudication]);
}

export async function projectLexicon(projectId: string): Promise<SourcedEntry[]> {
  const print = await fingerprint(projectId);
  const hit = cache.get(projectId);
  if (hit && hit.fingerprint === print) return hit.entries;
  const rows = await rawDb().all<{ layer: string; label: string; text: string; attributes: string; status: string }>(
    `SELECT a.layer AS layer, a.label AS label, a.text AS text, a.attributes AS attributes, d.status AS status
     FROM Annotation a JOIN Document d ON d.id = a.documentId
     WHERE d.projectId = ? AND length(a.text) BETWEEN ? AND ?
     ORDER BY a.updatedAt`,
    projectId,
    MIN_MATCH_LENGTH,
    MAX_MATCH_LENGTH,
  );
  const byKey = new Map<string, SourcedEntry>();
  for (const r of rows) {
    const adjudicated = r.status === "adjudicated";
    const key = `${r.layer}\u0000${r.label}\u0000${r.text}\u0000${adjudicated}`;
    byKey.set(key, {
      layer: r.layer,
      label: r.label,
      text: r.text,
      attributes: JSON.parse(r.attributes) as Record<string, unknown>,
      adjudicated,
    });
  }
  const entries = [...byKey.values()];
  cache.set(projectId, { fingerprint: print, entries });
  return entries;
}

/**
 * The entries a caller may learn from. Blind mode: an annotator learns from their own layer
 * and from gold on adjudicated documents only, exactly the spans they could open elsewhere.
 * Gold wins over annotator layers for the same label and text (it is the adjudicated version).
 */
export function visibleEntries(entries: readonly SourcedEntry[], ownLayer: string, seeAll: boolean): LexiconEntry[] {
  const best = new Map<string, SourcedEntry>();
  for (const e of entries) {
    const visible = seeAll || e.layer === ownLayer || (e.adjudicated && e.layer === GOLD_LAYER);
    if (!visible) continue;
    const key = `${e.label}\u0000${e.text}`;
    const cur = best.get(key);
    if (!cur || (e.layer === GOLD_LAYER && cur.layer !== GOLD_LAYER) || (e.layer === ownLayer && cur.layer !== GOLD_LAYER))
      best.set(key, e);
  }
  return [...best.values()].map(({ label, text, attributes }) => ({ label, text, attributes }));
}
