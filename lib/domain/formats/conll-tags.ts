// IOB2 tagging of tokens from spans. CoNLL gives each token one tag, so overlapping and
// nested spans cannot all survive. Spans are snapped outward to whole tokens, then taken
// greedily in priority order; a span any of whose tokens is already taken is dropped.
//
// Priority (default "inner"): fewer tokens first, then project label order, then start.
// Inner-first keeps the entity-like spans (dates, measures, short quotes) a token tagger
// can learn, where outer-first would let one claim erase everything inside it; it is also
// the greedy rule that keeps the most spans. "outer" is there for claim-level corpora.
import type { Span } from "../spans/spans";
import { upperBound } from "../text/offsets";
import { CONLL_SPACE, type Token } from "./tokenize";
import { at } from "../at";

const SPACE_RUN = new RegExp(`[${CONLL_SPACE}]+`, "gu");

export type ConllPriority = "inner" | "outer";

export interface TaggedTokens {
  tags: string[];
  kept: Span[];
  dropped: Span[];
}

export function tagTokens(
  tokens: readonly Token[],
  spans: readonly Span[],
  labelRank: (label: string) => number,
  prefer: ConllPriority = "inner",
): TaggedTokens {
  const dropped: Span[] = [];
  const candidates: { span: Span; first: number; last: number }[] = [];
  for (const span of spans) {
    const first = firstTokenEndingAfter(tokens, span.start);
    let last = first;
    while (last < tokens.length && at(tokens, last).start < span.end) last++;
    if (last === first)
      dropped.push(span); // only whitespace under the span
    else candidates.push({ span, first, last });
  }
  const sign = prefer === "inner" ? 1 : -1;
  candidates.sort(
    (a, b) =>
      sign * (a.last - a.first - (b.last - b.first)) ||
      labelRank(a.span.label) - labelRank(b.span.label) ||
      a.span.start - b.span.start ||
      a.span.end - b.span.end,
  );

  const owner = new Int32Array(tokens.length).fill(-1);
  const kept: Span[] = [];
  candidates.forEach((c, i) => {
    for (let k = c.first; k < c.last; k++) {
      if (owner[k] !== -1) {
        dropped.push(c.span);
        return;
      }
    }
    owner.fill(i, c.first, c.last);
    kept.push(c.span);
  });

  const tags = tokens.map((token, k) => {
    const o = at(owner, k); // one owner entry per token
    if (o === -1) return "O";
    const candidate = at(candidates, o); // owner holds candidate indexes or -1
    const label = candidate.span.label.replace(SPACE_RUN, "_");
    // A span crossing a line break becomes one entity per line: CoNLL sentences end there.
    const begins = k === candidate.first || token.lineBreakBefore;
    return `${begins ? "B" : "I"}-${label}`;
  });
  return { tags, kept, dropped };
}

/** Index of the first token whose end is after `cp` (binary search; tokens are sorted). */
function firstTokenEndingAfter(tokens: readonly Token[], cp: number): number {
  return upperBound(tokens, cp, (t) => t.end);
}
