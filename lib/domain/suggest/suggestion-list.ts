// The suggestions API's answer and how a client reads it. Rule suggestions are rows, each with
// its id. String matches are sent grouped (MatchGroup: a text, its label and attributes, and
// every place it occurs), because on a long article with a repetitive lexicon they number in
// the hundreds of thousands and one object each made a 53 MB answer (bench:workspace --large);
// each match's id names what it suggests, so the server can check it without a stored row.
import { compareSpans } from "../spans/spans";
import type { MatchGroup } from "./string-match";
import type { SuggestionView } from "./types";

export interface SuggestionList {
  /** Rule suggestions, by start. */
  suggestions: SuggestionView[];
  matches: MatchGroup[];
  /** Pending suggestions per label, rules and matches together. */
  counts: Record<string, number>;
  /** False until the rule suggesters have run on this document. */
  ready: boolean;
}

/** Most suggestions one bulk call decides (POST …/suggestions/bulk): the workspace sends a screen's worth in chunks of this. */
export const MAX_BULK_DECISIONS = 200;

export function matchId(label: string, start: number, end: number): string {
  return `m.${label}.${start}.${end}`;
}

export function parseMatchId(id: string): { label: string; start: number; end: number } | null {
  const m = /^m\.(.+)\.(\d+)\.(\d+)$/.exec(id);
  return m?.[1] && m[2] && m[3] ? { label: m[1], start: Number(m[2]), end: Number(m[3]) } : null;
}

/**
 * A string match as the client holds it. Its id is made when first read: turning 400,000
 * offsets into id strings up front cost 0.4 s, and most ids are never read (only those
 * decided, drawn as current, or sent back to the server).
 */
class MatchSuggestion implements SuggestionView {
  readonly source = "match";
  private madeId: string | undefined;

  constructor(
    readonly label: string,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly attributes: Record<string, unknown>,
  ) {}

  get id(): string {
    return (this.madeId ??= matchId(this.label, this.start, this.end));
  }
}

/**
 * Every pending suggestion as one list, by start (longest first, then label), rules and matches
 * together. Matches are ordered through one numeric key each and a typed-array sort: sorting
 * 400,000 objects with a comparator took most of a second in the browser (bench:workspace --large).
 */
export function allSuggestions(list: Pick<SuggestionList, "suggestions" | "matches">): SuggestionView[] {
  const rules = [...list.suggestions].sort(compareSpans);
  return mergeSorted(rules, matchesInOrder(list.matches));
}

const LENGTH_SLOTS = 2 ** 9; // MAX_MATCH_LENGTH (400) < 512
const GROUP_SLOTS = 2 ** 22;
const START_SCALE = LENGTH_SLOTS * GROUP_SLOTS; // 2^31: a start below 2^21 keeps the key under 2^53

function matchesInOrder(matches: readonly MatchGroup[]): SuggestionView[] {
  // Groups by label, so that a group's index breaks ties (same start and length) as the label would.
  const groups = [...matches].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const total = groups.reduce((n, g) => n + g.starts.length, 0);
  const fits = groups.length < GROUP_SLOTS && groups.every((g) => g.length < LENGTH_SLOTS && (g.starts.at(-1) ?? 0) < 2 ** 21);
  const view = (g: MatchGroup, start: number) => new MatchSuggestion(g.label, start, start + g.length, g.text, g.attributes);
  if (!fits) return groups.flatMap((g) => g.starts.map((s) => view(g, s))).sort(compareSpans);
  const keys = new Float64Array(total);
  let n = 0;
  groups.forEach((g, i) => {
    const tail = (LENGTH_SLOTS - 1 - g.length) * GROUP_SLOTS + i;
    for (const start of g.starts) keys[n++] = start * START_SCALE + tail;
  });
  keys.sort();
  const out = new Array<SuggestionView>(total);
  for (let k = 0; k < total; k++) {
    const key = keys[k] ?? 0;
    const g = groups[key % GROUP_SLOTS];
    if (g) out[k] = view(g, Math.floor(key / START_SCALE));
  }
  return out;
}

function mergeSorted(a: readonly SuggestionView[], b: readonly SuggestionView[]): SuggestionView[] {
  if (!a.length) return [...b];
  const out: SuggestionView[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x && (!y || compareSpans(x, y) <= 0)) {
      out.push(x);
      i++;
    } else if (y) {
      out.push(y);
      j++;
    }
  }
  return out;
}

/** The suggestion with this id, found without making every match's id. */
export function findSuggestion<T extends SuggestionView>(list: readonly T[], id: string | null | undefined): T | undefined {
  if (!id) return undefined;
  const m = parseMatchId(id);
  return m
    ? list.find((s) => s.source === "match" && s.start === m.start && s.end === m.end && s.label === m.label)
    : list.find((s) => s.id === id);
}
