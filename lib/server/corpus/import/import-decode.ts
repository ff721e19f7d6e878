import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { ImportProblem } from "@/lib/domain/formats/corpus";
import { decodeText } from "@/lib/domain/formats/text-decode";
import { DEFAULT_UNZIP_LIMITS, decodeTextEntries, unzipEntries } from "@/lib/domain/formats/zip";
import type { ImportFormat } from "../corpus-formats";

// Bytes (an upload, a file) or a folder (CLI) → what the parsers take: one UTF-8 string for
// JSONL, doccano and Label Studio; a map of file name → UTF-8 text for brat and plain text.

export type ImportSource = { kind: "file"; path: string } | { kind: "folder"; path: string };

/** ok: parse `input`; `problems` found so far (an unsafe zip entry, an undecodable file) come along. */
export type Decoded =
  | { ok: true; input: { text: string } | { files: Record<string, string> }; problems: ImportProblem[]; notices?: string[] }
  | { ok: false; problems: ImportProblem[] };

const ZIP_MAGIC = [0x50, 0x4b]; // "PK"

export function decodeSource(format: ImportFormat, source: ImportSource): Decoded {
  const archive = format === "brat" || format === "text";
  if (source.kind === "folder") {
    if (!archive) return fail("input", `${format} imports one file, not a folder`);
    return decodeFiles(readFolder(source.path));
  }
  const bytes = fs.readFileSync(source.path);
  if (bytes.length === 0) return fail("input", "the file is empty");
  const isZip = bytes[0] === ZIP_MAGIC[0] && bytes[1] === ZIP_MAGIC[1];
  if (archive) {
    if (!isZip)
      return fail(
        "input",
        `a ${format} import is a zip archive of ${format === "brat" ? ".txt and .ann files" : ".txt files and an optional manifest"}; this is not a zip`,
      );
    return decodeFiles(unzipEntries(bytes));
  }
  if (isZip) return fail("input", `this is a zip archive; a ${format} import is a single UTF-8 text file`);
  const decoded = decodeText(bytes);
  if (decoded.ok) {
    const notices =
      decoded.encoding === "UTF-8" ? [] : [`The file is ${decoded.encoding} (it starts with a byte order mark); it was decoded as such.`];
    return { ok: true, input: { text: decoded.text }, problems: [], notices };
  }
  if (decoded.at === undefined || decoded.at < 0) return fail("input", decoded.message);
  const line = bytes.subarray(0, decoded.at).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
  return fail(`line ${line}`, `not valid UTF-8 (byte ${decoded.at} of the file); save the file as UTF-8 and import it again`);
}

function decodeFiles(read: { entries: { name: string; bytes: Uint8Array }[]; problems: ImportProblem[] }): Decoded {
  // unzipEntries returns no entries at all when a limit (count, size) was exceeded.
  if (read.entries.length === 0)
    return read.problems.length ? { ok: false, problems: read.problems } : fail("input", "the archive holds no files");
  const { files, problems, notices } = decodeTextEntries(read.entries);
  return { ok: true, input: { files }, problems: [...read.problems, ...problems], notices };
}

/** A folder read with the same limits as a zip: entry count and total size; symlinks are not followed. */
function readFolder(root: string) {
  const entries: { name: string; bytes: Uint8Array }[] = [];
  const problems: ImportProblem[] = [];
  let total = 0;
  const walk = (dir: string) => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      if (problems.length) return;
      const full = path.join(dir, d.name);
      if (d.isDirectory()) walk(full);
      if (!d.isFile()) continue;
      if (entries.length >= DEFAULT_UNZIP_LIMITS.maxEntries) {
        problems.push({ where: "folder", message: `the folder has more than ${DEFAULT_UNZIP_LIMITS.maxEntries} files` });
        return;
      }
      total += fs.statSync(full).size;
      if (total > DEFAULT_UNZIP_LIMITS.maxTotalBytes) {
        problems.push({ where: "folder", message: `the folder holds more than ${DEFAULT_UNZIP_LIMITS.maxTotalBytes} bytes` });
        return;
      }
      entries.push({ name: path.relative(root, full).split(path.sep).join("/"), bytes: fs.readFileSync(full) });
    }
  };
  walk(root);
  // Like unzipEntries: past a limit, nothing is read.
  return { entries: problems.length ? [] : entries, problems };
}

function fail(where: string, message: string): Decoded {
  return { ok: false, problems: [{ where, message }] };
}
