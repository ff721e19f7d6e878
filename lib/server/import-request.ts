import "server-only";
import { IMPORT_FORMATS, resolveFormat, type ImportFormat } from "./corpus-formats";
import { invalid } from "./errors";

/** Where spans go whose source names no layer (doccano, brat, Label Studio without authors). */
export type DefaultLayer = "mine" | "gold";

export interface ImportRequest {
  format: ImportFormat;
  /** Import the valid records and report the rest, instead of importing nothing. */
  skipInvalid: boolean;
  defaultLayer: DefaultLayer;
}

/** Uploads above this are refused with 413 before anything is parsed. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export function parseImportRequest(params: { get(name: string): string | null }): ImportRequest {
  const format = resolveFormat(params.get("format"), IMPORT_FORMATS, "import");
  const skip = params.get("skipInvalid") ?? "0";
  if (!["0", "1", "true", "false"].includes(skip)) throw invalid("skipInvalid must be 1 or 0.", "skipInvalid");
  const layer = params.get("layer") ?? "mine";
  if (layer !== "mine" && layer !== "gold") throw invalid('layer must be "mine" (the default) or "gold".', "layer");
  return { format, skipInvalid: skip === "1" || skip === "true", defaultLayer: layer };
}
