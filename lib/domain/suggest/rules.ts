// The rule suggesters over one document: dates first (measures avoid their numbers), then
// measures, quotes and claims. Offsets out are code points over the stored text, half-open.
// Pure and deterministic: the same text, date and outlet always give the same suggestions.
import { OffsetIndex } from "../text/offsets";
import { compareSpans } from "../spans/spans";
import { splitSentences } from "./sentences";
import { suggestDates } from "./dates";
import { suggestMeasures } from "./measures";
import { suggestAttributions } from "./attributions";
import { RULE_SUGGESTERS, type RawHit, type RuleSuggester, type SuggestContext, type Suggested } from "./types";

export function suggestByRules(ctx: SuggestContext, enabled: ReadonlySet<RuleSuggester> = new Set(RULE_SUGGESTERS)): Suggested[] {
  const { text } = ctx;
  const sentences = splitSentences(text);
  const dates = suggestDates(text, sentences, ctx.publishedAt);
  const hits: RawHit[] = [];
  if (enabled.has("date")) hits.push(...dates);
  if (enabled.has("measure")) hits.push(...suggestMeasures(text, dates));
  if (enabled.has("quote") || enabled.has("claim")) {
    const { quotes, claims } = suggestAttributions(text, sentences, ctx.outlet);
    if (enabled.has("quote")) hits.push(...quotes);
    if (enabled.has("claim")) hits.push(...claims);
  }
  return toCodePoints(new OffsetIndex(text), hits);
}

/** Convert UTF-16 hits to code points; one suggestion per (label, start, end). */
export function toCodePoints(index: OffsetIndex, hits: readonly RawHit[]): Suggested[] {
  const seen = new Set<string>();
  const out: Suggested[] = [];
  for (const h of hits) {
    const start = index.toCodePoint(h.u16Start);
    const end = index.toCodePoint(h.u16End);
    if (start === null || end === null || end <= start) continue;
    const key = `${h.label}:${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ label: h.label, start, end, text: index.slice(start, end), attributes: h.attributes, source: h.source });
  }
  return out.sort(compareSpans);
}
