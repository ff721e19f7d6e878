// annotation.conf and visual.conf for a brat export, written after the documents so that
// they declare every type, attribute and value that actually occurs.
import type { BratSchema } from "./brat-ann";
import { BRAT_VALUE_ENCODING, toBratName } from "./brat-ann";
import type { CorpusProject } from "./corpus";
import { compareStrings } from "./span-order";

export function renderAnnotationConf(schema: BratSchema): string {
  const attributes = [...schema.attributes.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([name, d]) => {
      const args = `Arg:${[...d.labels].sort(compareStrings).join("|")}`;
      return d.values ? `${name}\t${args}, Value:${[...d.values].sort(compareStrings).join("|")}` : `${name}\t${args}`;
    });
  return [
    "# Written by Parallax.",
    "# Offsets in the .ann files count Unicode code points of the .txt files (NFC text,",
    "# \\n line endings). A span crossing a line break is split there into fragments.",
    "# Document metadata is in manifest.json.",
    BRAT_VALUE_ENCODING,
    "# Boolean attributes are written only when true.",
    "[entities]",
    ...[...schema.entities].sort(compareStrings),
    "",
    "[relations]",
    "# Parallax spans may overlap and nest freely.",
    "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>",
    "",
    "[events]",
    "",
    "[attributes]",
    ...attributes,
    "",
  ].join("\n");
}

export function renderVisualConf(project: CorpusProject): string {
  const labels = project.labels.map((l) => `${toBratName(l.key)} | ${l.name}`);
  const drawing = project.labels.map((l) => `${toBratName(l.key)}\tbgColor:${l.color}`);
  return ["[labels]", ...labels, "", "[drawing]", ...drawing, ""].join("\n");
}
