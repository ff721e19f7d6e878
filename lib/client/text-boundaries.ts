// Word and grapheme boundaries in the document text, with Intl.Segmenter, so selections
// never split a surrogate pair or a grapheme cluster (👍🏽, 🇯🇵, e + U+0301) and snap to
// words sensibly in every script (ICU's dictionary segmentation for CJK). All positions are
// UTF-16 indexes into the whole document text. Segmenting works one paragraph ("\n"-free
// line) at a time, so the cost of a call does not grow with the document. Pure.
import { at } from "@/lib/domain/at";

export type SnapMode = "word" | "exact";

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(granularity: "word" | "grapheme", locale?: string): Intl.Segmenter {
  const id = `${granularity}|${locale ?? ""}`;
  let s = segmenters.get(id);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity });
    segmenters.set(id, s);
  }
  return s;
}

/** [start, end) of the line (paragraph) containing UTF-16 index `i`, without its "\n". */
export function lineAround(text: string, i: number): [number, number] {
  const start = i <= 0 ? 0 : text.lastIndexOf("\n", i - 1) + 1;
  const nl = text.indexOf("\n", i);
  return [start, nl === -1 ? text.length : nl];
}

interface Seg {
  start: number;
  end: number;
  wordLike: boolean;
  space: boolean;
}

/** Segmenting looks this far around a position first (a whole line only if a segment reaches the window's edge). */
const WINDOW = 96;

/** The segment of the given granularity containing document index `i` (i < text.length). */
function segmentAt(text: string, i: number, granularity: "word" | "grapheme", locale?: string): Seg {
  const [ls, le] = lineAround(text, i);
  if (ls === le || text.charCodeAt(i) === 10) return { start: i, end: i + 1, wordLike: false, space: true };
  const ws = Math.max(ls, i - WINDOW);
  const we = Math.min(le, i + WINDOW);
  const hit = segmentIn(text, ws, we, i, granularity, locale);
  // A segment touching a window edge that is not a line edge may continue past it.
  if ((hit.start === ws && ws !== ls) || (hit.end === we && we !== le)) return segmentIn(text, ls, le, i, granularity, locale);
  return hit;
}

function segmentIn(text: string, from: number, to: number, i: number, granularity: "word" | "grapheme", locale?: string): Seg {
  const hit = segmenter(granularity, locale)
    .segment(text.slice(from, to))
    .containing(i - from)!;
  return {
    start: from + hit.index,
    end: from + hit.index + hit.segment.length,
    wordLike: hit.isWordLike === true,
    space: /^\s+$/.test(hit.segment),
  };
}

/**
 * True when index i is certainly a grapheme boundary without asking ICU: both neighbours
 * are below U+0300 (ASCII and Latin-1: no combining marks, joiners, surrogates or
 * regional indicators) and they are not CR LF.
 */
function plainBoundary(text: string, i: number): boolean {
  const a = text.charCodeAt(i - 1);
  const b = text.charCodeAt(i);
  return a < 0x300 && b < 0x300 && !(a === 13 && b === 10);
}

/** Largest grapheme boundary ≤ i. */
export function graphemeFloor(text: string, i: number, locale?: string): number {
  if (i <= 0) return 0;
  if (i >= text.length) return text.length;
  if (plainBoundary(text, i)) return i;
  return segmentAt(text, i, "grapheme", locale).start;
}

/** Smallest grapheme boundary ≥ i. */
export function graphemeCeil(text: string, i: number, locale?: string): number {
  if (i <= 0) return 0;
  if (i >= text.length) return text.length;
  if (plainBoundary(text, i)) return i;
  const g = segmentAt(text, i, "grapheme", locale);
  return g.start === i ? i : g.end;
}

/** Create the segmenters and load their data now (idle time), not on the first keystroke. */
export function warmUpSegmenters(locale?: string): void {
  const sample = "Warm up: 日本政府は輸出規制を強化した 👍🏽 e\u0301.";
  snapRange(sample, 2, 20, "word", locale);
  stepBoundary(sample, 5, 1, "end", "word", locale);
}

const SPACE = /\s/;

/**
 * Turn a raw selection [start, end) (UTF-16) into the range to tag: grapheme-safe always,
 * trimmed of surrounding whitespace, and in "word" mode widened to whole words at both ends.
 * Returns null when nothing but whitespace is selected.
 */
export function snapRange(text: string, start: number, end: number, mode: SnapMode, locale?: string): [number, number] | null {
  let s = graphemeFloor(text, Math.min(start, end), locale);
  let e = graphemeCeil(text, Math.max(start, end), locale);
  while (s < e && SPACE.test(text[s] ?? "")) s++;
  while (e > s && SPACE.test(text[e - 1] ?? "")) e--;
  if (s >= e) return null;
  if (mode === "word") {
    const first = segmentAt(text, s, "word", locale);
    if (first.wordLike) s = first.start;
    const last = segmentAt(text, e - 1, "word", locale);
    if (last.wordLike) e = last.end;
  }
  // Word segments are grapheme-aligned, but keep the invariant explicit.
  return [graphemeFloor(text, s, locale), graphemeCeil(text, e, locale)];
}

export type BoundaryKind = "start" | "end";
export type Step = "word" | "grapheme";

/**
 * Next position for a span boundary moved one step in `dir`. A start stops where a word or
 * punctuation mark begins; an end stops where one ends; with step "grapheme" every grapheme
 * boundary counts. Crosses lines when the current one has no further stop. Returns `from`
 * when there is nowhere to go.
 */
export function stepBoundary(text: string, from: number, dir: -1 | 1, kind: BoundaryKind, step: Step, locale?: string): number {
  if (step === "grapheme") {
    if (dir < 0) return from <= 0 ? 0 : graphemeFloor(text, from - 1, locale);
    return from >= text.length ? text.length : segmentAt(text, from, "grapheme", locale).end;
  }
  let [ls, le] = lineAround(text, Math.min(Math.max(from, 0), text.length));
  for (let guard = 0; guard < 10_000; guard++) {
    const stops = lineStops(text, ls, le, kind, locale);
    const found = dir > 0 ? stops.find((p) => p > from) : findLast(stops, (p) => p < from);
    if (found !== undefined) return found;
    if (dir > 0) {
      if (le >= text.length) return from;
      [ls, le] = lineAround(text, le + 1);
    } else {
      if (ls <= 0) return from;
      [ls, le] = lineAround(text, ls - 1);
    }
  }
  return from;
}

function lineStops(text: string, ls: number, le: number, kind: BoundaryKind, locale?: string): number[] {
  const stops: number[] = [];
  if (ls === le) return stops;
  for (const seg of segmenter("word", locale).segment(text.slice(ls, le))) {
    if (/^\s+$/.test(seg.segment)) continue;
    stops.push(ls + (kind === "start" ? seg.index : seg.index + seg.segment.length));
  }
  return stops;
}

function findLast<T>(xs: T[], pred: (x: T) => boolean): T | undefined {
  for (let i = xs.length - 1; i >= 0; i--) {
    const x = at(xs, i);
    if (pred(x)) return x;
  }
  return undefined;
}
