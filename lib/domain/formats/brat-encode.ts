// brat standoff export as a streamed zip: <doc>.txt + <doc>.ann per document, then
// annotation.conf and visual.conf. brat has no annotator layers: when a document carries
// spans of several layers, each layer becomes its own brat document <doc>--<layer>.
import type { Span } from "../spans";
import { createBratSchema, renderBratAnn } from "./brat-ann";
import { renderAnnotationConf, renderVisualConf } from "./brat-conf";
import type { CorpusDocument, CorpusProject, DocumentSource } from "./corpus";
import { compareStrings } from "./span-order";
import { type ZipEntryInput, type ZipStreamOptions, zipStream } from "./zip-stream";

export function encodeBrat(
  project: CorpusProject,
  docs: DocumentSource,
  options: ZipStreamOptions = {},
): AsyncGenerator<Uint8Array> {
  return zipStream(listBratEntries(project, docs), options);
}

/** The files of a brat export, in order; exposed so tests can read them without unzipping. */
export async function* listBratEntries(project: CorpusProject, docs: DocumentSource): AsyncGenerator<ZipEntryInput> {
  const schema = createBratSchema(project);
  const used = new Set<string>();
  for await (const doc of docs) {
    for (const { base, spans } of bratDocuments(doc, used)) {
      yield { name: `${base}.txt`, content: doc.text };
      yield { name: `${base}.ann`, content: renderBratAnn(doc.text, spans, schema) };
    }
  }
  yield { name: "annotation.conf", content: renderAnnotationConf(schema) };
  yield { name: "visual.conf", content: renderVisualConf(project) };
}

function bratDocuments(doc: CorpusDocument, used: Set<string>): { base: string; spans: Span[] }[] {
  const byLayer = new Map<string, Span[]>();
  for (const s of doc.spans) {
    const list = byLayer.get(s.layer);
    if (list) list.push(s);
    else byLayer.set(s.layer, [s]);
  }
  const layers = [...byLayer.keys()].sort(compareStrings);
  if (layers.length <= 1) return [{ base: uniqueName(safeName(doc.id), used), spans: doc.spans }];
  return layers.map((layer) => ({
    base: uniqueName(`${safeName(doc.id)}--${safeName(layer)}`, used),
    spans: byLayer.get(layer)!,
  }));
}

function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "_") || "document";
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let k = 2; used.has(candidate); k++) candidate = `${name}-${k}`;
  used.add(candidate);
  return candidate;
}
