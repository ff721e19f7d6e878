// Turning imported raw text into a stored-form document: normalization with an offset
// map, size limit, hash.
import { MAX_DOCUMENT_BYTES, emptyTextProblem, utf8ByteLength } from "../text/text";
import type { ImportedDocument, ImportedSpan } from "./corpus";
import type { DocumentMeta } from "./document-meta";
import { type NormalizedText, normalizeWithOffsets } from "./normalize-offsets";
import type { ProblemList } from "./problem-list";
import { hasLoneSurrogate } from "../text/json-guard";

/** Normalize a document text, or report why it can't be one (and return null). */
export function prepareText(raw: unknown, where: string, problems: ProblemList): NormalizedText | null {
  if (typeof raw !== "string") {
    problems.add(where, "text must be a string");
    return null;
  }
  // JSON files can spell a lone surrogate ("\ud800"): it is not text and cannot be stored as UTF-8.
  if (hasLoneSurrogate(raw)) {
    problems.add(where, "the text contains a lone UTF-16 surrogate (not well-formed Unicode)");
    return null;
  }
  const doc = normalizeWithOffsets(raw);
  const empty = emptyTextProblem(doc.text);
  if (empty) {
    problems.add(where, empty);
    return null;
  }
  const bytes = utf8ByteLength(doc.text);
  if (bytes > MAX_DOCUMENT_BYTES) {
    problems.add(where, `the document is too large: ${bytes} bytes of UTF-8, the limit is ${MAX_DOCUMENT_BYTES}`);
    return null;
  }
  return doc;
}

export function buildImportedDocument(
  doc: NormalizedText,
  meta: DocumentMeta,
  spans: ImportedSpan[],
  source: { sourceName: string; sourceId?: string; status?: string },
  hashText: (normalized: string) => string,
): ImportedDocument {
  return {
    ...(source.sourceId !== undefined ? { sourceId: source.sourceId } : {}),
    sourceName: source.sourceName,
    ...meta,
    text: doc.text,
    sha256: hashText(doc.text),
    ...(source.status !== undefined ? { status: source.status } : {}),
    spans,
  };
}
