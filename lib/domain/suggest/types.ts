// What a suggester proposes: a span in code points over the stored text, half-open
// [start, end), with the label's attributes (valid for lib/domain/spans/attributes) and the
// suggester that made it. Suggesters work on UTF-16 indices internally (regular
// expressions) and convert once at the end through OffsetIndex.
export type SuggesterKey = "date" | "measure" | "quote" | "claim" | "match";

export const RULE_SUGGESTERS = ["date", "measure", "quote", "claim"] as const;
export type RuleSuggester = (typeof RULE_SUGGESTERS)[number];

/** Bump when a rule changes, so stored suggestions are recomputed on the next run. */
export const SUGGESTER_ENGINE = "rules-11";

export interface Suggested {
  label: string;
  start: number;
  end: number;
  text: string;
  attributes: Record<string, unknown>;
  source: SuggesterKey;
}

/** A hit in UTF-16 units, before conversion. */
export interface RawHit {
  label: string;
  u16Start: number;
  u16End: number;
  attributes: Record<string, unknown>;
  source: SuggesterKey;
}

export interface SuggestContext {
  text: string;
  /** The document's publication date as stored (YYYY-MM-DD or a date-time), or null. */
  publishedAt: string | null;
  /** The outlet: the holder of claims in the outlet's own voice. */
  outlet: string;
}

/** A suggestion as the API serves it: `id` names it for accept/reject. */
export interface SuggestionView {
  id: string;
  label: string;
  start: number;
  end: number;
  text: string;
  attributes: Record<string, unknown>;
  source: string;
}
