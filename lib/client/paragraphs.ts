// The document split into paragraphs at "\n" (the stored text has LF line breaks only).
// Each paragraph knows its range in code points (what spans use) and in UTF-16 code units
// (what the DOM uses). Ranges are half-open and exclude the "\n" itself. Pure.
import { lastAtOrBefore, OffsetIndex } from "@/lib/domain/text/offsets";

export interface Paragraph {
  index: number;
  /** Code-point range [start, end) in the document. */
  start: number;
  end: number;
  /** UTF-16 range [u16Start, u16End) in the document. */
  u16Start: number;
  u16End: number;
  text: string;
}

/** `index` is the text's OffsetIndex when the caller has one (it is built otherwise). */
export function splitParagraphs(text: string, index = new OffsetIndex(text)): Paragraph[] {
  const out: Paragraph[] = [];
  for (let u16Start = 0; ;) {
    const nl = text.indexOf("\n", u16Start);
    const u16End = nl === -1 ? text.length : nl;
    // Both ends sit next to a "\n" or at the text's ends, never inside a surrogate pair.
    out.push({
      index: out.length,
      start: index.floorCodePoint(u16Start),
      end: index.floorCodePoint(u16End),
      u16Start,
      u16End,
      text: text.slice(u16Start, u16End),
    });
    if (nl === -1) return out;
    u16Start = nl + 1;
  }
}

/** Index of the paragraph containing code point `cp` (a "\n" belongs to the paragraph it ends). */
export function paragraphAt(paragraphs: readonly Paragraph[], cp: number): number {
  return lastAtOrBefore(paragraphs, cp, (p) => p.start);
}

/** Index of the paragraph containing UTF-16 index `u16`. */
export function paragraphAtUtf16(paragraphs: readonly Paragraph[], u16: number): number {
  return lastAtOrBefore(paragraphs, u16, (p) => p.u16Start);
}

/**
 * Paragraph indexes [first, last] that the non-empty span [start, end) touches. A span that
 * ends exactly at a paragraph's start does not touch it (half-open).
 */
export function paragraphRange(paragraphs: readonly Paragraph[], start: number, end: number): [number, number] {
  return [paragraphAt(paragraphs, start), paragraphAt(paragraphs, Math.max(start, end - 1))];
}
