// A zip reader that does not believe the archive's headers. Pure.
//
// The central directory is read first and every limit (entry count, total declared size) is
// enforced before a byte is inflated. Each entry is then inflated in small steps and stopped
// as soon as its output passes the size it declared, so a 1,000-byte entry that would inflate
// to 1 GB costs one step, not minutes of CPU. Sizes and CRC-32 are verified after inflating.
import { Inflate } from "fflate";

export interface ZipEntryInfo {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;

/** Compressed input fed to the inflater per step: deflate expands at most ~1032:1, so one step adds ≤ ~4 MB. */
const STEP = 4096;

/** The entries the central directory lists. Throws ZipFormatError on a broken directory. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("no end of central directory record (is this a zip file?)");
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_EOCD_LOCATOR) {
    const at = Number(view.getBigUint64(eocd - 12, true));
    if (at + 56 > bytes.length || view.getUint32(at, true) !== ZIP64_EOCD)
      throw new ZipFormatError("broken zip64 end of central directory");
    count = Number(view.getBigUint64(at + 32, true));
    offset = Number(view.getBigUint64(at + 48, true));
  }
  const entries: ZipEntryInfo[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL)
      throw new ZipFormatError(`central directory entry ${i + 1} is broken`);
    const flags = view.getUint16(p + 8, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen + extraLen > bytes.length)
      throw new ZipFormatError(`central directory entry ${i + 1} runs past the end of the file`);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const entry: ZipEntryInfo = {
      name: flags & 0x800 ? new TextDecoder().decode(nameBytes) : latin1(nameBytes),
      method: view.getUint16(p + 10, true),
      flags,
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    };
    readZip64Extra(view, p + 46 + nameLen, extraLen, entry);
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function latin1(b: Uint8Array): string {
  let s = "";
  for (const c of b) s += String.fromCharCode(c);
  return s;
}

/** Fields set to 0xFFFFFFFF in the directory are given in the zip64 extra field, in this order. */
function readZip64Extra(view: DataView, start: number, length: number, e: ZipEntryInfo): void {
  for (let q = start; q + 4 <= start + length;) {
    const id = view.getUint16(q, true);
    const size = view.getUint16(q + 2, true);
    if (id === 0x0001) {
      let r = q + 4;
      const next = () => {
        const v = Number(view.getBigUint64(r, true));
        r += 8;
        return v;
      };
      if (e.size === 0xffffffff) e.size = next();
      if (e.compressedSize === 0xffffffff) e.compressedSize = next();
      if (e.localOffset === 0xffffffff) e.localOffset = next();
      return;
    }
    q += 4 + size;
  }
}

/** The entry's bytes, checked against its declared size and CRC-32. Throws ZipFormatError with the reason. */
export function extractEntry(bytes: Uint8Array, e: ZipEntryInfo): Uint8Array {
  if (e.flags & 1) throw new ZipFormatError("the entry is encrypted");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const h = e.localOffset;
  if (h + 30 > bytes.length || view.getUint32(h, true) !== LOCAL) throw new ZipFormatError("its local header is missing or broken");
  const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
  const end = start + e.compressedSize;
  if (end > bytes.length) throw new ZipFormatError("its data runs past the end of the archive");
  const data = bytes.subarray(start, end);
  let out: Uint8Array;
  if (e.method === 0) {
    if (data.length !== e.size) throw new ZipFormatError(`it is stored uncompressed as ${data.length} bytes but declares ${e.size}`);
    out = data.slice();
  } else if (e.method === 8) {
    out = inflateBounded(data, e.size);
  } else {
    throw new ZipFormatError(`compression method ${e.method} is not supported (use deflate or none)`);
  }
  if (crc32(out) !== e.crc) throw new ZipFormatError("its CRC-32 does not match its contents (the archive is corrupt)");
  return out;
}

/** Inflate, stopping as soon as the output passes `declared` bytes. */
function inflateBounded(data: Uint8Array, declared: number): Uint8Array {
  const out = new Uint8Array(declared);
  let written = 0;
  let over = false;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > declared) over = true;
    else out.set(chunk, written);
    written += chunk.length;
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < data.length && !over; i += STEP)
      inflater.push(data.subarray(i, Math.min(i + STEP, data.length)), i + STEP >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    throw new ZipFormatError(`its compressed data is broken (${(err as Error).message})`);
  }
  if (over) throw new ZipFormatError(`it inflates to more than the ${declared} bytes it declares`);
  if (!ended || written !== declared) throw new ZipFormatError(`it inflates to ${written} bytes but declares ${declared}`);
  return out;
}

let table: Uint32Array | null = null;

export function crc32(b: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  // i < b.length and the table has 256 entries: always in range; "?? 0" only satisfies the
  // type, cheaper than at() in a loop over every byte.
  for (let i = 0; i < b.length; i++) c = (table[(c ^ (b[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
