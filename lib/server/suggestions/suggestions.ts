import "server-only";
import { db } from "../db/db";
import { assertScope, type ProjectScope } from "../access/guards";
import { AppError, conflict, forbidden, notFound } from "../http/errors";
import { documentContext, canSeeOtherLayers } from "../access/span-access";
import { type StoredSpan } from "../annotations/span-rows";
import { userLayer } from "@/lib/domain/spans/layers";
import { createSpan } from "../annotations/annotations";
import { compareSpans } from "@/lib/domain/spans/spans";
import { disabledSuggesters } from "./suggester-settings";
import { projectLexicon, visibleEntries } from "./suggestion-lexicon";
import { matchLexicon } from "@/lib/domain/suggest/string-match";
import { documentIndex } from "../documents/document-text";
import { listLabels } from "../projects/labels";
import type { SuggestionView } from "@/lib/domain/suggest/types";
import { suggestInBackground } from "./suggestion-runs";

// Suggestions as one annotator sees them on one document: the stored rule suggestions plus
// string matches from the project's own spans (blind mode decides which spans teach), minus
// switched-off suggesters, minus what this annotator already decided, minus ranges their layer
// already holds with that label. Accepting creates a normal span through createSpan (history,
// checks, the caller's layer); rejecting records the decision so it never returns. Nothing
// here touches agreement, gold or exports: those read Annotation rows only.

export interface SuggestionList {
  suggestions: SuggestionView[];
  counts: Record<string, number>;
  /** False until the rule suggesters have run on this document. */
  ready: boolean;
}

/** String-match suggestions have no row: their id names what they suggest. */
export function matchId(label: string, start: number, end: number): string {
  return `m.${label}.${start}.${end}`;
}

export async function listSuggestions(scope: ProjectScope, documentId: string): Promise<SuggestionList> {
  const doc = await documentContext(scope, documentId);
  const layer = userLayer(scope.actor.id);
  const [rows, decided, own, off, run, index] = await Promise.all([
    db.suggestion.findMany({ where: { documentId }, orderBy: [{ start: "asc" }, { end: "desc" }] }),
    db.suggestionDecision.findMany({ where: { documentId, userId: scope.actor.id }, select: { label: true, start: true, end: true } }),
    db.annotation.findMany({ where: { documentId, layer }, select: { label: true, start: true, end: true } }),
    disabledSuggesters(scope.projectId),
    db.suggestionRun.findUnique({ where: { documentId } }),
    documentIndex(documentId),
  ]);
  const taken = new Set([...decided, ...own].map((r) => `${r.label}:${r.start}:${r.end}`));
  const out = new Map<string, SuggestionView>();
  for (const r of rows) {
    const key = `${r.label}:${r.start}:${r.end}`;
    if (taken.has(key) || off.has(r.label) || off.has(r.source)) continue;
    out.set(key, {
      id: r.id,
      label: r.label,
      start: r.start,
      end: r.end,
      text: r.text,
      attributes: JSON.parse(r.attributes) as Record<string, unknown>,
      source: r.source,
    });
  }
  if (!off.has("match")) {
    const entries = visibleEntries(await projectLexicon(scope.projectId), layer, canSeeOtherLayers(scope, doc));
    const labels = new Set((await listLabels(scope.projectId)).map((l) => l.key));
    for (const m of matchLexicon(
      index.text,
      entries.filter((e) => labels.has(e.label) && !off.has(e.label)),
      index,
    )) {
      const key = `${m.label}:${m.start}:${m.end}`;
      if (taken.has(key)) continue;
      // The project's own annotation beats a rule: it carries human-checked attributes.
      out.set(key, {
        id: matchId(m.label, m.start, m.end),
        label: m.label,
        start: m.start,
        end: m.end,
        text: m.text,
        attributes: m.attributes,
        source: "match",
      });
    }
  }
  const suggestions = [...out.values()].sort(compareSpans);
  const counts: Record<string, number> = {};
  for (const s of suggestions) counts[s.label] = (counts[s.label] ?? 0) + 1;
  // Documents that arrived without a run (seeded, imported by the CLI): start one now.
  if (!run) suggestInBackground(scope.projectId);
  return { suggestions, counts, ready: run !== null };
}

async function findPending(scope: ProjectScope, documentId: string, suggestionId: string): Promise<SuggestionView> {
  const { suggestions } = await listSuggestions(scope, documentId);
  const found = suggestions.find((s) => s.id === suggestionId);
  if (found) return found;
  const decided = await decisionFor(scope, documentId, suggestionId);
  if (decided) throw conflict(`You already ${decided} this suggestion.`, { decision: decided });
  throw notFound("Suggestion");
}

async function decisionFor(scope: ProjectScope, documentId: string, suggestionId: string): Promise<string | null> {
  const row = suggestionId.startsWith("m.")
    ? parseMatchId(suggestionId)
    : await db.suggestion.findFirst({ where: { id: suggestionId, documentId }, select: { label: true, start: true, end: true } });
  if (!row) return null;
  const d = await db.suggestionDecision.findUnique({
    where: { documentId_userId_label_start_end: { documentId, userId: scope.actor.id, label: row.label, start: row.start, end: row.end } },
  });
  return d?.decision ?? null;
}

function parseMatchId(id: string): { label: string; start: number; end: number } | null {
  const m = /^m\.(.+)\.(\d+)\.(\d+)$/.exec(id);
  return m ? { label: m[1], start: Number(m[2]), end: Number(m[3]) } : null;
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
  return { annotation, suggestion: s };
}

export async function rejectSuggestion(scope: ProjectScope, documentId: string, suggestionId: string): Promise<SuggestionView> {
  assertScope(scope);
  requireAnnotator(scope);
  const s = await findPending(scope, documentId, suggestionId);
  await recordDecision(scope, documentId, s, "rejected", null);
  return s;
}
