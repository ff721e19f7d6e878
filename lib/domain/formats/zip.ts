// Reading uploaded zips defensively: no path traversal, bounded entry count and bounded
// uncompressed size (checked before inflating), entries that inflate past their declared size
// or fail their CRC-32 refused; all reported as problems instead of thrown.
import { extractEntry, readCentralDirectory, ZipFormatError, type ZipEntryInfo } from "./zip-read";
import { decodeText } from "./text-decode";
import type { ImportProblem } from "./corpus";

export interface UnzipLimits {
  /** Most entries accepted (directories and skipped metadata included). */
  maxEntries: number;
  /** Most uncompressed bytes in total, as declared by the archive. */
  maxTotalBytes: number;
}

export const DEFAULT_UNZIP_LIMITS: UnzipLimits = { maxEntries: 20_000, maxTotalBytes: 200 * 1024 * 1024 };

export interface UnzipResult {
  /** Files only, by normalized path ("dir/a.txt"). Empty whenever a limit was exceeded. */
  entries: { name: string; bytes: Uint8Array }[];
  problems: ImportProblem[];
}

export function unzipEntries(bytes: Uint8Array, limits: Partial<UnzipLimits> = {}): UnzipResult {
  const { maxEntries, maxTotalBytes } = { ...DEFAULT_UNZIP_LIMITS, ...limits };
  const problems: ImportProblem[] = [];
  let listed: ZipEntryInfo[];
  try {
    listed = readCentralDirectory(bytes);
  } catch (e) {
    return { entries: [], problems: [{ where: "zip", message: `not a readable zip archive: ${(e as Error).message}` }] };
  }
  // Every limit is checked on the directory, before anything is inflated.
  if (listed.length > maxEntries)
    return { entries: [], problems: [{ where: "zip", message: `the archive has more than ${maxEntries} entries` }] };
  const chosen: ZipEntryInfo[] = [];
  let total = 0;
  for (const file of listed) {
    const name = file.name.replace(/\\/g, "/");
    if (name.endsWith("/") || isMetadata(name)) continue;
    const unsafe = unsafePath(name);
    if (unsafe) {
      problems.push({ where: `zip entry ${JSON.stringify(file.name)}`, message: unsafe });
      continue;
    }
    total += file.size;
    if (total > maxTotalBytes)
      return { entries: [], problems: [...problems, { where: "zip", message: `the archive expands to more than ${maxTotalBytes} bytes` }] };
    chosen.push(file);
  }
  // Each entry stops inflating at its declared size, so the total stays within the limit too.
  const entries: { name: string; bytes: Uint8Array }[] = [];
  for (const file of chosen) {
    try {
      entries.push({ name: file.name.replace(/\\/g, "/"), bytes: extractEntry(bytes, file) });
    } catch (e) {
      if (!(e instanceof ZipFormatError)) throw e;
      problems.push({ where: `zip entry ${JSON.stringify(file.name)}`, message: `refused: ${e.message}` });
    }
  }
  // A lying or corrupt entry makes the archive untrustworthy: nothing from it is imported.
  if (entries.length < chosen.length) return { entries: [], problems };
  return { entries, problems };
}

/** Decode entries as strict UTF-8 (BOM dropped); undecodable files become problems. */
export function decodeTextEntries(entries: { name: string; bytes: Uint8Array }[]): {
  files: Record<string, string>;
  problems: ImportProblem[];
  notices: string[];
} {
  const files: Record<string, string> = {};
  const problems: ImportProblem[] = [];
  const utf16: string[] = [];
  for (const { name, bytes } of entries) {
    const decoded = decodeText(bytes);
    if (!decoded.ok) problems.push({ where: `file ${name}`, message: decoded.message });
    else {
      files[name] = decoded.text;
      if (decoded.encoding !== "UTF-8") utf16.push(`${name} (${decoded.encoding})`);
    }
  }
  const notices = utf16.length
    ? [`Decoded as UTF-16 (byte order mark): ${utf16.slice(0, 5).join(", ")}${utf16.length > 5 ? ` and ${utf16.length - 5} more` : ""}.`]
    : [];
  return { files, problems, notices };
}

function unsafePath(name: string): string | null {
  if (name.includes("\0")) return "the entry name contains a NUL character";
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return "absolute paths are not allowed";
  if (name.split("/").some((part) => part === "..")) return "paths containing .. are not allowed";
  return null;
}

/** Archive clutter from macOS and Windows: never documents. */
function isMetadata(name: string): boolean {
  return name.startsWith("__MACOSX/") || /(^|\/)(\.DS_Store|Thumbs\.db)$/.test(name);
}
