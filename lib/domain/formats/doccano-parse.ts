// doccano JSONL import, in the shapes doccano really writes:
// - sequence labelling: {"text", "label": [[start, end, label], ...]} (export and import);
// - the relation project export: {"text", "entities": [{id, label, start_offset,
//   end_offset}], "relations": [{id, from_id, to_id, type}]}: relations are counted, not imported;
// - doccano 1.x exports named the text "data"; a project's column_data setting may name it
//   anything (pass textField). Text classification labels (strings) are counted, not imported.
// The report says which text field and which span key were read. Offsets are UTF-16 code
// units unless unit "codepoint" is given; a line that states "offset_unit" (as our export
// does) overrides the option.
import { OffsetIndex } from "../text/offsets";
import type { ImportOptions, ImportResult, ImportedDocument, ImportedSpan } from "./corpus";
import { readDocumentMeta, deriveTitle } from "./document-meta";
import { buildImportedDocument, prepareText } from "./import-document";
import { type SpanCandidate, checkImportedSpan, createSpanContext } from "./import-span";
import { isRecord, readJsonLines } from "./json-lines";
import { type OffsetUnit, rangeToCodePoints } from "./offset-units";
import { ProblemList } from "./problem-list";

export interface DoccanoImportOptions extends ImportOptions {
  unit?: OffsetUnit;
  /** The key holding the text (doccano's column_data). Default: "text", else "data". */
  textField?: string;
}

export function parseDoccano(input: string, options: DoccanoImportOptions): ImportResult {
  const problems = new ProblemList(options.maxProblems);
  const documents: ImportedDocument[] = [];
  for (const { line, value } of readJsonLines(input, problems)) {
    const where = `line ${line}`;
    if (!isRecord(value)) {
      problems.add(where, "each line must be a JSON object");
      continue;
    }
    const textField = options.textField ?? (typeof value.text === "string" ? "text" : typeof value.data === "string" ? "data" : "text");
    if (value[textField] === undefined) {
      problems.add(
        where,
        `no "${textField}" field holding the text${options.textField ? "" : ' (nor "data"); name the field with textField (doccano\'s column_data)'}`,
      );
      continue;
    }
    const doc = prepareText(value[textField], `${where} ${textField}`, problems);
    if (!doc) continue;
    const spanKey = Array.isArray(value.entities)
      ? "entities"
      : value.label !== undefined
        ? "label"
        : value.labels !== undefined
          ? "labels"
          : null;
    problems.info(`doccano: text read from "${textField}"${spanKey ? `, spans from "${spanKey}"` : ""}.`);
    if (Array.isArray(value.relations)) value.relations.forEach(() => problems.skip("doccano relations"));
    const stated = value.offset_unit;
    const unit: OffsetUnit = stated === "codepoint" || stated === "utf16" ? stated : (options.unit ?? "utf16");
    const meta = readDocumentMeta({ ...(isRecord(value.meta) ? value.meta : {}), ...value }, deriveTitle(doc.text), where, problems);
    const rawIndex = new OffsetIndex(doc.raw);
    const ctx = createSpanContext(doc, problems, options.labels);
    const spans: ImportedSpan[] = [];
    rawSpans(value, where, problems).forEach((c, i) => {
      const spanWhere = `${where} span ${i + 1}`;
      const range = rangeToCodePoints(rawIndex, c.start, c.end, unit);
      if (!range.ok) {
        problems.add(spanWhere, range.message);
        return;
      }
      const span = checkImportedSpan(ctx, { ...c, start: range.start, end: range.end }, spanWhere);
      if (span) spans.push(span);
    });
    const id = value.document_id ?? value.id;
    documents.push(
      buildImportedDocument(
        doc,
        meta,
        spans,
        {
          sourceName: where,
          ...(typeof id === "string" || typeof id === "number" ? { sourceId: String(id) } : {}),
        },
        options.hashText,
      ),
    );
  }
  return { documents, propositions: [], ...problems.report() };
}

function rawSpans(value: Record<string, unknown>, where: string, problems: ProblemList): SpanCandidate[] {
  const list = Array.isArray(value.entities) ? value.entities : (value.label ?? value.labels ?? []);
  if (!Array.isArray(list)) {
    problems.add(where, "label must be an array of [start, end, label]");
    return [];
  }
  const out: SpanCandidate[] = [];
  list.forEach((item, i) => {
    if (Array.isArray(item) && item.length === 3) out.push({ start: item[0], end: item[1], label: item[2] });
    else if (isRecord(item)) out.push({ start: item.start_offset, end: item.end_offset, label: item.label });
    else if (typeof item === "string") problems.skip("text classification labels");
    else problems.add(`${where} span ${i + 1}`, "a span must be [start, end, label] or {start_offset, end_offset, label}");
  });
  return out;
}
