// Layout of one paragraph's highlights: the paragraph cut into segments at every span
// boundary (a sweep over sorted boundaries, O(n log n)), each segment listing the spans that
// cover it, and each span given a "track" (its underline's depth) so that spans which overlap
// in this paragraph never share one. Shorter spans get lower tracks, so a contained span's
// underline always sits closer to the text than its container's. Pending suggestions cut the
// paragraph too, and each segment lists those covering it (they take no track: they are
// drawn on the text itself, not as underlines below it). Pure.
import { lowerBound, OffsetIndex } from "@/lib/domain/text/offsets";
import type { Paragraph } from "./paragraphs";
import type { ClientSpan } from "./span-types";
import { at as itemAt } from "@/lib/domain/at"; // "at" names code-point positions here

export interface Placed {
  span: ClientSpan;
  track: number;
}

/** A pending suggestion as the reader draws it (a ClientSuggestion fits). */
export interface SuggestionMark {
  id: string;
  label: string;
  /** Code-point range in the document, half-open. */
  start: number;
  end: number;
}

export const NO_SUGGESTIONS: readonly SuggestionMark[] = Object.freeze([]);

export interface Segment {
  /** Code-point range in the document, half-open. */
  start: number;
  end: number;
  /** UTF-16 range in the document, half-open. */
  u16Start: number;
  u16End: number;
  /** Covering spans, outermost (highest track) first. */
  covering: Placed[];
  /** Covering suggestions, in the order given. */
  suggestions: readonly SuggestionMark[];
}

export interface ParagraphLayout {
  segments: Segment[];
  /** Number of underline tracks used (0 when no span touches the paragraph). */
  depth: number;
}

interface Clip {
  placed: Placed;
  s: number;
  e: number;
}

export function layoutParagraph(
  para: Paragraph,
  spans: readonly ClientSpan[],
  suggestions: readonly SuggestionMark[] = NO_SUGGESTIONS,
): ParagraphLayout {
  const clips: Clip[] = [];
  for (const span of spans) {
    const s = Math.max(span.start, para.start);
    const e = Math.min(span.end, para.end);
    if (s < e) clips.push({ placed: { span, track: 0 }, s, e });
  }
  const marks = suggestions.filter((m) => Math.max(m.start, para.start) < Math.min(m.end, para.end));
  const depth = assignTracks(clips);
  const toU16 = utf16Mapper(para);
  if (clips.length === 0 && marks.length === 0) {
    const whole =
      para.start < para.end
        ? [{ start: para.start, end: para.end, u16Start: para.u16Start, u16End: para.u16End, covering: [], suggestions: NO_SUGGESTIONS }]
        : [];
    return { segments: whole, depth: 0 };
  }

  const bounds = new Set<number>([para.start, para.end]);
  for (const c of clips) bounds.add(c.s).add(c.e);
  for (const m of marks) bounds.add(Math.max(m.start, para.start)).add(Math.min(m.end, para.end));
  const points = [...bounds].sort((a, b) => a - b);
  const byStart = clips.slice().sort((a, b) => a.s - b.s);
  const byEnd = clips.slice().sort((a, b) => a.e - b.e);
  // A paragraph holds a handful of suggestions: a filter per segment is cheaper than a sweep.
  const marksAt = (at: number) => {
    const on = marks.filter((m) => m.start <= at && at < m.end);
    return on.length ? on : NO_SUGGESTIONS;
  };

  const segments: Segment[] = [];
  let active: Placed[] = []; // kept sorted by track, highest first
  let si = 0;
  let ei = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const at = itemAt(points, i);
    let changed = false;
    while (ei < byEnd.length && itemAt(byEnd, ei).e <= at) {
      const gone = itemAt(byEnd, ei++).placed;
      active = active.filter((p) => p !== gone);
      changed = true;
    }
    while (si < byStart.length && itemAt(byStart, si).s <= at) {
      insertByTrack(active, itemAt(byStart, si++).placed);
      changed = true;
    }
    const last = segments[segments.length - 1];
    const covering = changed || !last ? active.slice() : last.covering;
    const end = itemAt(points, i + 1);
    segments.push({ start: at, end, u16Start: toU16(at), u16End: toU16(end), covering, suggestions: marksAt(at) });
  }
  return { segments, depth };
}

function insertByTrack(active: Placed[], p: Placed): void {
  let i = 0;
  while (i < active.length && itemAt(active, i).track > p.track) i++;
  active.splice(i, 0, p);
}

/**
 * Greedy interval colouring, shortest span first: each span takes the lowest track on which
 * it overlaps nothing already placed. Tracks hold sorted, disjoint intervals (binary search).
 * Returns the number of tracks used.
 */
export function assignTracks(clips: { placed: Placed; s: number; e: number }[]): number {
  const order = clips
    .slice()
    .sort(
      (a, b) =>
        a.placed.span.end - a.placed.span.start - (b.placed.span.end - b.placed.span.start) ||
        a.s - b.s ||
        (a.placed.span.key < b.placed.span.key ? -1 : 1),
    );
  const tracks: { s: number; e: number }[][] = [];
  for (const c of order) {
    let t = 0;
    while (t < tracks.length && collides(itemAt(tracks, t), c.s, c.e)) t++;
    if (t === tracks.length) tracks.push([]);
    insertInterval(itemAt(tracks, t), c.s, c.e);
    c.placed.track = t;
  }
  return tracks.length;
}

/** Last interval starting before `e`, if it ends after `s`, overlaps [s, e). */
function collides(track: { s: number; e: number }[], s: number, e: number): boolean {
  const lo = lowerBound(track, e, (t) => t.s);
  const before = lo > 0 ? track[lo - 1] : undefined;
  return before !== undefined && before.e > s;
}

function insertInterval(track: { s: number; e: number }[], s: number, e: number): void {
  let i = track.length;
  while (i > 0 && itemAt(track, i - 1).s > s) i--;
  track.splice(i, 0, { s, e });
}

/** Code point → UTF-16 inside one paragraph; O(1) when the paragraph has no astral characters. */
function utf16Mapper(para: Paragraph): (cp: number) => number {
  if (para.u16End - para.u16Start === para.end - para.start) return (cp) => para.u16Start + (cp - para.start);
  const index = new OffsetIndex(para.text);
  return (x) => para.u16Start + index.toUtf16(x - para.start);
}
