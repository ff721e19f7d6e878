import "server-only";
import { IMPORT_FORMATS, resolveFormat, type ImportFormat } from "../corpus-formats";
import { invalid } from "../../http/errors";
import { parseLayerParam, userIdFromParam } from "@/lib/domain/spans/layers";

/** Where spans go whose source names no layer (doccano, brat, Label Studio without authors). */
export type DefaultLayer = "mine" | "gold";

/**
 * Which layer the imported spans land in: "authored" keeps each span's layer from the file
 * (spans without one go to `defaultLayer`); "gold" puts every span in gold; { userId } puts
 * every span in that annotator's layer (they must be an annotator of the project).
 */
export type ImportTarget = "authored" | "gold" | { userId: string };

export interface ImportRequest {
  format: ImportFormat;
  /** Import the valid records and report the rest, instead of importing nothing. */
  skipInvalid: boolean;
  defaultLayer: DefaultLayer;
  /** Where every span goes; default "authored". */
  target?: ImportTarget;
  /** Create the labels the file uses that the project lacks (else each such span is a problem). */
  createLabels?: boolean;
  /** doccano and Label Studio: the field holding the text (doccano column_data, Label Studio data.<name>). */
  textField?: string;
  /** Label Studio: also import predictions (model pre-annotations), into the default layer. */
  predictions?: boolean;
}

/** Uploads above this are refused with 413 before anything is parsed. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export function parseImportRequest(params: { get(name: string): string | null }): ImportRequest {
  const format = resolveFormat(params.get("format"), IMPORT_FORMATS, "import");
  const skip = params.get("skipInvalid") ?? "0";
  if (!["0", "1", "true", "false"].includes(skip)) throw invalid("skipInvalid must be 1 or 0.", "skipInvalid");
  // The `?layer=` grammar, of which an import's default layer may be only "mine" or "gold".
  const layer = parseLayerParam(params.get("layer"), "mine");
  if (layer !== "mine" && layer !== "gold") throw invalid('layer must be "mine" (the default) or "gold".', "layer");
  const textField = params.get("textField")?.trim() || undefined;
  if (textField !== undefined && !/^[\p{L}\p{N}_.$-]{1,100}$/u.test(textField)) {
    throw invalid("textField must be a field name such as text, ner or data.", "textField");
  }
  if (textField !== undefined && format !== "doccano" && format !== "label-studio") {
    throw invalid("textField applies to doccano and Label Studio imports only.", "textField");
  }
  return {
    format,
    skipInvalid: skip === "1" || skip === "true",
    defaultLayer: layer,
    target: parseTarget(params.get("target")),
    createLabels: readFlag(params, "createLabels"),
    predictions: readFlag(params, "predictions"),
    ...(textField ? { textField } : {}),
  };
}

function parseTarget(raw: string | null): ImportTarget {
  if (raw === null || raw === "" || raw === "authored") return "authored";
  if (raw === "gold") return "gold";
  const id = userIdFromParam(raw);
  if (id === null) throw invalid('target must be "authored", "gold" or an annotator\'s user id.', "target");
  return { userId: id };
}

function readFlag(params: { get(name: string): string | null }, name: string): boolean {
  const v = params.get(name) ?? "0";
  if (!["0", "1", "true", "false"].includes(v)) throw invalid(`${name} must be 1 or 0.`, name);
  return v === "1" || v === "true";
}
