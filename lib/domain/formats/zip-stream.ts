// Streaming zip writer over fflate: each entry is compressed as it arrives and its bytes
// are yielded before the next entry is read, so memory holds one entry at a time.
import { Zip, ZipDeflate, strToU8, type ZipInputFile } from "fflate";

export interface ZipEntryInput {
  name: string;
  content: string | Uint8Array;
}

export interface ZipStreamOptions {
  /**
   * Modification time stamped on every entry. Fixed by default so the same corpus gives
   * the same archive; zip stores local time, so pass the export time if that matters more.
   */
  mtime?: Date;
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /**
   * Raw-deflate an entry and give its CRC-32. Defaults to fflate's JavaScript deflate; the
   * server passes Node's native zlib, several times faster on many small entries.
   */
  compress?: (bytes: Uint8Array, level: number) => { crc: number; data: Uint8Array<ArrayBuffer> };
}

const FIXED_MTIME = new Date(2000, 0, 1);

/**
 * Stream a zip, one entry in memory at a time. An entry whose content is identical to the
 * previous one's (the same document text again, for its next layer) reuses its compressed
 * bytes when a `compress` function is given.
 */
export async function* zipStream(
  entries: AsyncIterable<ZipEntryInput> | Iterable<ZipEntryInput>,
  options: ZipStreamOptions = {},
): AsyncGenerator<Uint8Array> {
  const pending: Uint8Array[] = [];
  let failure: Error | null = null;
  // Entries are compressed synchronously: the callback has run for all of an entry once it is added.
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else pending.push(chunk);
  });
  const drain = function* () {
    if (failure) throw failure;
    while (pending.length) yield pending.shift()!;
  };
  const level = options.level ?? 6;
  const mtime = options.mtime ?? FIXED_MTIME;
  type Compressed = { content: ZipEntryInput["content"]; size: number; crc: number; data: Uint8Array<ArrayBuffer> };
  let previous: Compressed | null = null;
  for await (const entry of entries) {
    const bytes = typeof entry.content === "string" ? strToU8(entry.content) : entry.content;
    if (options.compress) {
      const c: Compressed =
        previous?.content === entry.content ? previous : { content: entry.content, size: bytes.length, ...options.compress(bytes, level) };
      previous = c;
      const file: ZipInputFile = { filename: entry.name, size: c.size, crc: c.crc, compression: 8, mtime };
      zip.add(file);
      file.ondata!(null, c.data, true);
    } else {
      const file = new ZipDeflate(entry.name, { level });
      file.mtime = mtime;
      zip.add(file);
      file.push(bytes, true);
    }
    yield* drain();
  }
  zip.end();
  yield* drain();
}
