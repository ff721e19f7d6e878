// Parallax JSONL import: restores documents, spans (with ids, layers and author ids as
// written; the caller maps authors through the header's users, by id or email) and
// propositions with links and reconciliation. Reports every problem, by line number.
import type { CorpusProject, CorpusProposition, ImportOptions, ImportResult, ImportedDocument, ImportedSpan } from "./corpus";
import { readDocumentMeta } from "./document-meta";
import { buildImportedDocument, prepareText } from "./import-document";
import { checkImportedSpan, createSpanContext } from "./import-span";
import { isRecord, readJsonLines, type JsonLine } from "./json-lines";
import {
  describeIssues,
  jsonlDocumentSchema,
  jsonlEndSchema,
  jsonlProjectSchema,
  jsonlPropositionSchema,
  jsonlSpanSchema,
} from "./jsonl-schemas";
import { ProblemList } from "./problem-list";

/** The whole file at once: every document in memory (the unit tests', the CLI's small files). */
export function parseJsonl(input: string, options: ImportOptions): ImportResult {
  const reader = new JsonlReader(options);
  const documents: ImportedDocument[] = [];
  for (const line of readJsonLines(input, reader.problems)) {
    const doc = reader.add(line);
    if (doc) documents.push(doc);
  }
  return { documents, ...reader.finish() };
}

/**
 * The parser one line at a time, so a large file can be read as a stream: `add` returns each
 * checked document as its line is read, and keeps only what later lines are checked against
 * (document and span ids, propositions); `finish` checks the end line and the propositions.
 */
export class JsonlReader {
  readonly problems: ProblemList;
  private readonly propositions: { line: number; value: CorpusProposition }[] = [];
  private readonly spanDocument = new Map<string, string>(); // span id → document id
  private readonly documentIds = new Set<string>();
  private version: number | undefined;
  private first = true;
  private end: { line: number; value: JsonlEnd } | undefined;
  private readonly seen = { documents: 0, spans: 0, propositions: 0 };
  /** The header (line 1), once read: labels, and users for mapping authors. */
  project: CorpusProject | undefined;

  constructor(private readonly options: ImportOptions) {
    this.problems = new ProblemList(options.maxProblems);
  }

  add({ line, value }: JsonLine): ImportedDocument | null {
    const { problems } = this;
    const where = `line ${line}`;
    const type = isRecord(value) ? value.type : undefined;
    if (this.first && type !== "project") problems.add(where, 'the first line must be the {"type":"project"} header');
    this.first = false;
    if (this.end) problems.add(where, `a line after the end line (line ${this.end.line})`);
    if (type === "project") {
      const parsed = jsonlProjectSchema.safeParse(value);
      if (!parsed.success) describeIssues(parsed.error).forEach((m) => problems.add(where, m));
      else if (this.project) problems.add(where, "a second project header");
      else ({ version: this.version, ...this.project } = parsed.data);
    } else if (type === "end") {
      const parsed = jsonlEndSchema.safeParse(value);
      if (!parsed.success) describeIssues(parsed.error).forEach((m) => problems.add(where, m));
      else this.end = { line, value: parsed.data };
    } else if (type === "document") {
      this.seen.documents++;
      if (isRecord(value) && Array.isArray(value.spans)) this.seen.spans += value.spans.length;
      const doc = readDocument(value, where, problems, this.options);
      if (!doc) return null;
      if (this.documentIds.has(doc.sourceId!)) {
        problems.add(where, `duplicate document id ${JSON.stringify(doc.sourceId)}`);
        return null;
      }
      this.documentIds.add(doc.sourceId!);
      for (const s of doc.spans) {
        if (this.spanDocument.has(s.id!)) problems.add(where, `duplicate span id ${JSON.stringify(s.id)}`);
        else this.spanDocument.set(s.id!, doc.sourceId!);
      }
      return doc;
    } else if (type === "proposition") {
      this.seen.propositions++;
      const parsed = jsonlPropositionSchema.safeParse(value);
      if (!parsed.success) describeIssues(parsed.error).forEach((m) => problems.add(where, m));
      else this.propositions.push({ line, value: toProposition(parsed.data) });
    } else {
      problems.add(where, `unknown line type ${JSON.stringify(type)}`);
    }
    return null;
  }

  /** After the last line: everything of the ImportResult but its documents. */
  finish(): Omit<ImportResult, "documents"> {
    // A file of blank lines has no first line to complain about: it is not a Parallax export either.
    if (this.first) this.problems.add("line 1", 'the file holds no records: the first line must be the {"type":"project"} header');
    checkComplete(this.version, this.end?.value, this.seen, this.problems);
    checkPropositions(this.propositions, this.spanDocument, this.documentIds, this.problems);
    return { propositions: this.propositions.map((p) => p.value), ...this.problems.report(), project: this.project };
  }
}

type JsonlEnd = ReturnType<typeof jsonlEndSchema.parse>;

/**
 * A version 2 file ends with counts of what it holds; a file without that line, or holding
 * less, was cut short (a line-boundary truncation leaves every line valid JSON).
 */
function checkComplete(version: number | undefined, end: JsonlEnd | undefined, seen: Omit<JsonlEnd, "type">, problems: ProblemList): void {
  if (version === 1) {
    if (!end) problems.info("A version 1 file has no end line, so it cannot be checked for truncation.");
    return;
  }
  if (version === undefined) return; // the header's own problem is reported
  if (!end) {
    problems.add(
      "end of file",
      `the {"type":"end"} line is missing: the file is truncated (it holds ${seen.documents} documents and ${seen.propositions} propositions); export it again`,
    );
    return;
  }
  for (const key of ["documents", "spans", "propositions"] as const) {
    if (end[key] !== seen[key])
      problems.add("end of file", `the end line counts ${end[key]} ${key} but the file holds ${seen[key]}: it is incomplete or was edited`);
  }
}

function readDocument(value: unknown, where: string, problems: ProblemList, options: ImportOptions): ImportedDocument | null {
  const parsed = jsonlDocumentSchema.safeParse(value);
  if (!parsed.success) {
    describeIssues(parsed.error).forEach((m) => problems.add(where, m));
    return null;
  }
  const d = parsed.data;
  const doc = prepareText(d.text, where, problems);
  if (!doc) return null;
  const meta = readDocumentMeta(d, d.title, where, problems);
  const ctx = createSpanContext(doc, problems, options.labels);
  const spans: ImportedSpan[] = [];
  d.spans.forEach((raw, i) => {
    const spanWhere = `${where} span ${i + 1}`;
    const shape = jsonlSpanSchema.safeParse(raw);
    if (!shape.success || !isRecord(raw)) {
      if (!shape.success) describeIssues(shape.error).forEach((m) => problems.add(spanWhere, m));
      return;
    }
    const { id, authorId, layer, createdAt, updatedAt } = shape.data;
    const span = checkImportedSpan(
      ctx,
      {
        label: raw.label,
        start: raw.start,
        end: raw.end,
        text: raw.text,
        attributes: raw.attributes,
        note: raw.note,
        extra: { id, authorId, layer, createdAt: createdAt ?? undefined, updatedAt: updatedAt ?? undefined },
      },
      `${spanWhere} (id ${id})`,
    );
    if (span) spans.push(span);
  });
  const built = buildImportedDocument(doc, meta, spans, { sourceName: where, sourceId: d.id, status: d.status }, options.hashText);
  if (d.sha256 !== built.sha256) problems.add(where, "sha256 does not match the SHA-256 of the normalized text");
  return built;
}

function toProposition(p: ReturnType<typeof jsonlPropositionSchema.parse>): CorpusProposition {
  const r = p.reconciliation;
  return {
    id: p.id,
    statement: p.statement,
    status: p.status,
    mergedIntoId: p.mergedIntoId,
    links: p.links,
    reconciliation: r && { ...r, updatedAt: r.updatedAt ?? undefined },
    ...(p.createdAt ? { createdAt: p.createdAt } : {}),
  };
}

/** Links must point at spans of this file, in the document they claim to be in. */
function checkPropositions(
  propositions: { line: number; value: CorpusProposition }[],
  spanDocument: Map<string, string>,
  documentIds: Set<string>,
  problems: ProblemList,
): void {
  const ids = new Set(propositions.map((p) => p.value.id));
  const seen = new Set<string>();
  for (const { line, value } of propositions) {
    const where = `line ${line}`;
    if (seen.has(value.id)) problems.add(where, `duplicate proposition id ${JSON.stringify(value.id)}`);
    seen.add(value.id);
    if (value.mergedIntoId && !ids.has(value.mergedIntoId)) {
      problems.add(where, `mergedIntoId ${JSON.stringify(value.mergedIntoId)} is not a proposition in this file`);
    }
    value.links.forEach((link, i) => {
      const owner = spanDocument.get(link.annotationId);
      if (!documentIds.has(link.documentId)) {
        problems.add(`${where} link ${i + 1}`, `document ${JSON.stringify(link.documentId)} is not in this file`);
      } else if (owner === undefined) {
        problems.add(`${where} link ${i + 1}`, `annotation ${JSON.stringify(link.annotationId)} is not an accepted span of this file`);
      } else if (owner !== link.documentId) {
        problems.add(
          `${where} link ${i + 1}`,
          `annotation ${JSON.stringify(link.annotationId)} belongs to document ${JSON.stringify(owner)}`,
        );
      }
    });
  }
}
