import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { encodeJsonl } from "@/lib/domain/formats/jsonl-encode";
import { parseJsonl } from "@/lib/domain/formats/jsonl-parse";
import { DocumentSpill, parseJsonlFile, streamableUtf8 } from "@/lib/server/corpus/import/import-stream";
import { hashText } from "@/lib/server/documents/text-hash";
import { hardDocuments, hardProject, hardPropositions } from "./hard-corpus";
import { collectText, documents, project, propositions, streamDocuments } from "./sample-corpus";

// A Parallax JSONL file read as a stream must give exactly what parseJsonl gives for the whole
// text: the same documents (texts, offsets, hashes), propositions, problems and notices, whatever
// chunk boundaries fall inside a multi-byte character or a CRLF.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-import-stream-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
function write(content: string | Uint8Array): string {
  const file = path.join(dir, `f${n++}.jsonl`);
  fs.writeFileSync(file, content);
  return file;
}

const options = { hashText };
const hardJsonl = () => collectText(encodeJsonl(hardProject, streamDocuments(hardDocuments), () => hardPropositions));
const sampleJsonl = () => collectText(encodeJsonl(project, streamDocuments(documents), () => propositions));

function streamed(file: string, chunk?: number) {
  const read = parseJsonlFile(file, options, chunk);
  if (!read.ok) return read;
  const { documents: spill, ...rest } = read.parsed;
  try {
    return { ok: true as const, result: { documents: [...spill], ...rest } };
  } finally {
    spill.dispose();
  }
}

describe("JSONL import read as a stream", () => {
  it.each([1, 2, 3, 5, 7, 64, 1 << 20])("gives what the whole-file parser gives, read %i bytes at a time", async (chunk) => {
    const text = await hardJsonl(); // emoji, ZWJ sequences, flags, combining marks, CJK, NFD Hangul, CRLF and U+2028 inside strings
    const whole = parseJsonl(text, options);
    expect(whole.problems).toEqual([]);
    const read = streamed(write(text), chunk);
    expect(read.ok && read.result).toEqual(whole);
  });

  it("takes CRLF line endings and a UTF-8 byte order mark", async () => {
    const text = (await sampleJsonl()).replace(/\n/g, "\r\n");
    const read = streamed(write(`\ufeff${text}`), 3);
    expect(read.ok && read.result).toEqual(parseJsonl(text, options));
    expect(read.ok && read.result.documents.length).toBe(documents.length);
  });

  it("reports malformed lines and a truncated file by line, as the whole-file parser does", async () => {
    const lines = (await sampleJsonl()).trimEnd().split("\n");
    const broken = [lines[0], "{not json", ...lines.slice(1, -1)].join("\n"); // no end line
    const read = streamed(write(broken), 4);
    const whole = parseJsonl(broken, options);
    expect(whole.problems.map((p) => p.where)).toEqual(["line 2", "end of file"]);
    expect(read.ok && read.result).toEqual(whole);
  });

  it("names the line of a byte that is not UTF-8, and reads nothing", async () => {
    const lines = (await sampleJsonl()).split("\n");
    const bad = Buffer.concat([Buffer.from(`${lines[0]}\n${lines[1]}\n`), Buffer.from([0x7b, 0xc3, 0x28, 0x7d, 0x0a])]);
    const read = streamed(write(bad), 2);
    expect(read.ok).toBe(false);
    const at = Buffer.byteLength(`${lines[0]}\n${lines[1]}\n`) + 1;
    expect(!read.ok && read.problems).toEqual([
      { where: "line 3", message: `not valid UTF-8 (byte ${at} of the file); save the file as UTF-8 and import it again` },
    ]);
  });

  it("leaves empty files, zips and UTF-16 to the whole-file decoder, which names them", () => {
    expect(streamableUtf8(write(""))).toBe(false);
    expect(streamableUtf8(write(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])))).toBe(false);
    expect(streamableUtf8(write(Buffer.from("\ufeff{}", "utf16le")))).toBe(false);
    expect(streamableUtf8(write(Buffer.from('{"type":"project"}', "utf16le")))).toBe(false);
    expect(streamableUtf8(write('{"type":"project"}\n'))).toBe(true);
    expect(streamableUtf8(write("\ufeff😀 日本\n"))).toBe(true);
  });
});

describe("document spill", () => {
  it("gives its documents back in order, as often as asked, and removes its file when disposed", () => {
    const spill = new DocumentSpill();
    const docs = hardDocuments.map((d, i) => ({
      sourceName: `doc ${i}`,
      title: d.title,
      text: d.text,
      sha256: d.sha256,
      outlet: d.outlet,
      perspective: d.perspective,
      language: d.language,
      publishedAt: d.publishedAt,
      url: d.url,
      spans: d.spans.map((s) => ({ label: s.label, start: s.start, end: s.end, text: s.text, attributes: s.attributes, note: s.note })),
    }));
    docs.forEach((d) => spill.add(d));
    expect([...spill]).toEqual(docs);
    expect([...spill]).toEqual(docs);
    expect(fs.existsSync(spill.dir)).toBe(true);
    spill.dispose();
    expect(fs.existsSync(spill.dir)).toBe(false);
  });
});
