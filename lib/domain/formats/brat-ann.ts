// brat standoff (.ann) for one document. Offsets are code points of the .txt, which is
// what brat counts (Python str indices). brat has no multi-line text-bound span, so a span
// crossing a line break is written as fragments "s1 e1;s2 e2" split at each "\n".
import { OffsetIndex } from "../offsets";
import type { Span } from "../spans";
import type { CorpusProject } from "./corpus";
import { compareSpans } from "../spans";
import { sortRecordKeys } from "./span-order";

/** What annotation.conf must declare: filled in while documents are written. */
export interface BratSchema {
  entities: Set<string>;
  /** Attribute name → labels it appears on, and its values (null for a binary flag). */
  attributes: Map<string, { labels: Set<string>; values: Set<string> | null }>;
}

export function createBratSchema(project: CorpusProject): BratSchema {
  return { entities: new Set(project.labels.map((l) => toBratName(l.key))), attributes: new Map() };
}

/** brat type and attribute names cannot hold whitespace. */
export function toBratName(name: string): string {
  return name.replace(/\s+/g, "_");
}

/**
 * brat attribute values end at whitespace, and annotation.conf separates values with "|"
 * and arguments with ",": each run of those becomes "_".
 */
export function escapeBratValue(value: unknown): string {
  return String(value).trim().replace(/[\s|,]+/g, "_");
}

/** Code-point fragments of [start, end) with every "\n" left out. */
export function splitAtLineBreaks(index: OffsetIndex, start: number, end: number): [number, number][] {
  const fragments: [number, number][] = [];
  let cp = start;
  let fragmentStart = -1;
  for (const ch of index.slice(start, end)) {
    if (ch === "\n") {
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

export function renderBratAnn(text: string, spans: readonly Span[], schema: BratSchema): string {
  const index = new OffsetIndex(text);
  const lines: string[] = [];
  let t = 0;
  let a = 0;
  let n = 0;
  for (const span of [...spans].sort(compareSpans)) {
    const fragments = splitAtLineBreaks(index, span.start, span.end);
    if (fragments.length === 0) continue; // a span of nothing but line breaks
    const type = toBratName(span.label);
    schema.entities.add(type);
    const id = `T${++t}`;
    const offsets = fragments.map(([s, e]) => `${s} ${e}`).join(";");
    const quoted = fragments.map(([s, e]) => index.slice(s, e)).join(" ");
    lines.push(`${id}\t${type} ${offsets}\t${quoted}`);
    for (const [key, value] of Object.entries(sortRecordKeys(span.attributes))) {
      const line = attributeLine(++a, toBratName(key), id, type, value, schema);
      if (line) lines.push(line);
      else a--;
    }
    if (span.note.trim()) lines.push(`#${++n}\tAnnotatorNotes ${id}\t${span.note.trim().replace(/\s*\n\s*/g, " ")}`);
  }
  return lines.length ? lines.join("\n") + "\n" : "";
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
