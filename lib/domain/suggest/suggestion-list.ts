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

export function matchId(label: string, start: number, end: number): string {
  return `m.${label}.${start}.${end}`;
}

export function parseMatchId(id: string): { label: string; start: number; end: number } | null {
  const m = /^m\.(.+)\.(\d+)\.(\d+)$/.exec(id);
  return m?.[1] && m[2] && m[3] ? { label: m[1], start: Number(m[2]), end: Number(m[3]) } : null;
}

/** Every pending suggestion as one list, by start (longest first), rules and matches together. */
export function allSuggestions(list: Pick<SuggestionList, "suggestions" | "matches">): SuggestionView[] {
  const out = [...list.suggestions];
  for (const g of list.matches)
    for (const start of g.starts) {
      const end = start + g.length;
      out.push({ id: matchId(g.label, start, end), label: g.label, start, end, text: g.text, attributes: g.attributes, source: "match" });
    }
  return out.sort(compareSpans);
}
