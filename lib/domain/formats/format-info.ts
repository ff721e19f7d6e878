// What each import/export format is, in one table for the UI, the API and the README.
// "offsetUnit" is the unit of the offsets inside the file; we store code points and
// convert at the boundary (offset-units.ts).
export type FormatId = "jsonl" | "w3c" | "brat" | "conll" | "doccano" | "label-studio" | "csv" | "text";

export interface FormatInfo {
  id: FormatId;
  name: string;
  extension: string;
  mimeType: string;
  offsetUnit: "code point" | "UTF-16 code unit" | "token" | "none";
  canImport: boolean;
  canExport: boolean;
  notes: string;
}

export const FORMAT_INFO: Record<FormatId, FormatInfo> = {
  jsonl: {
    id: "jsonl",
    name: "Parallax JSONL",
    extension: ".jsonl",
    mimeType: "application/x-ndjson",
    offsetUnit: "code point",
    canImport: true,
    canExport: true,
    notes:
      "Lossless: text, metadata, hash, every span of every layer with attributes, notes, authors and timestamps, propositions with links and reconciliation. The last line counts what the file holds, so a truncated file is refused.",
  },
  w3c: {
    id: "w3c",
    name: "W3C Web Annotation (JSON-LD)",
    extension: ".jsonld",
    mimeType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    offsetUnit: "code point",
    canImport: false,
    canExport: true,
    notes:
      "AnnotationCollection; targets are urn:parallax:document:<id> with TextQuoteSelector and TextPositionSelector; labels tag, attributes describe, notes comment; propositions as linking annotations, reconciliations as oa:assessing. Document texts and which layer a span is in are not included.",
  },
  brat: {
    id: "brat",
    name: "brat standoff",
    extension: ".zip",
    mimeType: "application/zip",
    offsetUnit: "code point",
    canImport: true,
    canExport: true,
    notes:
      "<title>.txt + <title>.ann per document (per layer when several), manifest.json with metadata and layers, annotation.conf, visual.conf. Spans crossing line breaks become fragments (a span's leading or trailing line breaks are left out); attribute values are escaped reversibly; false booleans are omitted; notes are one line.",
  },
  conll: {
    id: "conll",
    name: "CoNLL-2003 (IOB2)",
    extension: ".conll",
    mimeType: "text/plain",
    offsetUnit: "token",
    canImport: false,
    canExport: true,
    notes:
      "One tag per token, so overlapping spans are dropped (shortest first, then project label order); the count is in the download's X-Parallax-Dropped-Spans header, never in the file. Attributes, notes and layers are not exported.",
  },
  doccano: {
    id: "doccano",
    name: "doccano JSONL",
    extension: ".jsonl",
    mimeType: "application/x-ndjson",
    offsetUnit: "UTF-16 code unit",
    canImport: true,
    canExport: true,
    notes:
      "doccano's annotator counts JavaScript string indices (UTF-16); a code-point variant is available. Labels only: no attributes, notes, authors or layers. Import reads sequence-labelling and relation exports, text in text, data or a column_data field you name.",
  },
  "label-studio": {
    id: "label-studio",
    name: "Label Studio JSON",
    extension: ".json",
    mimeType: "application/json",
    offsetUnit: "UTF-16 code unit",
    canImport: true,
    canExport: true,
    notes:
      "Array of tasks with ids; one annotation per layer with its annotator (completed_by, gold as ground_truth); notes as region meta. Attributes are not exported. Import can read another text field (data.ner…) and predictions.",
  },
  csv: {
    id: "csv",
    name: "CSV (one row per span)",
    extension: ".csv",
    mimeType: "text/csv; charset=utf-8",
    offsetUnit: "code point",
    canImport: false,
    canExport: true,
    notes: "RFC 4180; attributes as JSON; cells starting with = + - @ get a leading ' against formula injection.",
  },
  text: {
    id: "text",
    name: "Plain text files + manifest",
    extension: ".txt",
    mimeType: "text/plain",
    offsetUnit: "none",
    canImport: true,
    canExport: false,
    notes:
      "Each .txt is a document; an optional manifest.json or manifest.csv maps file names to title, outlet, perspective, language, publishedAt and url.",
  },
};
