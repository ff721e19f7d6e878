// A claim shown in its context: the span plus up to `context` code points of the document
// around it, cut at word boundaries and kept inside the span's paragraph, so a reviewer
// reads the sentence the outlet wrote, not just the annotator's selection. Pure.
// Offsets are code points over the stored text, half-open [start, end).
import { OffsetIndex } from "./offsets";

/** `before` and `after` keep the spacing next to the claim as written, so they concatenate with `match` to the source text. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
  /** True when `before` does not start at the paragraph's start (show an ellipsis). */
  clippedBefore: boolean;
  /** True when `after` does not run to the paragraph's end. */
  clippedAfter: boolean;
}

export const DEFAULT_SNIPPET_CONTEXT = 200;

/**
 * `context` is the total budget of surrounding text, split evenly before and after; a side
 * that reaches its paragraph's edge leaves the rest unused (the budget is a cap, not a target).
 */
export function buildSnippet(text: string | OffsetIndex, start: number, end: number, context = DEFAULT_SNIPPET_CONTEXT): Snippet {
  const index = typeof text === "string" ? new OffsetIndex(text) : text;
  const half = Math.max(0, Math.floor(context / 2));
  const from = Math.max(0, start - half);
  const to = Math.min(index.length, end + half);
  let before = index.slice(from, start);
  let after = index.slice(end, to);
  let clippedBefore = from > 0;
  let clippedAfter = to < index.length;

  const paragraphStart = before.lastIndexOf("\n");
  if (paragraphStart >= 0) {
    before = before.slice(paragraphStart + 1);
    clippedBefore = false;
  } else if (clippedBefore) {
    before = dropPartialWordAtStart(before);
  }
  const paragraphEnd = after.indexOf("\n");
  if (paragraphEnd >= 0) {
    after = after.slice(0, paragraphEnd);
    clippedAfter = false;
  } else if (clippedAfter) {
    after = dropPartialWordAtEnd(after);
  }
  return { before: before.trimStart(), match: index.slice(start, end), after: after.trimEnd(), clippedBefore, clippedAfter };
}

function dropPartialWordAtStart(s: string): string {
  const i = s.search(/\s/);
  return i < 0 ? "" : s.slice(i + 1);
}

function dropPartialWordAtEnd(s: string): string {
  const m = /\s\S*$/.exec(s);
  return m ? s.slice(0, m.index) : "";
}
