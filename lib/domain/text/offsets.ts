// The one module that converts between code-point offsets (what we store and serve) and
// UTF-16 code-unit offsets (what JavaScript strings, the DOM and Selection use).
// All ranges are half-open [start, end).
import { at } from "../at";

/**
 * Index of code-point boundaries: `utf16At[cp]` is the UTF-16 index where code point `cp`
 * starts, for cp in [0, length]. Build once per document, then every conversion is O(1)
 * (code point → UTF-16) or O(log n) (UTF-16 → code point).
 */
export class OffsetIndex {
  readonly utf16At: Uint32Array;
  readonly length: number; // in code points
  readonly utf16Length: number;

  constructor(readonly text: string) {
    const starts = new Uint32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      starts[cp++] = i;
      if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) i++;
    }
    starts[cp] = text.length;
    this.utf16At = starts.slice(0, cp + 1);
    this.length = cp;
    this.utf16Length = text.length;
  }

  toUtf16(cp: number): number {
    if (!Number.isInteger(cp) || cp < 0 || cp > this.length) {
      throw new RangeError(`code point offset ${cp} is outside 0..${this.length}`);
    }
    return at(this.utf16At, cp);
  }

  /** Code point at a UTF-16 index; `null` if the index splits a surrogate pair. */
  toCodePoint(utf16: number): number | null {
    if (!Number.isInteger(utf16) || utf16 < 0 || utf16 > this.utf16Length) return null;
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (at(this.utf16At, mid) <= utf16) lo = mid;
      else hi = mid - 1;
    }
    return this.utf16At[lo] === utf16 ? lo : null;
  }

  /** Like toCodePoint, but a position inside a surrogate pair moves to the pair's start. */
  floorCodePoint(utf16: number): number {
    const clamped = Math.max(0, Math.min(this.utf16Length, Math.trunc(utf16)));
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (at(this.utf16At, mid) <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The text of the code-point range [start, end). */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Code-point slice without building an index: for one-off checks on short texts. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return new OffsetIndex(text).slice(start, end);
}
