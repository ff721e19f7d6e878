import "server-only";
import { db } from "../db/db";
import { assertScope, type ProjectScope } from "../access/guards";
import { AppError, conflict, forbidden, notFound } from "../http/errors";
import { documentContext, canSeeOtherLayers } from "../access/span-access";
import { type StoredSpan } from "../annotations/span-rows";
import { userLayer } from "@/lib/domain/spans/layers";
import { createSpan } from "../annotations/annotations";
import { disabledSuggesters } from "./suggester-settings";
import { projectLexicon, visibleEntries } from "./suggestion-lexicon";
import { matchLexicon, type LexiconEntry, type MatchGroup, type WordIndex } from "@/lib/domain/suggest/string-match";
import type { OffsetIndex } from "@/lib/domain/text/offsets";
import { allSuggestions, parseMatchId, type SuggestionList } from "@/lib/domain/suggest/suggestion-list";
import { LabeledRanges } from "@/lib/domain/suggest/labeled-ranges";
import { documentWords } from "../documents/document-text";
import { listLabels } from "../projects/labels";
import type { SuggestionView } from "@/lib/domain/suggest/types";
import { suggestInBackground } from "./suggestion-runs";

// Suggestions as one annotator sees them on one document: the stored rule suggestions plus
// string matches from the project's own spans (blind mode decides which spans teach), minus
// switched-off suggesters, minus what this annotator already decided, minus ranges their layer
// already holds with that label. Accepting creates a normal span through createSpan (history,
// checks, the caller's layer); rejecting records the decision so it never returns. Nothing
// here touches agreement, gold or exports: those read Annotation rows only.

/** Stored rule suggestions, rejected/accepted decisions, and the annotator's own spans: what a list is built from. */
async function pendingInputs(scope: ProjectScope, documentId: string) {
  const layer = userLayer(scope.actor.id);
  const [doc, decided, own, off] = await Promise.all([
    documentContext(scope, documentId),
    db.suggestionDecision.findMany({ where: { documentId, userId: scope.actor.id }, select: { label: true, start: true, end: true } }),
    db.annotation.findMany({ where: { documentId, layer }, select: { label: true, start: true, end: true } }),
    disabledSuggesters(scope.projectId),
  ]);
  const taken = new LabeledRanges();
  for (const r of [...decided, ...own]) taken.add(r.label, r.start, r.end);
  return { doc, layer, taken, off };
}

type PendingInputs = Awaited<ReturnType<typeof pendingInputs>>;

// The last string matches computed per document and view of the lexicon, kept while the
// lexicon is the same array (it is replaced when any span in the project changes): reopening a
// document, or a second reviewer opening it, does not match the lexicon again (0.4 s on a
// 100,000-word article with 7,700 lexicon texts).
const MAX_CACHED_MATCHES = 16;
type CachedMatches = Map<string, { lexicon: object; groups: MatchGroup[] }>;
const globalMatches = globalThis as unknown as { parallaxMatches?: CachedMatches };
const matchCache = (globalMatches.parallaxMatches ??= new Map() as CachedMatches);

/**
 * The lexicon this annotator may learn from (blind mode), over the project's switched-on labels.
 * Made once per set of inputs: a bulk decision of 200 matches reads the lexicon's fingerprint,
 * the labels and the visible entries once, not once per match.
 */
function lexiconView(scope: ProjectScope, documentId: string, inputs: PendingInputs): Promise<LexiconView> {
  let view = views.get(inputs);
  if (!view) views.set(inputs, (view = makeLexiconView(scope, documentId, inputs)));
  return view;
}

interface LexiconView {
  lexicon: object;
  index: OffsetIndex;
  words: WordIndex;
  key: string;
  entries: () => LexiconEntry[];
}

const views = new WeakMap<PendingInputs, Promise<LexiconView>>();

async function makeLexiconView(scope: ProjectScope, documentId: string, { doc, layer, off }: PendingInputs): Promise<LexiconView> {
  const [lexicon, labels, { index, words }] = await Promise.all([
    projectLexicon(scope.projectId),
    listLabels(scope.projectId),
    documentWords(documentId),
  ]);
  const seeAll = canSeeOtherLayers(scope, doc);
  const known = labels.map((l) => l.key).filter((k) => !off.has(k));
  const wanted = new Set(known);
  let entries: LexiconEntry[] | undefined;
  return {
    lexicon,
    index,
    words,
    key: [documentId, seeAll ? "*" : layer, ...known.sort()].join("\u0000"),
    entries: () => (entries ??= visibleEntries(lexicon, layer, seeAll).filter((e) => wanted.has(e.label))),
  };
}

async function projectMatches(scope: ProjectScope, documentId: string, inputs: PendingInputs): Promise<MatchGroup[]> {
  const { lexicon, index, words, key, entries } = await lexiconView(scope, documentId, inputs);
  const hit = matchCache.get(key);
  if (hit && hit.lexicon === lexicon) return hit.groups;
  const groups = matchLexicon(index.text, entries(), index, words);
  matchCache.delete(key);
  matchCache.set(key, { lexicon, groups });
  if (matchCache.size > MAX_CACHED_MATCHES) matchCache.delete(matchCache.keys().next().value!);
  return groups;
}

/** The string matches this annotator may see, minus what they decided or tagged. */
async function pendingMatches(scope: ProjectScope, documentId: string, inputs: PendingInputs): Promise<MatchGroup[]> {
  if (inputs.off.has("match")) return [];
  const out: MatchGroup[] = [];
  for (const g of await projectMatches(scope, documentId, inputs)) {
    const starts = g.starts.filter((s) => !inputs.taken.has(g.label, s, s + g.length));
    if (starts.length) out.push({ ...g, starts });
  }
  return out;
}

/** Whether a group has a match at exactly [start, end) (starts ascend). */
function groupHas(g: MatchGroup | undefined, start: number, end: number): boolean {
  if (!g || end - start !== g.length) return false;
  let lo = 0;
  let hi = g.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((g.starts[mid] ?? Infinity) < start) lo = mid + 1;
    else hi = mid;
  }
  return g.starts[lo] === start;
}

const groupKey = (label: string, text: string) => `${label}\u0000${text}`;

export async function listSuggestions(scope: ProjectScope, documentId: string): Promise<SuggestionList> {
  const [inputs, rows, run] = await Promise.all([
    pendingInputs(scope, documentId),
    db.suggestion.findMany({ where: { documentId }, orderBy: [{ start: "asc" }, { end: "desc" }] }),
    db.suggestionRun.findUnique({ where: { documentId } }),
  ]);
  const { taken, off } = inputs;
  const matches = await pendingMatches(scope, documentId, inputs);
  const counts: Record<string, number> = {};
  const byText = new Map<string, MatchGroup>();
  for (const g of matches) {
    counts[g.label] = (counts[g.label] ?? 0) + g.starts.length;
    byText.set(groupKey(g.label, g.text), g);
  }
  const suggestions: SuggestionView[] = [];
  const listed = new LabeledRanges();
  for (const r of rows) {
    if (off.has(r.label) || off.has(r.source) || taken.has(r.label, r.start, r.end) || listed.has(r.label, r.start, r.end)) continue;
    // The project's own annotation beats a rule at the same place: it carries human-checked attributes.
    if (groupHas(byText.get(groupKey(r.label, r.text)), r.start, r.end)) continue;
    listed.add(r.label, r.start, r.end);
    suggestions.push(ruleView(r));
    counts[r.label] = (counts[r.label] ?? 0) + 1;
  }
  // Documents that arrived without a run (seeded, imported by the CLI): start one now.
  if (!run) suggestInBackground(scope.projectId);
  return { suggestions, matches, counts, ready: run !== null };
}

function ruleView(r: {
  id: string;
  label: string;
  start: number;
  end: number;
  text: string;
  attributes: string;
  source: string;
}): SuggestionView {
  return {
    id: r.id,
    label: r.label,
    start: r.start,
    end: r.end,
    text: r.text,
    attributes: JSON.parse(r.attributes) as Record<string, unknown>,
    source: r.source,
  };
}

/** One pending suggestion, checked without building the whole list (accepting one of 400,000 matches should not compute them all). */
async function findPending(scope: ProjectScope, documentId: string, suggestionId: string, inputs?: PendingInputs): Promise<SuggestionView> {
  const found = await pendingSuggestion(scope, documentId, suggestionId, inputs ?? (await pendingInputs(scope, documentId)));
  if (found) return found;
  const decided = await decisionFor(scope, documentId, suggestionId);
  if (decided) throw conflict(`You already ${decided} this suggestion.`, { decision: decided });
  throw notFound("Suggestion");
}

async function pendingSuggestion(
  scope: ProjectScope,
  documentId: string,
  suggestionId: string,
  inputs: PendingInputs,
): Promise<SuggestionView | null> {
  const m = parseMatchId(suggestionId);
  if (m) return pendingMatch(scope, documentId, inputs, m);
  const r = await db.suggestion.findFirst({ where: { id: suggestionId, documentId } });
  if (!r || inputs.off.has(r.label) || inputs.off.has(r.source) || inputs.taken.has(r.label, r.start, r.end)) return null;
  return ruleView(r);
}

/** A string match named by its id, if the caller's lexicon matches exactly there and it is still pending. */
async function pendingMatch(
  scope: ProjectScope,
  documentId: string,
  inputs: PendingInputs,
  m: { label: string; start: number; end: number },
): Promise<SuggestionView | null> {
  if (inputs.off.has("match") || inputs.taken.has(m.label, m.start, m.end)) return null;
  const view = await lexiconView(scope, documentId, inputs);
  const { index } = view;
  if (m.end > index.length || m.start >= m.end) return null;
  const text = index.text.slice(index.toUtf16(m.start), index.toUtf16(m.end));
  // Only this label and text are matched: one accept among thousands should not match them all.
  const entries = view.entries().filter((e) => e.label === m.label && e.text === text);
  const g = matchLexicon(index.text, entries, index, view.words)[0];
  if (!g || !groupHas(g, m.start, m.end)) return null;
  return allSuggestions({ suggestions: [], matches: [{ ...g, starts: [m.start] }] })[0] ?? null;
}

async function decisionFor(scope: ProjectScope, documentId: string, suggestionId: string): Promise<string | null> {
  const row =
    parseMatchId(suggestionId) ??
    (await db.suggestion.findFirst({ where: { id: suggestionId, documentId }, select: { label: true, start: true, end: true } }));
  if (!row) return null;
  const d = await db.suggestionDecision.findUnique({
    where: { documentId_userId_label_start_end: { documentId, userId: scope.actor.id, label: row.label, start: row.start, end: row.end } },
  });
  return d?.decision ?? null;
}

function requireAnnotator(scope: ProjectScope): void {
  if (!scope.can("annotate")) throw forbidden("Only annotators of this project can accept or reject suggestions.");
}

async function recordDecision(
  scope: ProjectScope,
  documentId: string,
  s: SuggestionView,
  decision: "accepted" | "rejected",
  annotationId: string | null,
) {
  const key = { documentId, userId: scope.actor.id, label: s.label, start: s.start, end: s.end };
  await db.suggestionDecision.upsert({
    where: { documentId_userId_label_start_end: key },
    create: { ...key, source: s.source, decision, annotationId },
    update: { source: s.source, decision, annotationId },
  });
}

/**
 * Accept into the caller's layer as a normal span (history and checks as for any span).
 * `attributes` may override the suggested ones (the annotator corrected a value first).
 */
export async function acceptSuggestion(
  scope: ProjectScope,
  documentId: string,
  suggestionId: string,
  attributes?: Record<string, unknown>,
): Promise<{ annotation: StoredSpan; suggestion: SuggestionView }> {
  assertScope(scope);
  requireAnnotator(scope);
  const s = await findPending(scope, documentId, suggestionId);
  return { annotation: await acceptPending(scope, documentId, s, attributes), suggestion: s };
}

async function acceptPending(
  scope: ProjectScope,
  documentId: string,
  s: SuggestionView,
  attributes?: Record<string, unknown>,
): Promise<StoredSpan> {
  let annotation: StoredSpan;
  try {
    annotation = await createSpan(scope, documentId, {
      label: s.label,
      start: s.start,
      end: s.end,
      text: s.text,
      attributes: attributes ?? s.attributes,
    });
  } catch (e) {
    // The same span was added meanwhile (another tab): accepting it is then just the decision.
    const existing =
      e instanceof AppError && e.code === "conflict" ? (e.details as { existing?: StoredSpan } | undefined)?.existing : undefined;
    if (!existing) throw e;
    annotation = existing;
  }
  await recordDecision(scope, documentId, s, "accepted", annotation.id);
  return annotation;
}

export async function rejectSuggestion(scope: ProjectScope, documentId: string, suggestionId: string): Promise<SuggestionView> {
  assertScope(scope);
  requireAnnotator(scope);
  const s = await findPending(scope, documentId, suggestionId);
  await recordDecision(scope, documentId, s, "rejected", null);
  return s;
}

export interface ManyDecided {
  accepted: { id: string; annotation: StoredSpan }[];
  rejected: string[];
  /** Ids that were not decided, each with why (already decided, not a suggestion here, or its span was refused). */
  refused: { id: string; message: string }[];
}

/**
 * Accept or reject many suggestions at once (Shift+A: every one of a label on screen). What the
 * annotator already decided or tagged is read once for the batch, not once per suggestion. Each
 * suggestion is decided on its own, as through its own route: one refused span (a text that no
 * longer matches, a conflict) is reported in `refused` and leaves the others decided.
 */
export async function decideSuggestions(
  scope: ProjectScope,
  documentId: string,
  ids: readonly string[],
  decision: "accept" | "reject",
): Promise<ManyDecided> {
  assertScope(scope);
  requireAnnotator(scope);
  const inputs = await pendingInputs(scope, documentId);
  const out: ManyDecided = { accepted: [], rejected: [], refused: [] };
  for (const id of new Set(ids)) {
    try {
      const s = await findPending(scope, documentId, id, inputs);
      if (decision === "accept") out.accepted.push({ id, annotation: await acceptPending(scope, documentId, s) });
      else {
        await recordDecision(scope, documentId, s, "rejected", null);
        out.rejected.push(id);
      }
      inputs.taken.add(s.label, s.start, s.end);
    } catch (e) {
      if (!(e instanceof AppError) || e.status >= 500) throw e;
      out.refused.push({ id, message: e.message });
    }
  }
  return out;
}
