// brat standoff (.ann) for one document. Offsets are code points of the .txt, which is
// what brat counts (Python str indices). brat has no multi-line text-bound span, so a span
// crossing a line break is written as fragments "s1 e1;s2 e2" split at each "\n".
import { OffsetIndex } from "../text/offsets";
import type { Span } from "../spans/spans";
import type { CorpusProject } from "./corpus";
import { compareSpans } from "../spans/spans";
import { ANY_SPACE, PYTHON_LINE_BREAK, isLineBreak } from "./line-breaks";
import { sortRecordKeys } from "./span-order";
import { at } from "../at";

/** What annotation.conf must declare: filled in while documents are written. */
export interface BratSchema {
  entities: Set<string>;
  /** Attribute name → labels it appears on, and its values (null for a binary flag). */
  attributes: Map<string, { labels: Set<string>; values: Set<string> | null }>;
}

export function createBratSchema(project: CorpusProject): BratSchema {
  return { entities: new Set(project.labels.map((l) => toBratName(l.key))), attributes: new Map() };
}

const SPACE_RUN = new RegExp(`[${ANY_SPACE}]+`, "gu");
const ANY_BREAK = new RegExp(`[${PYTHON_LINE_BREAK}]`, "u");
/** What an attribute value escapes: brat's separators, our own escape characters, every space. */
const ESCAPED_CHAR = `[%_|,${ANY_SPACE}]`;
const NEEDS_ESCAPE = new RegExp(ESCAPED_CHAR, "u");
const BREAK_RUN = new RegExp(`[${ANY_SPACE}]*[${PYTHON_LINE_BREAK}][${ANY_SPACE}]*`, "gu");

/** brat type and attribute names cannot hold whitespace. */
export function toBratName(name: string): string {
  return name.replace(SPACE_RUN, "_");
}

/**
 * brat attribute values end at whitespace, and annotation.conf separates values with "|"
 * and arguments with ",". Our export writes a space as "_" (readable in brat) and escapes
 * the rest reversibly as %XX: "%", "_", "|", ",", and every other space or line break.
 * annotation.conf says so (BRAT_VALUE_ENCODING), and only then does import decode values:
 * in other brat corpora "_" is an ordinary character (METI_official).
 */
export function escapeBratValue(value: unknown): string {
  if (!NEEDS_ESCAPE.test(String(value))) return String(value);
  return Array.from(String(value), (ch) => (ch === " " ? "_" : ESCAPED.test(ch) ? percentEncode(ch) : ch)).join("");
}

const ESCAPED = new RegExp(`^${ESCAPED_CHAR}$`, "u");

function percentEncode(ch: string): string {
  return Array.from(new TextEncoder().encode(ch), (b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
}

/** The inverse of escapeBratValue, for archives whose annotation.conf carries the marker. */
export function unescapeBratValue(value: string): string {
  return value.replace(/_/g, " ").replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** Written into annotation.conf by our export; import decodes attribute values only when it is there. */
export const BRAT_VALUE_ENCODING = "# Parallax attribute values: _ is a space, %XX escapes % _ | , and other spaces (UTF-8).";

/**
 * Code-point fragments of [start, end) with every line break left out (every character
 * Python's splitlines() breaks on, since brat reads .ann files that way). A span's leading
 * and trailing line breaks are therefore not in any fragment: brat cannot express them, so
 * renderBratAnn reports the exact extent of such spans for the export's manifest.
 */
export function splitAtLineBreaks(index: OffsetIndex, start: number, end: number): [number, number][] {
  // Most spans hold no line break: one regex test instead of one per character.
  if (!ANY_BREAK.test(index.slice(start, end))) return start < end ? [[start, end]] : [];
  const fragments: [number, number][] = [];
  let cp = start;
  let fragmentStart = -1;
  for (const ch of index.slice(start, end)) {
    if (isLineBreak(ch)) {
      if (fragmentStart >= 0) fragments.push([fragmentStart, cp]);
      fragmentStart = -1;
    } else if (fragmentStart < 0) {
      fragmentStart = cp;
    }
    cp++;
  }
  if (fragmentStart >= 0) fragments.push([fragmentStart, end]);
  return fragments;
}

/** A brat document's .ann, and the exact [start, end) of spans whose fragments do not reach their ends. */
export interface RenderedAnn {
  ann: string;
  /** T id → exact extent, for spans that begin or end with a line break (see BratManifestExtents). */
  extents: Record<string, [number, number]>;
}

export function renderBratAnn(text: string, spans: readonly Span[], schema: BratSchema): RenderedAnn {
  const index = new OffsetIndex(text);
  const lines: string[] = [];
  const extents: Record<string, [number, number]> = {};
  let t = 0;
  let a = 0;
  let n = 0;
  for (const span of [...spans].sort(compareSpans)) {
    const fragments = splitAtLineBreaks(index, span.start, span.end);
    if (fragments.length === 0) continue; // a span of nothing but line breaks
    const type = toBratName(span.label);
    schema.entities.add(type);
    const id = `T${++t}`;
    if (at(fragments, 0)[0] !== span.start || at(fragments, fragments.length - 1)[1] !== span.end) extents[id] = [span.start, span.end]; // not empty, see above
    const offsets = fragments.map(([s, e]) => `${s} ${e}`).join(";");
    const quoted = fragments.map(([s, e]) => index.slice(s, e)).join(" ");
    lines.push(`${id}\t${type} ${offsets}\t${quoted}`);
    for (const [key, value] of Object.entries(sortRecordKeys(span.attributes))) {
      const line = attributeLine(++a, toBratName(key), id, type, value, schema);
      if (line) lines.push(line);
      else a--;
    }
    if (span.note.trim()) lines.push(`#${++n}\tAnnotatorNotes ${id}\t${span.note.trim().replace(BREAK_RUN, " ")}`);
  }
  return { ann: lines.length ? lines.join("\n") + "\n" : "", extents };
}

/** `A1\thedged T1` for true flags (false is omitted), `A2\tstance T1 asserts` for values. */
function attributeLine(n: number, name: string, target: string, type: string, value: unknown, schema: BratSchema): string | null {
  if (value === false || value === null || value === undefined || value === "") return null;
  const decl = schema.attributes.get(name) ?? { labels: new Set<string>(), values: value === true ? null : new Set<string>() };
  schema.attributes.set(name, decl);
  decl.labels.add(type);
  if (value === true) return `A${n}\t${name} ${target}`;
  const escaped = escapeBratValue(value);
  decl.values ??= new Set();
  decl.values.add(escaped);
  return `A${n}\t${name} ${target} ${escaped}`;
}

/**
 * The manifest key under which our export records, per brat document, the exact extent of
 * each span that begins or ends with a line break ({"T3": [start, end]}). brat shows such a
 * span without those line breaks; a Parallax import of the archive restores them.
 */
export const SPAN_EXTENTS = "spanExtents";

/**
 * The exact extent recorded for a span, when it is still true of the .ann: it contains the
 * fragments and what it adds at either end is only line breaks. Anything else (an archive
 * edited in brat since, a hand-written manifest) is ignored and the fragments stand.
 */
export function recordedExtent(
  record: Record<string, unknown> | undefined,
  id: string,
  hull: { start: number; end: number },
  text: OffsetIndex,
): { start: number; end: number } | null {
  const extents = record?.[SPAN_EXTENTS];
  if (!extents || typeof extents !== "object" || Array.isArray(extents)) return null;
  const extent = (extents as Record<string, unknown>)[id];
  if (!Array.isArray(extent) || extent.length !== 2 || !extent.every(Number.isSafeInteger)) return null;
  const [start, end] = extent as [number, number];
  if (start < 0 || start > hull.start || end < hull.end || end > text.length) return null;
  const added = Array.from(text.slice(start, hull.start) + text.slice(hull.end, end));
  return added.every(isLineBreak) ? { start, end } : null;
}
