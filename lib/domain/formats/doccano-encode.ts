// doccano sequence-labelling JSONL: {"text", "label": [[start, end, label], ...]} plus
// metadata keys, which doccano keeps as document metadata. doccano's annotator counts
// offsets in UTF-16 code units (JavaScript string indices; doccano issue #2290), so that is
// the default unit here; pass unit "codepoint" for Python tools that slice str directly.
// doccano has no attributes, notes, authors or layers: those are not exported, and the
// same [start, end, label] from several layers is written once.
import { OffsetIndex } from "../text/offsets";
import type { CorpusDocument, CorpusProject, DocumentSource } from "./corpus";
import { type OffsetUnit, fromCodePoints } from "./offset-units";
import { compareStrings } from "./span-order";
import { metaRecord } from "./document-meta";

export interface DoccanoOptions {
  unit?: OffsetUnit;
}

export async function* encodeDoccano(_project: CorpusProject, docs: DocumentSource, options: DoccanoOptions = {}): AsyncGenerator<string> {
  for await (const doc of docs) yield JSON.stringify(buildDoccanoRecord(doc, options.unit ?? "utf16")) + "\n";
}

function buildDoccanoRecord(doc: CorpusDocument, unit: OffsetUnit) {
  const index = new OffsetIndex(doc.text);
  const seen = new Set<string>();
  const label: [number, number, string][] = [];
  const sorted = [...doc.spans].sort((a, b) => a.start - b.start || a.end - b.end || compareStrings(a.label, b.label));
  for (const s of sorted) {
    const key = `${s.start}|${s.end}|${s.label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    label.push([fromCodePoints(index, s.start, unit), fromCodePoints(index, s.end, unit), s.label]);
  }
  return {
    text: doc.text,
    label,
    ...metaRecord(doc),
    offset_unit: unit,
  };
}
