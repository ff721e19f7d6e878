import "server-only";
import zlib from "node:zlib";
import { zipStream, type ZipEntryInput } from "@/lib/domain/formats/zip-stream";

// brat writes a small .txt and .ann per document and layer (60,000 entries on the bench
// corpus): fflate's JavaScript deflate took ~40 s there, Node's native zlib ~6 s.
const nativeDeflate = (bytes: Uint8Array, level: number) => ({
  crc: zlib.crc32(bytes),
  data: zlib.deflateRawSync(bytes, { level }),
});

/** The domain's streamed zip writer, compressing with native zlib. */
export function nativeZipStream(entries: AsyncIterable<ZipEntryInput> | Iterable<ZipEntryInput>): AsyncGenerator<Uint8Array> {
  return zipStream(entries, { compress: nativeDeflate });
}
