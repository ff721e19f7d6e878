// CSV export: one row per span, for spreadsheets and pandas. Offsets are code points.
// Free-text cells are guarded against formula injection (see csv-cell.ts), so the `text`
// cell of a span starting with = + - @ carries an extra leading apostrophe.
import type { Span } from "../spans/spans";
import type { CorpusDocument, CorpusProject, DocumentSource } from "./corpus";
import { formatCsvRow, guardFormula } from "./csv-cell";
import { orderSpans, sortRecordKeys } from "./span-order";

export const CSV_COLUMNS = [
  "document_id",
  "document_title",
  "outlet",
  "perspective",
  "published_at",
  "layer",
  "author",
  "label",
  "start",
  "end",
  "text",
  "attributes",
  "note",
  "created_at",
  "updated_at",
] as const;

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, which Excel needs to read non-ASCII text right. */
  bom?: boolean;
}

export async function* encodeCsv(project: CorpusProject, docs: DocumentSource, options: CsvOptions = {}): AsyncGenerator<string> {
  // Authors appear by email when the project knows them, else by id.
  const emails = new Map((project.users ?? []).map((u) => [u.id, u.email]));
  yield (options.bom ? "\uFEFF" : "") + formatCsvRow([...CSV_COLUMNS]);
  for await (const doc of docs) {
    let chunk = "";
    for (const span of orderSpans(doc.spans)) chunk += formatCsvRow(spanCells(doc, span, emails.get(span.authorId) ?? span.authorId));
    if (chunk) yield chunk;
  }
}

function spanCells(doc: CorpusDocument, span: Span, author: string): (string | number | null)[] {
  return [
    doc.id,
    guardFormula(doc.title),
    guardFormula(doc.outlet),
    doc.perspective,
    doc.publishedAt,
    span.layer,
    guardFormula(author),
    guardFormula(span.label),
    span.start,
    span.end,
    guardFormula(span.text),
    JSON.stringify(sortRecordKeys(span.attributes)),
    guardFormula(span.note),
    span.createdAt ?? null,
    span.updatedAt ?? null,
  ];
}
