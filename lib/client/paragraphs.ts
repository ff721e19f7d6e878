// The document split into paragraphs at "\n" (the stored text has LF line breaks only).
// Each paragraph knows its range in code points (what spans use) and in UTF-16 code units
// (what the DOM uses). Ranges are half-open and exclude the "\n" itself. Pure.
import { at } from "@/lib/domain/at";

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

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let cp = 0;
  let u16Start = 0;
  let cpStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10) {
      out.push({ index: out.length, start: cpStart, end: cp, u16Start, u16End: i, text: text.slice(u16Start, i) });
      cp++; // the "\n" itself
      cpStart = cp;
      u16Start = i + 1;
      continue;
    }
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    cp++;
  }
  return out;
}

/** Index of the paragraph containing code point `cp` (a "\n" belongs to the paragraph it ends). */
export function paragraphAt(paragraphs: readonly Paragraph[], cp: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (at(paragraphs, mid).start <= cp) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the paragraph containing UTF-16 index `u16`. */
export function paragraphAtUtf16(paragraphs: readonly Paragraph[], u16: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (at(paragraphs, mid).u16Start <= u16) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Paragraph indexes [first, last] that the non-empty span [start, end) touches. A span that
 * ends exactly at a paragraph's start does not touch it (half-open).
 */
export function paragraphRange(paragraphs: readonly Paragraph[], start: number, end: number): [number, number] {
  return [paragraphAt(paragraphs, start), paragraphAt(paragraphs, Math.max(start, end - 1))];
}
