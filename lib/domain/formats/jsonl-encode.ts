// Parallax JSONL: the lossless native format. One JSON object per line: a project header,
// then one line per document (text, metadata, hash, every span of every requested layer),
// then one line per proposition, then (since version 2) an end line counting documents,
// spans and propositions, so an import can tell a complete file from one cut short at a
// line boundary. Keys are written in a fixed order and spans sorted, so the same corpus
// always gives the same bytes. Offsets are code points.
import type { Span } from "../spans/spans";
import type { CorpusDocument, CorpusProject, CorpusProposition, DocumentSource, PropositionSource } from "./corpus";
import { compareStrings, orderSpans, sortRecordKeys } from "./span-order";

export const JSONL_FORMAT = "parallax-jsonl";
export const JSONL_VERSION = 2;

export async function* encodeJsonl(
  project: CorpusProject,
  docs: DocumentSource,
  propositions?: () => PropositionSource,
): AsyncGenerator<string> {
  yield line(projectRecord(project));
  const end = { type: "end", documents: 0, spans: 0, propositions: 0 };
  for await (const doc of docs) {
    end.documents++;
    end.spans += doc.spans.length;
    yield line(documentRecord(doc));
  }
  if (propositions) {
    for await (const p of propositions()) {
      end.propositions++;
      yield line(propositionRecord(p));
    }
  }
  yield line(end);
}

function line(value: unknown): string {
  return JSON.stringify(value) + "\n";
}

function projectRecord(p: CorpusProject) {
  return {
    type: "project",
    id: p.id,
    name: p.name,
    labels: p.labels.map((l) => ({ key: l.key, name: l.name, color: l.color, hotkey: l.hotkey })),
    users: [...(p.users ?? [])].sort((a, b) => compareStrings(a.id, b.id)).map((u) => ({ id: u.id, email: u.email, name: u.name })),
    format: JSONL_FORMAT,
    version: JSONL_VERSION,
  };
}

function documentRecord(d: CorpusDocument) {
  return {
    type: "document",
    id: d.id,
    title: d.title,
    outlet: d.outlet,
    perspective: d.perspective,
    language: d.language,
    publishedAt: d.publishedAt,
    url: d.url,
    status: d.status,
    sha256: d.sha256,
    text: d.text,
    spans: orderSpans(d.spans).map(spanRecord),
  };
}

function spanRecord(s: Span) {
  return {
    id: s.id,
    label: s.label,
    start: s.start,
    end: s.end,
    text: s.text,
    attributes: sortRecordKeys(s.attributes),
    note: s.note,
    authorId: s.authorId,
    layer: s.layer,
    createdAt: s.createdAt ?? null,
    updatedAt: s.updatedAt ?? null,
  };
}

function propositionRecord(p: CorpusProposition) {
  const r = p.reconciliation;
  return {
    type: "proposition",
    id: p.id,
    statement: p.statement,
    status: p.status,
    mergedIntoId: p.mergedIntoId,
    createdAt: p.createdAt ?? null,
    links: [...p.links]
      .sort((a, b) => compareStrings(a.documentId, b.documentId) || compareStrings(a.annotationId, b.annotationId))
      .map((l) => ({ annotationId: l.annotationId, documentId: l.documentId, stance: l.stance })),
    reconciliation: r && {
      status: r.status,
      verdict: r.verdict,
      summary: r.summary,
      rationale: r.rationale,
      evidence: [...r.evidence],
      version: r.version,
      updatedAt: r.updatedAt ?? null,
    },
  };
}
