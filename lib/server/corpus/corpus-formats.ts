import "server-only";
import { FORMAT_INFO, type FormatId } from "@/lib/domain/formats/format-info";
import { invalid } from "../http/errors";

// The format names the API and the CLI accept. "labelstudio" is the spelling of the URL
// (`?format=labelstudio`); FORMAT_INFO calls it "label-studio". Both are accepted.
export const EXPORT_FORMATS = ["jsonl", "w3c", "brat", "conll", "doccano", "label-studio", "csv"] as const satisfies readonly FormatId[];
export const IMPORT_FORMATS = ["jsonl", "doccano", "label-studio", "brat", "text"] as const satisfies readonly FormatId[];

export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The URL spelling of a format id. */
export function formatParam(id: FormatId): string {
  return id === "label-studio" ? "labelstudio" : id;
}

export function resolveFormat<F extends FormatId>(
  value: string | null | undefined,
  allowed: readonly F[],
  purpose: "export" | "import",
): F {
  const names = allowed.map(formatParam).join(", ");
  if (!value) throw invalid(`Choose a format to ${purpose}: format=${allowed.map(formatParam).join("|")}.`, "format");
  const lower = value.trim().toLowerCase();
  const id = (lower === "labelstudio" ? "label-studio" : lower) as F;
  if (!allowed.includes(id)) {
    const other =
      id in FORMAT_INFO ? ` (${FORMAT_INFO[id].name} can${purpose === "export" ? " only be imported" : " only be exported"})` : "";
    throw invalid(`Unknown ${purpose} format "${value}"${other}: use one of ${names}.`, "format");
  }
  return id;
}

/** Content-Type of an export; text types say their charset, since every export is UTF-8. */
export function exportContentType(format: ExportFormat): string {
  const type = FORMAT_INFO[format].mimeType;
  if (format === "jsonl" || format === "doccano") return `${type}; charset=utf-8`;
  return type.startsWith("text/") && !/charset=/i.test(type) ? `${type}; charset=utf-8` : type;
}
