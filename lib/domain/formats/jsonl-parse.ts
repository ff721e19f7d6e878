// Parallax JSONL import: restores documents, spans (with ids, layers and author ids as
// written; the caller maps authors through the header's users, by id or email) and
// propositions with links and reconciliation. Reports every problem, by line number.
import type { CorpusProject, CorpusProposition, ImportOptions, ImportResult, ImportedDocument, ImportedSpan } from "./corpus";
import { readDocumentMeta } from "./document-meta";
import { buildImportedDocument, prepareText } from "./import-document";
import { checkImportedSpan, createSpanContext } from "./import-span";
import { isRecord, readJsonLines } from "./json-lines";
import {
  describeIssues,
  jsonlDocumentSchema,
  jsonlEndSchema,
  jsonlProjectSchema,
  jsonlPropositionSchema,
  jsonlSpanSchema,
} from "./jsonl-schemas";
import { ProblemList } from "./problem-list";

export function parseJsonl(input: string, options: ImportOptions): ImportResult {
  const problems = new ProblemList(options.maxProblems);
  const documents: ImportedDocument[] = [];
  const propositions: { line: number; value: CorpusProposition }[] = [];
  const spanDocument = new Map<string, string>(); // span id → document id
  const documentIds = new Set<string>();
  let project: CorpusProject | undefined;
  let version: number | undefined;
  let first = true;
  let end: { line: number; value: JsonlEnd } | undefined;
  const seen = { documents: 0, spans: 0, propositions: 0 };

  for (const { line, value } of readJsonLines(input, problems)) {
    const where = `line ${line}`;
    const type = isRecord(value) ? value.type : undefined;
    if (first && type !== "project") problems.add(where, 'the first line must be the {"type":"project"} header');
    first = false;
    if (end) problems.add(where, `a line after the end line (line ${end.line})`);
    if (type === "project") {
      const parsed = jsonlProjectSchema.safeParse(value);
      if (!parsed.success) describeIssues(parsed.error).forEach((m) => problems.add(where, m));
      else if (project) problems.add(where, "a second project header");
      else ({ version, ...project } = parsed.data);
    } else if (type === "end") {
      const parsed = jsonlEndSchema.safeParse(value);
      if (!parsed.success) describeIssues(parsed.error).forEach((m) => problems.add(where, m));
      else end = { line, value: parsed.data };
    } else if (type === "document") {
      seen.documents++;
      if (isRecord(value) && Array.isArray(value.spans)) seen.spans += value.spans.length;
      const doc = readDocument(value, where, problems, options);
      if (!doc) continue;
      if (documentIds.has(doc.sourceId!)) {
        problems.add(where, `duplicate document id ${JSON.stringify(doc.sourceId)}`);
        continue;
      }
      documentIds.add(doc.sourceId!);
      for (const s of doc.spans) {
        if (spanDocument.has(s.id!)) problems.add(where, `duplicate span id ${JSON.stringify(s.id)}`);
        else spanDocument.set(s.id!, doc.sourceId!);
      }
      documents.push(doc);
    } else if (type === "proposition") {
      seen.propositions++;
      const parsed = jsonlPropositionSchema.safeParse(value);
      if (!parsed.success) describeIssues(parsed.error).forEach((m) => problems.add(where, m));
      else propositions.push({ line, value: toProposition(parsed.data) });
    } else {
      problems.add(where, `unknown line type ${JSON.stringify(type)}`);
    }
  }
  // A file of blank lines has no first line to complain about: it is not a Parallax export either.
  if (first) problems.add("line 1", 'the file holds no records: the first line must be the {"type":"project"} header');
  checkComplete(version, end?.value, seen, problems);
  checkPropositions(propositions, spanDocument, documentIds, problems);
  return { documents, propositions: propositions.map((p) => p.value), ...problems.report(), project };
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
