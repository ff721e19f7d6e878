// Label Studio JSON import: an array of tasks (or one task). Text comes from data.text, or
// data[options.textKey] (the $name of the labeling config's <Text>, e.g. data.ner), or the
// task's only string field; the report says which. Spans come from annotation results of
// type "labels", one span per label of a region; predictions (model pre-annotations) are
// read when options.predictions is set and counted otherwise; relations, choices and other
// result types are counted as not imported. Offsets are UTF-16 code units (JavaScript indices), converted to code
// points; an offset between the halves of a surrogate pair is a problem. Region meta text
// becomes the note.
import { OffsetIndex } from "../text/offsets";
import type { ImportOptions, ImportResult, ImportedDocument, ImportedSpan } from "./corpus";
import { readDocumentMeta, deriveTitle } from "./document-meta";
import { buildImportedDocument, prepareText } from "./import-document";
import { type SpanContext, checkImportedSpan, createSpanContext } from "./import-span";
import { isRecord, readJsonFile } from "./json-lines";
import { rangeToCodePoints } from "./offset-units";
import { ProblemList } from "./problem-list";
import { GOLD_LAYER, userLayer } from "../spans/layers";

export interface LabelStudioImportOptions extends ImportOptions {
  /** The data field holding the text (the $name in the labeling config). Default "text", else the only string field. */
  textKey?: string;
  /** Import predictions too, with no layer of their own (the import's default layer). */
  predictions?: boolean;
}

export function parseLabelStudio(input: string, options: LabelStudioImportOptions): ImportResult {
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
  return { documents, propositions: [], ...problems.report() };
}

function readTask(task: unknown, where: string, problems: ProblemList, options: LabelStudioImportOptions): ImportedDocument | null {
  if (!isRecord(task) || !isRecord(task.data)) {
    problems.add(where, "a task must be an object with a data object");
    return null;
  }
  const textKey = chooseTextKey(task.data, options.textKey);
  if (textKey === null) {
    problems.add(
      where,
      `no data.text field and no single other text field: name the one your labeling config's <Text value="$…"> reads (textField)`,
    );
    return null;
  }
  problems.info(`Label Studio: text read from data.${textKey}.`);
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
  const predictions: unknown[] = Array.isArray(task.predictions) ? task.predictions : [];
  predictions.forEach((p, i) => {
    if (!options.predictions) return problems.skip("predictions (import them with the predictions option)");
    // A prediction has no annotator: its spans go to the import's default layer.
    const unowned = isRecord(p) ? { ...p, completed_by: undefined, ground_truth: false } : p;
    spans.push(...readAnnotation(unowned, `${where} prediction ${i + 1}`, rawIndex, ctx));
  });
  const id = task.data.document_id ?? task.id;
  return buildImportedDocument(
    doc,
    meta,
    spans,
    {
      sourceName: where,
      ...(typeof id === "string" || typeof id === "number" ? { sourceId: String(id) } : {}),
    },
    options.hashText,
  );
}

function readAnnotation(a: unknown, where: string, rawIndex: OffsetIndex, ctx: SpanContext): ImportedSpan[] {
  const { problems } = ctx;
  if (!isRecord(a) || !Array.isArray(a.result)) {
    problems.add(where, "an annotation must have a result array");
    return [];
  }
  const author = authorOf(a.completed_by);
  const layer = a.ground_truth === true ? GOLD_LAYER : author ? userLayer(author) : undefined;
  const spans: ImportedSpan[] = [];
  a.result.forEach((r, i) => {
    const resultWhere = `${where} result ${i + 1}`;
    if (!isRecord(r)) return problems.add(resultWhere, "a result must be an object");
    if (r.type !== "labels" && !(isRecord(r.value) && Array.isArray(r.value.labels))) {
      return problems.skip(r.type === "relation" ? "relations" : `results of type ${JSON.stringify(r.type)}`);
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

function chooseTextKey(data: Record<string, unknown>, asked: string | undefined): string | null {
  if (asked !== undefined) return asked.replace(/^(data\.|\$)/, "");
  if (typeof data.text === "string") return "text";
  const strings = Object.keys(data).filter(
    (k) => typeof data[k] === "string" && !/^(title|outlet|perspective|language|published_at|url|sha256|document_id|id)$/.test(k),
  );
  const [only] = strings;
  return strings.length === 1 && only !== undefined ? only : null;
}

/** Label Studio writes completed_by as a user id, or as a user object in some exports. */
function authorOf(v: unknown): string | undefined {
  if (typeof v === "number" || typeof v === "string") return String(v);
  if (isRecord(v)) return typeof v.email === "string" ? v.email : v.id !== undefined ? String(v.id) : undefined;
  return undefined;
}
