// brat standoff export as a streamed zip: <doc>.txt + <doc>.ann per document, then
// manifest.json (each file's metadata, in the shape the text/brat import reads),
// annotation.conf and visual.conf. Files are named by the document's title (made safe for
// file systems, made unique). brat has no annotator layers: when a document carries spans
// of several layers, each layer becomes its own brat document <doc>--<layer>.
import type { Span } from "../spans/spans";
import { SPAN_EXTENTS, createBratSchema, renderBratAnn } from "./brat-ann";
import { renderAnnotationConf, renderVisualConf } from "./brat-conf";
import type { CorpusDocument, CorpusProject, DocumentSource } from "./corpus";
import { compareStrings } from "./span-order";
import { type ZipEntryInput, type ZipStreamOptions, zipStream } from "./zip-stream";
import { layerUserId, userLayer } from "../spans/layers";

export function encodeBrat(project: CorpusProject, docs: DocumentSource, options: ZipStreamOptions = {}): AsyncGenerator<Uint8Array> {
  return zipStream(listBratEntries(project, docs), options);
}

/** The files of a brat export, in order; exposed so tests can read them without unzipping. */
export async function* listBratEntries(project: CorpusProject, docs: DocumentSource): AsyncGenerator<ZipEntryInput> {
  const schema = createBratSchema(project);
  const used = new Set<string>();
  const manifest: Record<string, unknown>[] = [];
  const emails = new Map((project.users ?? []).map((u) => [u.id, u.email]));
  for await (const doc of docs) {
    for (const { base, spans } of bratDocuments(doc, used)) {
      const { ann, extents } = renderBratAnn(doc.text, spans, schema);
      yield { name: `${base}.txt`, content: doc.text };
      yield { name: `${base}.ann`, content: ann };
      const exact = Object.keys(extents).length ? { [SPAN_EXTENTS]: extents } : {};
      manifest.push({ file: `${base}.txt`, ...manifestRecord(doc), ...layerRecord(spans, emails), ...exact });
    }
  }
  yield { name: "manifest.json", content: JSON.stringify({ documents: manifest }, null, 1) + "\n" };
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
  // Unique before the layer suffix, so import can read the layer back from the name's end.
  const name = uniqueName(titleName(doc.title) || safeName(doc.id), used);
  if (layers.length <= 1) return [{ base: name, spans: doc.spans }];
  return layers.map((layer) => ({ base: `${name}--${safeName(layer)}`, spans: byLayer.get(layer)! }));
}

/** The metadata the import's manifest reader takes (manifest-parse.ts, document-meta.ts). */
function manifestRecord(doc: CorpusDocument) {
  return {
    id: doc.id,
    title: doc.title,
    outlet: doc.outlet,
    perspective: doc.perspective,
    language: doc.language,
    publishedAt: doc.publishedAt,
    url: doc.url,
    sha256: doc.sha256,
  };
}

/**
 * The layer of a brat document's spans, so an import puts them back in it: "gold", or
 * "user:<email>" (an email maps to the same person on another Parallax instance).
 */
function layerRecord(spans: Span[], emails: Map<string, string>): { layer?: string } {
  const layer = spans[0]?.layer;
  if (layer === undefined) return {};
  const userId = layerUserId(layer);
  return { layer: userId === null ? layer : userLayer(emails.get(userId) ?? userId) };
}

function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "_") || "document";
}

/**
 * A file name from a title: letters and digits of any script kept (NFC), every other run
 * of characters one "_", at most 80 code points, no leading dot, no "--" (which marks a
 * layer suffix).
 */
function titleName(title: string): string {
  const cleaned = title
    .normalize("NFC")
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "_")
    .replace(/^_+|_+$/g, "");
  return Array.from(cleaned).slice(0, 80).join("").replace(/_+$/, "");
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  // Case-insensitively: the zip may be unpacked on a case-insensitive file system.
  for (let k = 2; used.has(candidate.toLowerCase()); k++) candidate = `${name}-${k}`;
  used.add(candidate.toLowerCase());
  return candidate;
}
