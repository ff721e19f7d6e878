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
    const cp = lastAtOrBefore(this.utf16At, utf16);
    return this.utf16At[cp] === utf16 ? cp : null;
  }

  /** Like toCodePoint, but a position inside a surrogate pair moves to the pair's start. */
  floorCodePoint(utf16: number): number {
    const clamped = Math.max(0, Math.min(this.utf16Length, Math.trunc(utf16)));
    return lastAtOrBefore(this.utf16At, clamped);
  }

  /** The text of the code-point range [start, end). */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }

  /**
   * The text of [start, end) with both ends clamped to [0, length] (fractions truncated);
   * "" when the range is empty or reversed. For display, where a range typed into a form
   * must never throw while the user is still typing it.
   */
  sliceClamped(start: number, end: number): string {
    const clamp = (cp: number) => (Number.isNaN(cp) ? 0 : Math.max(0, Math.min(this.length, Math.trunc(cp))));
    const [s, e] = [clamp(start), clamp(end)];
    return e > s ? this.text.slice(this.utf16At[s], this.utf16At[e]) : "";
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

/**
 * Length in code points of `text`, or of its first `utf16End` UTF-16 units (a pair cut by
 * `utf16End` counts as one, as `Array.from(text.slice(0, utf16End)).length` would). One pass,
 * no index: for counting a whole text once.
 */
export function countCodePoints(text: string, utf16End = text.length): number {
  const end = Math.max(0, Math.min(text.length, Math.trunc(utf16End)));
  let n = 0;
  for (let i = 0; i < end; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1))) i++;
    n++;
  }
  return n;
}

// Binary searches over ascending offsets (code points or UTF-16, whichever the caller's
// items hold). Every sorted-offset lookup in the app goes through these three, so there is
// one loop to get right. `key` reads the offset of an item; numbers are their own key.

/** First index whose key is >= `value` (items.length if none). */
export function lowerBound<T>(items: ArrayLike<T>, value: number, key?: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(items, mid, key) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose key is > `value` (items.length if none). */
export function upperBound<T>(items: ArrayLike<T>, value: number, key?: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(items, mid, key) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Last index whose key is <= `value`, or 0 when none is (so a position before the first
 * item, or an empty list, maps to the first slot). For "which paragraph/run contains x".
 */
export function lastAtOrBefore<T>(items: ArrayLike<T>, value: number, key?: (item: T) => number): number {
  return Math.max(0, upperBound(items, value, key) - 1);
}

// Callers only pass i in [0, items.length): the searches below never step outside it.
function keyAt<T>(items: ArrayLike<T>, i: number, key: ((item: T) => number) | undefined): number {
  // `as T`: the strict config (noUncheckedIndexedAccess) types items[i] as T | undefined; the base one does not.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  return key ? key(items[i] as T) : (items[i] as unknown as number);
}
