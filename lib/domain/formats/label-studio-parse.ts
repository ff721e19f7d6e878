// Label Studio JSON import: an array of tasks (or one task). Text comes from data.text (or
// data[options.textKey]); spans from annotation results of type "labels", one span per
// label of a region. Offsets are UTF-16 code units (JavaScript indices), converted to code
// points; an offset between the halves of a surrogate pair is a problem. Region meta text
// becomes the note.
import { OffsetIndex } from "../offsets";
import type { ImportOptions, ImportResult, ImportedDocument, ImportedSpan } from "./corpus";
import { readDocumentMeta, deriveTitle } from "./document-meta";
import { buildImportedDocument, prepareText } from "./import-document";
import { type SpanContext, checkImportedSpan, createSpanContext } from "./import-span";
import { isRecord, readJsonFile } from "./json-lines";
import { rangeToCodePoints } from "./offset-units";
import { ProblemList } from "./problem-list";

export interface LabelStudioImportOptions extends ImportOptions {
  /** The data field holding the text (the $name in the labeling config). Default "text". */
  textKey?: string;
}

export function parseLabelStudio(input: string, options: LabelStudioImportOptions = {}): ImportResult {
  const problems = new ProblemList(options.maxProblems);
  const documents: ImportedDocument[] = [];
  const parsed = readJsonFile(input, problems);
  if (parsed.ok) {
    const tasks = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
    tasks.forEach((task, i) => {
      const doc = readTask(task, `task ${i + 1}`, problems, options);
      if (doc) documents.push(doc);
    });
  }
  return { documents, propositions: [], problems: problems.toArray() };
}

function readTask(task: unknown, where: string, problems: ProblemList, options: LabelStudioImportOptions): ImportedDocument | null {
  if (!isRecord(task) || !isRecord(task.data)) {
    problems.add(where, "a task must be an object with a data object");
    return null;
  }
  const textKey = options.textKey ?? "text";
  const doc = prepareText(task.data[textKey], `${where} data.${textKey}`, problems);
  if (!doc) return null;
  const meta = readDocumentMeta(task.data, deriveTitle(doc.text), where, problems);
  const rawIndex = new OffsetIndex(doc.raw);
  const ctx = createSpanContext(doc, problems, options.labels);
  const spans: ImportedSpan[] = [];
  // "completions" is what Label Studio 0.x called annotations.
  const annotations = task.annotations ?? task.completions ?? [];
  if (!Array.isArray(annotations)) problems.add(where, "annotations must be an array");
  else {
    annotations.forEach((a, i) => {
      if (isRecord(a) && a.was_cancelled === true) return;
      spans.push(...readAnnotation(a, `${where} annotation ${i + 1}`, rawIndex, ctx));
    });
  }
  const id = task.data.document_id ?? task.id;
  return buildImportedDocument(doc, meta, spans, {
    sourceName: where,
    ...(typeof id === "string" || typeof id === "number" ? { sourceId: String(id) } : {}),
  });
}

function readAnnotation(a: unknown, where: string, rawIndex: OffsetIndex, ctx: SpanContext): ImportedSpan[] {
  const { problems } = ctx;
  if (!isRecord(a) || !Array.isArray(a.result)) {
    problems.add(where, "an annotation must have a result array");
    return [];
  }
  const author = authorOf(a.completed_by);
  const layer = a.ground_truth === true ? "gold" : author ? `user:${author}` : undefined;
  const spans: ImportedSpan[] = [];
  a.result.forEach((r, i) => {
    const resultWhere = `${where} result ${i + 1}`;
    if (!isRecord(r)) return problems.add(resultWhere, "a result must be an object");
    if (r.type !== "labels" && !(isRecord(r.value) && Array.isArray(r.value.labels))) {
      return problems.add(resultWhere, `result type ${JSON.stringify(r.type)} is not imported (only "labels")`);
    }
    if (!isRecord(r.value)) return problems.add(resultWhere, "a result must have a value object");
    const labels = Array.isArray(r.value.labels) ? r.value.labels : [];
    if (labels.length === 0) return problems.add(resultWhere, "a region without labels");
    const range = rangeToCodePoints(rawIndex, r.value.start, r.value.end, "utf16");
    if (!range.ok) return problems.add(resultWhere, range.message);
    const note = isRecord(r.meta) && Array.isArray(r.meta.text) ? r.meta.text.filter((t) => typeof t === "string").join("\n") : "";
    for (const label of labels) {
      const span = checkImportedSpan(
        ctx,
        {
          label,
          start: range.start,
          end: range.end,
          text: r.value.text,
          note,
          extra: {
            ...(typeof r.id === "string" ? { id: labels.length > 1 ? `${r.id}:${label}` : r.id } : {}),
            ...(author ? { authorId: author } : {}),
            ...(layer ? { layer } : {}),
          },
        },
        resultWhere,
      );
      if (span) spans.push(span);
    }
  });
  return spans;
}

/** Label Studio writes completed_by as a user id, or as a user object in some exports. */
function authorOf(v: unknown): string | undefined {
  if (typeof v === "number" || typeof v === "string") return String(v);
  if (isRecord(v)) return typeof v.email === "string" ? v.email : v.id !== undefined ? String(v.id) : undefined;
  return undefined;
}
