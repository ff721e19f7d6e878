// A manifest gives metadata to plain-text files: CSV with a header row, or JSON as an
// array of records, {"documents": [...]} (the demo corpus's shape), or an object keyed by
// file name. Records name their file in "file" or "filename"; metadata keys are those
// readDocumentMeta accepts (title, outlet, perspective, language, publishedAt, url).
import { parseCsv } from "./csv-parse";
import { isRecord, readJsonFile } from "./json-lines";
import type { ProblemList } from "./problem-list";

export interface ManifestEntry {
  record: Record<string, unknown>;
  where: string;
  used: boolean;
}

export type Manifest = Map<string, ManifestEntry>;

export function parseManifest(name: string, content: string, problems: ProblemList): Manifest {
  const manifest: Manifest = new Map();
  const add = (file: unknown, record: Record<string, unknown>, where: string) => {
    if (typeof file !== "string" || file.trim() === "") return problems.add(where, 'missing "file" (or "filename")');
    const key = file.trim().replace(/^\.\//, "");
    if (manifest.has(key)) return problems.add(where, `a second entry for ${JSON.stringify(key)}`);
    manifest.set(key, { record, where, used: false });
  };
  if (/\.csv$/i.test(name)) readCsvManifest(name, content, problems, add);
  else readJsonManifest(name, content, problems, add);
  return manifest;
}

type Add = (file: unknown, record: Record<string, unknown>, where: string) => void;

function readJsonManifest(name: string, content: string, problems: ProblemList, add: Add): void {
  const parsed = readJsonFile(content, problems, `manifest ${name}`);
  if (!parsed.ok) return;
  const v = parsed.value;
  const list = Array.isArray(v) ? v : isRecord(v) && Array.isArray(v.documents) ? v.documents : null;
  if (list) {
    list.forEach((r, i) => {
      const where = `manifest ${name} entry ${i + 1}`;
      if (!isRecord(r)) problems.add(where, "an entry must be an object");
      else add(r.file ?? r.filename, r, where);
    });
  } else if (isRecord(v)) {
    for (const [file, r] of Object.entries(v)) {
      const where = `manifest ${name} entry ${JSON.stringify(file)}`;
      if (!isRecord(r)) problems.add(where, "an entry must be an object");
      else add(file, r, where);
    }
  } else {
    problems.add(`manifest ${name}`, "expected an array of entries or an object keyed by file name");
  }
}

function readCsvManifest(name: string, content: string, problems: ProblemList, add: Add): void {
  const parsed = parseCsv(content);
  if (!parsed.ok) return problems.add(`manifest ${name}`, parsed.message);
  const [header, ...rows] = parsed.rows;
  if (!header) return problems.add(`manifest ${name}`, "the manifest is empty");
  const columns = header.cells.map((c) => c.trim());
  const fileColumn = columns.findIndex((c) => c === "file" || c === "filename");
  if (fileColumn < 0) return problems.add(`manifest ${name} line ${header.line}`, 'no "file" (or "filename") column');
  for (const row of rows) {
    const where = `manifest ${name} line ${row.line}`;
    if (row.cells.length !== columns.length) {
      problems.add(where, `${row.cells.length} cells where the header has ${columns.length}`);
      continue;
    }
    add(row.cells[fileColumn], Object.fromEntries(columns.map((c, i) => [c, row.cells[i]])), where);
  }
}
