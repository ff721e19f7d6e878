import "server-only";
import { parseBrat } from "@/lib/domain/formats/brat-parse";
import type { ImportOptions, ImportResult } from "@/lib/domain/formats/corpus";
import { parseDoccano } from "@/lib/domain/formats/doccano-parse";
import { parseJsonl } from "@/lib/domain/formats/jsonl-parse";
import { parseLabelStudio } from "@/lib/domain/formats/label-studio-parse";
import { parseTextFiles } from "@/lib/domain/formats/text-files";
import type { ImportFormat } from "../corpus-formats";
import { GOLD_LAYER, userLayer } from "@/lib/domain/spans/layers";
import { hashText } from "../../documents/text-hash";

export type ParserInput = { text: string } | { files: Record<string, string> };

export interface ParseChoices {
  createLabels?: boolean;
  textField?: string;
  predictions?: boolean;
}

/**
 * Run the format's parser. Every span is checked against the project's label set, unless
 * the import creates missing labels (then import-labels.ts checks their names).
 */
export function parseImport(format: ImportFormat, input: ParserInput, labels: string[], choices: ParseChoices = {}): ImportResult {
  const options = parseOptions(labels, choices);
  if ("text" in input) {
    if (format === "jsonl") return parseJsonl(input.text, options);
    if (format === "doccano") return parseDoccano(input.text, { ...options, textField: choices.textField });
    if (format === "label-studio")
      return parseLabelStudio(input.text, { ...options, textKey: choices.textField, predictions: choices.predictions });
    throw new Error(`${format} takes files, not one text`);
  }
  if (format === "brat") return withBratLayers(parseBrat(input.files, options));
  if (format === "text") return parseTextFiles(input.files, options);
  throw new Error(`${format} takes one text, not files`);
}

/** The parsers' options: with "create labels" on, any well-formed label passes the parse. */
export function parseOptions(labels: string[], choices: ParseChoices): ImportOptions {
  return choices.createLabels ? { hashText } : { hashText, labels };
}

/**
 * Our brat export writes a document with spans in several layers once per layer, as
 * "<doc>--gold.txt" and "<doc>--user_<userId>.txt": give those spans their layer back.
 * (The copies share one text, so the import matches them to one document by hash.)
 */
function withBratLayers(result: ImportResult): ImportResult {
  for (const doc of result.documents) {
    const base = doc.sourceName.replace(/\.txt$/i, "");
    const m = /--(gold|user_([A-Za-z0-9_-]+))$/.exec(base);
    if (!m) continue;
    const layer = m[1] === GOLD_LAYER ? GOLD_LAYER : userLayer(m[2]);
    for (const span of doc.spans) span.layer ??= layer;
  }
  return result;
}
