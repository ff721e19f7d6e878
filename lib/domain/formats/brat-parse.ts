// brat standoff import from a map of file name → content (the caller unzips, see zip.ts):
// each <name>.txt is a document, <name>.ann its spans, an optional manifest its metadata.
// Offsets are code points. A span split into fragments is joined back into one span when
// only whitespace (line breaks) lies between fragments, as our export writes them.
// Attribute values are taken as written, except in archives our own export wrote (its
// annotation.conf carries BRAT_VALUE_ENCODING), whose escapes are undone; then numbers or
// true/false are typed back when the label's attribute schema wants them.
import { validateAttributes } from "../spans/attributes";
import { BRAT_VALUE_ENCODING, recordedExtent, unescapeBratValue } from "./brat-ann";
import { ANY_SPACE } from "./line-breaks";
import { OffsetIndex } from "../text/offsets";
import type { ImportResult, ImportedSpan } from "./corpus";
import { type BratTextBound, readBratLines } from "./brat-lines";
import { type SpanContext, checkImportedSpan } from "./import-span";
import { ProblemList } from "./problem-list";
import { type TextFilesOptions, readTextFiles } from "./text-files";
import { at } from "../at";

export function parseBrat(files: Record<string, string>, options: TextFilesOptions): ImportResult {
  const problems = new ProblemList(options.maxProblems);
  const conf = Object.keys(files).find((n) => /(^|\/)annotation\.conf$/i.test(n));
  const encoded = conf !== undefined && (files[conf] ?? "").includes(BRAT_VALUE_ENCODING);
  for (const name of Object.keys(files)) {
    if (/\.ann$/i.test(name) && files[name.replace(/\.ann$/i, ".txt")] === undefined) {
      problems.add(`file ${name}`, "no .txt file with the same name");
    }
  }
  return readTextFiles(files, options, problems, {
    owns: (name) => /\.ann$/i.test(name),
    read: (base, ctx, manifestRecord) => {
      const name = `${base}.ann`;
      return files[name] === undefined ? [] : readAnn(name, files[name], ctx, encoded, manifestRecord);
    },
  });
}

function readAnn(
  name: string,
  content: string,
  ctx: SpanContext,
  encoded: boolean,
  manifestRecord: Record<string, unknown> | undefined,
): ImportedSpan[] {
  const { problems } = ctx;
  const lines = readBratLines(name, content, problems);
  const known = new Set(lines.textBounds.map((t) => t.id));
  for (const ref of lines.references) {
    if (!known.has(ref.target)) problems.add(ref.where, `refers to ${ref.target}, which is not a text-bound annotation here`);
  }
  const rawIndex = new OffsetIndex(ctx.doc.raw);
  const spans: ImportedSpan[] = [];
  for (const t of lines.textBounds) {
    const joined = joinFragments(t, rawIndex, problems);
    if (!joined) continue;
    // Leading or trailing line breaks that brat fragments cannot hold, from our own manifest.
    const exact = recordedExtent(manifestRecord, t.id, joined, rawIndex);
    const range = exact ? { ...exact, text: undefined } : joined;
    const raw = Object.fromEntries(lines.attributes.get(t.id) ?? []);
    const span = checkImportedSpan(
      ctx,
      {
        label: t.type,
        start: range.start,
        end: range.end,
        text: range.text,
        attributes: typedAttributes(t.type, encoded ? mapValues(raw, (v) => (typeof v === "string" ? unescapeBratValue(v) : v)) : raw),
        note: (lines.notes.get(t.id) ?? []).join("\n"),
        extra: { id: t.id },
      },
      `${t.where} (${t.id})`,
    );
    if (span) spans.push(span);
  }
  return spans;
}

/** One range from the fragments, checking the quoted text (fragments joined by spaces). */
function joinFragments(t: BratTextBound, raw: OffsetIndex, problems: ProblemList) {
  const where = `${t.where} (${t.id})`;
  // A text-bound line has at least one fragment (brat-lines.ts's pattern).
  const [first] = t.fragments;
  if (!first) return null;
  const last = at(t.fragments, t.fragments.length - 1);
  if (t.fragments.length === 1) return { start: first[0], end: first[1], text: t.text };
  for (const [s, e] of t.fragments) {
    if (!(s < e) || e > raw.length) {
      problems.add(where, `fragment [${s}, ${e}) is empty, reversed or past the end (${raw.length} code points)`);
      return null;
    }
  }
  for (let k = 1; k < t.fragments.length; k++) {
    const [prev, next] = [at(t.fragments, k - 1), at(t.fragments, k)];
    const gap = next[0] >= prev[1] ? raw.slice(prev[1], next[0]) : "x";
    if (!ONLY_SPACE.test(gap)) {
      problems.add(where, "a discontinuous span with text between its fragments cannot be imported");
      return null;
    }
  }
  const quoted = t.fragments.map(([s, e]) => raw.slice(s, e)).join(" ");
  if (quoted !== t.text) {
    problems.add(where, `text does not match the document: expected ${JSON.stringify(quoted)}, got ${JSON.stringify(t.text)}`);
    return null;
  }
  return { start: first[0], end: last[1], text: undefined };
}

const ONLY_SPACE = new RegExp(`^[${ANY_SPACE}]*$`, "u");

/** Give values the types the label's schema asks for (brat values are all strings). */
function typedAttributes(label: string, raw: Record<string, unknown>): Record<string, unknown> {
  if (validateAttributes(label, raw).ok) return raw;
  const typed = mapValues(raw, (v) =>
    v === "true" ? true : v === "false" ? false : typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v,
  );
  return validateAttributes(label, typed).ok ? typed : raw;
}

function mapValues(record: Record<string, unknown>, f: (v: unknown) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}
