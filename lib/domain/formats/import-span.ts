// The one gate every imported span passes: label, offsets (already in original code
// points), remapping onto the normalized text, exact text, attributes, note.
import { validateAttributes } from "../spans/attributes";
import { OffsetIndex } from "../text/offsets";
import { checkSpanRange } from "../spans/spans";
import { normalizeText } from "../text/text";
import type { ImportedSpan } from "./corpus";
import type { NormalizedText } from "./normalize-offsets";
import type { ProblemList } from "./problem-list";

export interface SpanContext {
  doc: NormalizedText;
  /** Index over doc.text (the normalized text). */
  index: OffsetIndex;
  labels?: readonly string[];
  problems: ProblemList;
}

export interface SpanCandidate {
  label: unknown;
  /** Code points over the original (pre-normalization) text. */
  start: unknown;
  end: unknown;
  /** The quoted text, when the format carries one; checked after normalization. */
  text?: unknown;
  attributes?: unknown;
  note?: unknown;
  extra?: Pick<ImportedSpan, "id" | "authorId" | "layer" | "createdAt" | "updatedAt">;
}

export function createSpanContext(doc: NormalizedText, problems: ProblemList, labels?: readonly string[]): SpanContext {
  return { doc, index: new OffsetIndex(doc.text), labels, problems };
}

/** Returns the span in normalized code points, or null after reporting every problem. */
export function checkImportedSpan(ctx: SpanContext, c: SpanCandidate, where: string): ImportedSpan | null {
  const { problems } = ctx;
  let ok = true;
  const fail = (message: string) => {
    problems.add(where, message);
    ok = false;
  };

  const label = typeof c.label === "string" ? c.label.trim() : "";
  if (!label) fail("label must be a non-empty string");
  else if (ctx.labels && !ctx.labels.includes(label)) fail(`unknown label ${JSON.stringify(label)}`);

  const range = mapRange(ctx, c.start, c.end);
  if (typeof range === "string") fail(range);

  let text = "";
  if (typeof range !== "string") {
    if (c.text !== undefined && typeof c.text !== "string") fail("text must be a string");
    const expected = typeof c.text === "string" ? normalizeText(c.text) : null;
    const problem = checkSpanRange(ctx.index, range.start, range.end, expected ?? "");
    if (problem && !(expected === null && problem.code === "text_mismatch")) fail(problem.message);
    else text = ctx.index.slice(range.start, range.end);
  }

  const attributes = validateAttributes(label, c.attributes);
  if (!attributes.ok) fail(attributes.message);

  if (c.note !== undefined && c.note !== null && typeof c.note !== "string") fail("note must be a string");

  if (!ok || typeof range === "string" || !attributes.ok) return null;
  return {
    ...c.extra,
    label,
    start: range.start,
    end: range.end,
    text,
    attributes: attributes.value,
    note: typeof c.note === "string" ? c.note : "",
  };
}

/** Map original offsets onto the normalized text, or a message when that is impossible. */
function mapRange(ctx: SpanContext, start: unknown, end: unknown): { start: number; end: number } | string {
  if (typeof start !== "number" || typeof end !== "number") return "start and end must be numbers";
  // Worded here, in the source's offsets, since remapped offsets would confuse the reader.
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end > ctx.doc.rawLength) {
    return `end (${end}) is past the end of the document (${ctx.doc.rawLength} code points)`;
  }
  const s = mapOffset(ctx, start);
  const e = mapOffset(ctx, end);
  if (s === null || e === null) {
    const bad = s === null ? start : end;
    return `offset ${bad} falls inside a character sequence that normalization joined (CRLF, or a letter and its combining mark)`;
  }
  return { start: s, end: e };
}

function mapOffset(ctx: SpanContext, n: number): number | null {
  const { doc } = ctx;
  // Out-of-range and fractional offsets pass through so checkSpanRange words the problem.
  if (!Number.isInteger(n) || n < 0) return n;
  if (n > doc.rawLength) return ctx.index.length + (n - doc.rawLength);
  return doc.toNormalized(n);
}
