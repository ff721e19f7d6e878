import "server-only";
import { isPerspective, PERSPECTIVES } from "@/lib/domain/projects/perspectives";
import { EXPORT_FORMATS, resolveFormat, type ExportFormat } from "../corpus-formats";
import { invalid } from "../../http/errors";
import { userLayer, parseLayerParam } from "@/lib/domain/spans/layers";

export const DOCUMENT_STATUSES = ["open", "in_adjudication", "adjudicated"] as const;

/** gold, every layer, or one annotator's layer ("user:<userId>"). */
export type ExportLayer = { kind: "gold" } | { kind: "all" } | { kind: "user"; userId: string };

export interface ExportRequest {
  format: ExportFormat;
  layer: ExportLayer;
  /** Document statuses to include; empty means every status. */
  statuses: string[];
  /** Document perspectives to include; empty means every perspective. */
  perspectives: string[];
  /** doccano only: UTF-16 code units (doccano's own unit, the default) or code points. */
  offsetUnit: "utf16" | "codepoint";
  /** CSV only: start with a byte order mark for Excel. */
  bom: boolean;
}

interface Params {
  get(name: string): string | null;
  getAll(name: string): string[];
}

/** `?format=&layer=&status=&perspective=` (status and perspective: repeated or comma-separated). */
export function parseExportRequest(params: Params): ExportRequest {
  const format = resolveFormat(params.get("format"), EXPORT_FORMATS, "export");
  const statuses = listParam(params, "status");
  for (const s of statuses) {
    if (!(DOCUMENT_STATUSES as readonly string[]).includes(s)) {
      throw invalid(`Unknown document status "${s}": use ${DOCUMENT_STATUSES.join(", ")}.`, "status");
    }
  }
  const perspectives = listParam(params, "perspective");
  for (const p of perspectives) {
    if (!isPerspective(p)) throw invalid(`Unknown perspective "${p}": use ${PERSPECTIVES.join(", ")}.`, "perspective");
  }
  const unit = params.get("unit") ?? "utf16";
  if (unit !== "utf16" && unit !== "codepoint") throw invalid('unit must be "utf16" or "codepoint".', "unit");
  return { format, layer: parseLayer(params.get("layer")), statuses, perspectives, offsetUnit: unit, bom: params.get("bom") === "1" };
}

/** The `?layer=` grammar, default "all"; an export has no "mine" (it is not one person's download). */
function parseLayer(value: string | null): ExportLayer {
  const selector = parseLayerParam(value, "all");
  if (selector === null || selector === "mine")
    throw invalid(`Unknown layer "${(value ?? "").trim()}": use gold, all, or an annotator's user id.`, "layer");
  return typeof selector === "string" ? { kind: selector } : { kind: "user", userId: selector.userId };
}

function listParam(params: Params, name: string): string[] {
  const values = params.getAll(name).flatMap((v) => v.split(","));
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== "" && v !== "all"))];
}

export function layerName(layer: ExportLayer): string {
  return layer.kind === "user" ? userLayer(layer.userId) : layer.kind;
}
