// brat standoff import from a map of file name → content (the caller unzips, see zip.ts):
// each <name>.txt is a document, <name>.ann its spans, an optional manifest its metadata.
// Offsets are code points. A span split into fragments is joined back into one span when
// only whitespace (line breaks) lies between fragments, as our export writes them.
// Attribute values get "_" turned back into spaces, and numbers or true/false typed back
// when the label's attribute schema wants them.
import { validateAttributes } from "../attributes";
import { OffsetIndex } from "../offsets";
import type { ImportResult, ImportedSpan } from "./corpus";
import { type BratTextBound, readBratLines } from "./brat-lines";
import { type SpanContext, checkImportedSpan } from "./import-span";
import { ProblemList } from "./problem-list";
import { type TextFilesOptions, readTextFiles } from "./text-files";

export function parseBrat(files: Record<string, string>, options: TextFilesOptions = {}): ImportResult {
  const problems = new ProblemList(options.maxProblems);
  for (const name of Object.keys(files)) {
    if (/\.ann$/i.test(name) && files[name.replace(/\.ann$/i, ".txt")] === undefined) {
      problems.add(`file ${name}`, "no .txt file with the same name");
    }
  }
  return readTextFiles(files, options, problems, {
    owns: (name) => /\.ann$/i.test(name),
    read: (base, ctx) => {
      const name = `${base}.ann`;
      return files[name] === undefined ? [] : readAnn(name, files[name], ctx);
    },
  });
}

function readAnn(name: string, content: string, ctx: SpanContext): ImportedSpan[] {
  const { problems } = ctx;
  const lines = readBratLines(name, content, problems);
  const known = new Set(lines.textBounds.map((t) => t.id));
  for (const ref of lines.references) {
    if (!known.has(ref.target)) problems.add(ref.where, `refers to ${ref.target}, which is not a text-bound annotation here`);
  }
  const rawIndex = new OffsetIndex(ctx.doc.raw);
  const spans: ImportedSpan[] = [];
  for (const t of lines.textBounds) {
    const range = joinFragments(t, rawIndex, problems);
    if (!range) continue;
    const raw = Object.fromEntries(lines.attributes.get(t.id) ?? []);
    const span = checkImportedSpan(
      ctx,
      {
        label: t.type,
        start: range.start,
        end: range.end,
        text: range.text,
        attributes: typedAttributes(t.type, raw),
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
  if (t.fragments.length === 1) return { start: t.fragments[0][0], end: t.fragments[0][1], text: t.text };
  for (const [s, e] of t.fragments) {
    if (!(s < e) || e > raw.length) {
      problems.add(where, `fragment [${s}, ${e}) is empty, reversed or past the end (${raw.length} code points)`);
      return null;
    }
  }
  for (let k = 1; k < t.fragments.length; k++) {
    const gap = t.fragments[k][0] >= t.fragments[k - 1][1] ? raw.slice(t.fragments[k - 1][1], t.fragments[k][0]) : "x";
    if (gap.trim() !== "") {
      problems.add(where, "a discontinuous span with text between its fragments cannot be imported");
      return null;
    }
  }
  const quoted = t.fragments.map(([s, e]) => raw.slice(s, e)).join(" ");
  if (quoted !== t.text) {
    problems.add(where, `text does not match the document: expected ${JSON.stringify(quoted)}, got ${JSON.stringify(t.text)}`);
    return null;
  }
  return { start: t.fragments[0][0], end: t.fragments[t.fragments.length - 1][1], text: undefined };
}

/** Undo the export's escaping, then give values the types the label's schema asks for. */
function typedAttributes(label: string, raw: Record<string, string | true>): Record<string, unknown> {
  const spaced = mapValues(raw, (v) => (typeof v === "string" ? v.replace(/_/g, " ") : v));
  if (validateAttributes(label, spaced).ok) return spaced;
  const typed = mapValues(spaced, (v) =>
    v === "true" ? true : v === "false" ? false : typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v,
  );
  return validateAttributes(label, typed).ok ? typed : spaced;
}

function mapValues(record: Record<string, unknown>, f: (v: unknown) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}
