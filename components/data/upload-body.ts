import { zipSync } from "fflate";

/**
 * The request body for an import: the single file as is, or, for brat and plain text, the
 * chosen files zipped here (a folder's relative paths are kept, so .txt and .ann pair up).
 */
export async function uploadBody(files: File[], archive: boolean): Promise<{ ok: true; blob: Blob } | { ok: false; message: string }> {
  if (files.length === 0) return { ok: false, message: "Choose a file." };
  if (files.length === 1 && (!archive || /\.zip$/i.test(files[0].name))) return { ok: true, blob: files[0] };
  if (!archive) return { ok: false, message: "Choose one file." };
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) {
    const name = (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;
    entries[name] = new Uint8Array(await f.arrayBuffer());
  }
  const zipped = zipSync(entries, { level: 1 });
  return { ok: true, blob: new Blob([zipped], { type: "application/zip" }) };
}
