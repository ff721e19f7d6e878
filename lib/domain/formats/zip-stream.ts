// Streaming zip writer over fflate: each entry is compressed as it arrives and its bytes
// are yielded before the next entry is read, so memory holds one entry at a time.
import { Zip, ZipDeflate, strToU8 } from "fflate";

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
}

const FIXED_MTIME = new Date(2000, 0, 1);

export async function* zipStream(
  entries: AsyncIterable<ZipEntryInput> | Iterable<ZipEntryInput>,
  options: ZipStreamOptions = {},
): AsyncGenerator<Uint8Array> {
  const pending: Uint8Array[] = [];
  let failure: Error | null = null;
  // ZipDeflate is synchronous: the callback has run for all of an entry once push returns.
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else pending.push(chunk);
  });
  const drain = function* () {
    if (failure) throw failure;
    while (pending.length) yield pending.shift()!;
  };
  for await (const entry of entries) {
    const file = new ZipDeflate(entry.name, { level: options.level ?? 6 });
    file.mtime = options.mtime ?? FIXED_MTIME;
    zip.add(file);
    file.push(typeof entry.content === "string" ? strToU8(entry.content) : entry.content, true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
