// The records that flow between the server and the codecs: the server streams
// CorpusDocument / CorpusProposition into encoders, and parsers hand back Imported*
// records plus every problem found. All offsets here are Unicode code points over the
// stored text (NFC, "\n" line endings), half-open [start, end).
import type { Span, SpanFields } from "../spans/spans";
import type { DocumentMeta } from "./document-meta";
import type { LinkStance } from "../propositions/link-stances";

export interface CorpusDocument extends DocumentMeta {
  id: string;
  /** Stored text: NFC, "\n" line endings. */
  text: string;
  /** SHA-256 hex of the UTF-8 bytes of `text`. */
  sha256: string;
  status: string;
  /** Spans of every layer the export asked for. */
  spans: Span[];
}

export interface PropositionLink {
  annotationId: string;
  documentId: string;
  stance: LinkStance;
}

export interface Reconciliation {
  status: string;
  verdict: string;
  summary: string;
  rationale: string;
  evidence: string[];
  version: number;
  updatedAt?: string;
}

export interface CorpusProposition {
  id: string;
  statement: string;
  status: string;
  mergedIntoId: string | null;
  links: PropositionLink[];
  reconciliation: Reconciliation | null;
  createdAt?: string;
}

export interface ProjectLabel {
  key: string;
  name: string;
  color: string;
  hotkey: string;
}

export interface ProjectUser {
  id: string;
  email: string;
  name: string;
}

export interface CorpusProject {
  id: string;
  name: string;
  labels: ProjectLabel[];
  users?: ProjectUser[];
}

/** Encoders accept a database cursor (async) as well as an array (sync). */
export type DocumentSource = AsyncIterable<CorpusDocument> | Iterable<CorpusDocument>;
export type PropositionSource = AsyncIterable<CorpusProposition> | Iterable<CorpusProposition>;

/** One thing wrong with an input; `where` is "line 3", "task 2 result 1", "file a.ann line 4". */
export interface ImportProblem {
  where: string;
  message: string;
}

/**
 * A span as read from a file, already converted to code points over the normalized text
 * and checked against it. Ids, author ids and layers are the source's own: the caller
 * maps them (by id or by email) to its users and mints new ids.
 */
export interface ImportedSpan extends SpanFields {
  id?: string;
  authorId?: string;
  layer?: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface ImportedDocument extends DocumentMeta {
  /** The document's id in the source (JSONL id, doccano/Label Studio document_id), if any. */
  sourceId?: string;
  /** Where it came from: a file name or "line 4". */
  sourceName: string;
  text: string;
  sha256: string;
  status?: string;
  spans: ImportedSpan[];
}

export interface ImportResult {
  documents: ImportedDocument[];
  propositions: CorpusProposition[];
  problems: ImportProblem[];
  /** How many problems there were, also those past the listing cap. */
  problemCount?: number;
  /** What was read and what was left out on purpose (relations, predictions…): not problems. */
  notices?: string[];
  /** The project header of a Parallax JSONL file: labels, and users for mapping authors. */
  project?: CorpusProject;
}

export interface ImportOptions {
  /**
   * SHA-256 (hex) of a normalized text, for ImportedDocument.sha256 and JSONL's hash check:
   * lib/server/documents/text-hash.ts's hashText. Passed in because lib/domain has no crypto of its own.
   */
  hashText: (normalized: string) => string;
  /** Allowed label keys; when given, a span with any other label is a problem. */
  labels?: readonly string[];
  /** Stop recording problems after this many (counting goes on). Default 1000. */
  maxProblems?: number;
  /** Accept labels the project does not have yet (the import creates them): checked for shape only. */
  createLabels?: boolean;
}
