// Span validation: offsets, exact text, duplicates. Pure.
import { OffsetIndex } from "../text/offsets";

/** What a span says: label, code-point range [start, end), its exact text, attributes, note. */
export interface SpanFields {
  label: string;
  start: number;
  end: number;
  /** The exact document text over [start, end); checked against the document on every write. */
  text: string;
  attributes: Record<string, unknown>;
  note: string;
}

/** A claim's link to a proposition, as adjudication compares them. */
export interface SpanLink {
  propositionId: string;
  stance: string;
}

/** One string per set of links: equal exactly when two spans link the same propositions with the same stances. */
export function linksKey(links: readonly SpanLink[] | undefined): string {
  if (!links || links.length === 0) return "";
  return links
    .map((l) => `${l.propositionId}=${l.stance}`)
    .sort()
    .join("|");
}

/** A span as stored and served: code points, half-open [start, end). */
export interface Span extends SpanFields {
  id: string;
  authorId: string;
  /** "user:<authorId>" for an annotator's layer, "gold" for the adjudicated layer. */
  layer: string;
  /** Proposition links, when the caller loaded them (adjudication does). */
  links?: readonly SpanLink[];
  version?: number;
  createdAt?: string;
  updatedAt?: string;
}

export type SpanProblem =
  | { code: "offset_not_integer"; message: string }
  | { code: "offset_negative"; message: string }
  | { code: "offset_reversed"; message: string }
  | { code: "span_empty"; message: string }
  | { code: "offset_out_of_range"; message: string }
  | { code: "text_mismatch"; message: string };

/**
 * Check that [start, end) is a non-empty code-point range inside the document and that
 * `text` is exactly the document's text there. Returns null when the span is valid.
 */
export function checkSpanRange(doc: OffsetIndex, start: number, end: number, text: string): SpanProblem | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    return { code: "offset_not_integer", message: "start and end must be whole numbers of code points" };
  }
  if (start < 0 || end < 0) {
    return { code: "offset_negative", message: `offsets must not be negative (start ${start}, end ${end})` };
  }
  if (end < start) {
    return { code: "offset_reversed", message: `end (${end}) is before start (${start})` };
  }
  if (end === start) {
    return { code: "span_empty", message: `the span [${start}, ${end}) is empty` };
  }
  if (end > doc.length) {
    return {
      code: "offset_out_of_range",
      message: `end (${end}) is past the end of the document (${doc.length} code points)`,
    };
  }
  const actual = doc.slice(start, end);
  if (actual !== text) {
    return {
      code: "text_mismatch",
      message: `text does not match the document at [${start}, ${end}): expected ${JSON.stringify(
        truncate(actual),
      )}, got ${JSON.stringify(truncate(text))}`,
    };
  }
  return null;
}

function truncate(s: string, max = 80): string {
  const index = new OffsetIndex(s);
  return index.length <= max ? s : index.slice(0, max) + "…";
}

/** Identity of a span for "same label over the same range in the same layer". */
export function spanKey(s: Pick<Span, "layer" | "label" | "start" | "end">): string {
  return `${s.layer}|${s.label}|${s.start}|${s.end}`;
}

/**
 * Reading order, the one comparator for spans everywhere (server, exports, the workspace's
 * list and j/k): by start, then longer spans first (so containers precede what they contain),
 * then label by UTF-16 code units, which unlike localeCompare is the same on every machine
 * and in the browser, so exports stay reproducible and the list matches the server's order.
 */
export function compareSpans(a: Pick<Span, "start" | "end" | "label">, b: Pick<Span, "start" | "end" | "label">): number {
  return a.start - b.start || b.end - a.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
