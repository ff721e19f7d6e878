// Plain .txt files (each one document) with an optional CSV or JSON manifest for their
// metadata. Also the base of the brat import, which adds spans from .ann files.
import type { ImportOptions, ImportResult, ImportedDocument, ImportedSpan } from "./corpus";
import { readDocumentMeta } from "./document-meta";
import { buildImportedDocument, prepareText } from "./import-document";
import { type SpanContext, createSpanContext } from "./import-span";
import { type Manifest, type ManifestEntry, parseManifest } from "./manifest-parse";
import { ProblemList } from "./problem-list";
import { compareStrings } from "./span-order";

export interface TextFilesOptions extends ImportOptions {
  /** Metadata file; when absent, a file named manifest.json or manifest.csv is used. */
  manifest?: { name: string; content: string };
}

/** Reads the spans of one text file; `base` is its path without ".txt", `manifestRecord` its manifest entry. */
export type SpanReader = (base: string, ctx: SpanContext, manifestRecord?: Record<string, unknown>) => ImportedSpan[];

export function parseTextFiles(files: Record<string, string>, options: TextFilesOptions): ImportResult {
  return readTextFiles(files, options, new ProblemList(options.maxProblems));
}

export function readTextFiles(
  files: Record<string, string>,
  options: TextFilesOptions,
  problems: ProblemList,
  spans?: { read: SpanReader; owns: (name: string) => boolean },
): ImportResult {
  const names = Object.keys(files).sort(compareStrings);
  const manifestFile = options.manifest ?? findManifest(names, files);
  const manifest = manifestFile ? parseManifest(manifestFile.name, manifestFile.content, problems) : new Map<string, ManifestEntry>();
  const documents: ImportedDocument[] = [];
  const ignored: string[] = [];
  for (const name of names) {
    if (isReadme(name)) {
      ignored.push(name);
      continue;
    }
    if (!/\.txt$/i.test(name)) {
      if (name !== manifestFile?.name && !isIgnorable(name) && !spans?.owns(name)) ignored.push(name);
      continue;
    }
    const where = `file ${name}`;
    const doc = prepareText(files[name], where, problems);
    if (!doc) continue;
    const base = name.replace(/\.txt$/i, "");
    const entry = lookup(manifest, name);
    const meta = readDocumentMeta(entry?.record ?? {}, basename(base), entry?.where ?? where, problems);
    const read = spans ? spans.read(base, createSpanContext(doc, problems, options.labels), entry?.record) : [];
    // Our brat export's manifest names each file's layer ("gold", "user:<email or id>").
    const layer = entry?.record.layer;
    if (typeof layer === "string" && /^(gold|user:.+)$/.test(layer)) for (const s of read) s.layer ??= layer;
    documents.push(buildImportedDocument(doc, meta, read, { sourceName: name }, options.hashText));
  }
  if (ignored.length) {
    const shown = ignored.slice(0, 5).join(", ") + (ignored.length > 5 ? `, and ${ignored.length - 5} more` : "");
    problems.info(
      `Ignored ${ignored.length} file${ignored.length === 1 ? "" : "s"} that ${ignored.length === 1 ? "is" : "are"} not a document: ${shown}.`,
    );
  }
  for (const [file, entry] of manifest) {
    if (!entry.used) problems.add(entry.where, `no text file named ${JSON.stringify(file)}`);
  }
  return { documents, propositions: [], ...problems.report() };
}

function findManifest(names: string[], files: Record<string, string>) {
  const name = names.find((n) => /^manifest\.(json|csv)$/i.test(basename(n)));
  return name === undefined ? undefined : { name, content: files[name] ?? "" }; // name is one of its keys
}

/** By exact path first, then by bare file name (a zip may add a folder the manifest omits). */
function lookup(manifest: Manifest, name: string) {
  const entry = manifest.get(name) ?? manifest.get(basename(name));
  if (entry) entry.used = true;
  return entry;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** README, LICENSE and the like travel with corpora (brat's own examples) and are not documents, even as .txt. */
function isReadme(name: string): boolean {
  return /^(readme|license|licence|copying|notice|authors|changelog|changes)([._-].*)?$/i.test(basename(name));
}

/** brat configuration files and hidden files are expected beside texts and never documents. */
function isIgnorable(name: string): boolean {
  return /\.conf$/i.test(name) || basename(name).startsWith(".");
}
