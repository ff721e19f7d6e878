import "server-only";
import zlib from "node:zlib";
import { Zip, type ZipInputFile } from "fflate";
import type { ZipEntryInput } from "@/lib/domain/formats/zip-stream";

// The same streamed zip as lib/domain/formats/zip-stream.ts (fflate's container, one entry
// in memory at a time, fixed timestamps), with each entry compressed by Node's native zlib
// instead of fflate's JavaScript deflate. brat writes a small .txt and .ann per document and
// layer (60,000 entries on the bench corpus): fflate took ~40 s there. Native zlib costs
// mostly its per-call setup, so an entry whose content equals the previous text entry's
// (the same document's text again, for its next layer) reuses that compressed data.

const FIXED_MTIME = new Date(2000, 0, 1);

interface Compressed {
  content: string | Uint8Array;
  crc: number;
  size: number;
  data: ReturnType<typeof zlib.deflateRawSync>;
}

function compress(content: string | Uint8Array, level: number): Compressed {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { content, crc: zlib.crc32(bytes), size: bytes.length, data: zlib.deflateRawSync(bytes, { level }) };
}

export async function* nativeZipStream(
  entries: AsyncIterable<ZipEntryInput> | Iterable<ZipEntryInput>,
  level = 6,
): AsyncGenerator<Uint8Array> {
  const pending: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else pending.push(chunk);
  });
  let lastText: Compressed | null = null;
  for await (const entry of entries) {
    const isText = entry.name.endsWith(".txt");
    const c: Compressed = isText && lastText?.content === entry.content ? lastText : compress(entry.content, level);
    if (isText) lastText = c;
    const file: ZipInputFile = { filename: entry.name, size: c.size, crc: c.crc, compression: 8, mtime: FIXED_MTIME };
    zip.add(file);
    file.ondata!(null, c.data, true);
    if (failure) throw failure;
    while (pending.length) yield pending.shift()!;
  }
  zip.end();
  if (failure) throw failure;
  while (pending.length) yield pending.shift()!;
}
