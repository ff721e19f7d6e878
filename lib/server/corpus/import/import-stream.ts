import "server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import type { ImportOptions, ImportProblem, ImportResult, ImportedDocument } from "@/lib/domain/formats/corpus";
import { JsonlReader } from "@/lib/domain/formats/jsonl-parse";
import { parseJsonLine, type JsonLine } from "@/lib/domain/formats/json-lines";
import type { ProblemList } from "@/lib/domain/formats/problem-list";
import { firstInvalidUtf8 } from "@/lib/domain/formats/text-decode";

// A JSONL import read as a stream: the file's lines are parsed as they are read (never the
// whole file as one string), and each checked document is written to a spill file, to be read
// back one at a time while the write transaction plans and writes it. Memory then stays near
// what the checks keep (ids of documents and spans), not ~8x the file; and the parse, the costly
// part, still happens before the transaction, so the write lock is held no longer than before.

const CHUNK = 1 << 20;

/** What parseJsonl returns, with the documents waiting on disk; or the file is not UTF-8 at all. */
export type StreamedJsonl =
  { ok: true; parsed: Omit<ImportResult, "documents"> & { documents: DocumentSpill } } | { ok: false; problems: ImportProblem[] };

/** parseJsonl over a file, a chunk at a time (chunkBytes is for tests of chunk boundaries). */
export function parseJsonlFile(file: string, options: ImportOptions, chunkBytes = CHUNK): StreamedJsonl {
  const reader = new JsonlReader(options);
  const spill = new DocumentSpill();
  const notUtf8: { problem?: ImportProblem } = {};
  try {
    for (const line of readFileJsonLines(file, reader.problems, notUtf8, chunkBytes)) {
      const doc = reader.add(line);
      if (doc) spill.add(doc);
    }
  } catch (e) {
    spill.dispose();
    throw e;
  }
  if (notUtf8.problem) {
    spill.dispose();
    return { ok: false, problems: [notUtf8.problem] };
  }
  return { ok: true, parsed: { ...reader.finish(), documents: spill } };
}

/**
 * Whether `file` can be read as a UTF-8 stream: not empty, not a zip, not UTF-16 (with or
 * without a byte order mark). Anything else goes the whole-file way, whose decoder names the problem.
 */
export function streamableUtf8(file: string): boolean {
  const head = Buffer.alloc(4096);
  const fd = fs.openSync(file, "r");
  try {
    const n = fs.readSync(fd, head, 0, head.length, 0);
    if (n < 2) return false;
    const [a, b] = [head[0], head[1]];
    if ((a === 0x50 && b === 0x4b) || (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return false;
    // Mostly-ASCII UTF-16 without a byte order mark is full of NULs, which JSON text never holds.
    return !head.subarray(0, n).includes(0);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Each non-blank line's parsed JSON, read 1 MB at a time. Malformed lines are problems and
 * skipped; bytes that are not UTF-8 end the reading, with `notUtf8` naming where (then the
 * file is not imported at all, as with the whole-file decoder).
 */
export function* readFileJsonLines(
  file: string,
  problems: ProblemList,
  notUtf8: { problem?: ImportProblem },
  chunkBytes = CHUNK,
): Generator<JsonLine> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }); // drops a UTF-8 BOM
  const fd = fs.openSync(file, "r");
  const buffer = Buffer.alloc(chunkBytes);
  let carry = "";
  let lineNo = 0;
  try {
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, chunkBytes, null);
      let text: string;
      try {
        text = carry + decoder.decode(buffer.subarray(0, n), { stream: n > 0 });
      } catch {
        // Rare and never large (uploads stop at 100 MB): find the byte as the whole-file decoder does.
        const bytes = fs.readFileSync(file);
        const at = firstInvalidUtf8(bytes);
        const line = bytes.subarray(0, at).reduce((k, b) => k + (b === 0x0a ? 1 : 0), 1);
        notUtf8.problem = {
          where: `line ${line}`,
          message: `not valid UTF-8 (byte ${at} of the file); save the file as UTF-8 and import it again`,
        };
        return;
      }
      let from = 0;
      for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", from)) {
        lineNo++;
        const parsed = parseJsonLine(text.slice(from, nl), lineNo, problems);
        if (parsed) yield parsed;
        from = nl + 1;
      }
      carry = text.slice(from);
      if (n === 0) break;
    }
    if (carry !== "") {
      const parsed = parseJsonLine(carry, ++lineNo, problems);
      if (parsed) yield parsed;
    }
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Checked documents on disk, in order (v8-serialized, each after its 4-byte length): written
 * once, then iterable any number of times (the write, and a dry run if the write rolls back).
 */
export class DocumentSpill implements Iterable<ImportedDocument> {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-import-"));
  private readonly file = path.join(this.dir, "documents.bin");
  private readonly fd = fs.openSync(this.file, "w");
  private closed = false;

  add(doc: ImportedDocument): void {
    const body = v8.serialize(doc);
    const head = Buffer.alloc(4);
    head.writeUInt32LE(body.length);
    fs.writeSync(this.fd, head);
    fs.writeSync(this.fd, body);
  }

  *[Symbol.iterator](): Iterator<ImportedDocument> {
    if (!this.closed) {
      fs.closeSync(this.fd);
      this.closed = true;
    }
    const fd = fs.openSync(this.file, "r");
    const head = Buffer.alloc(4);
    let at = 0;
    try {
      while (fs.readSync(fd, head, 0, 4, at) === 4) {
        const body = Buffer.alloc(head.readUInt32LE(0));
        fs.readSync(fd, body, 0, body.length, at + 4);
        at += 4 + body.length;
        yield v8.deserialize(body) as ImportedDocument;
      }
    } finally {
      fs.closeSync(fd);
    }
  }

  dispose(): void {
    if (!this.closed) fs.closeSync(this.fd);
    this.closed = true;
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
