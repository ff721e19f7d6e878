// Label Studio JSON: an array of tasks, streamed one task per line. Label Studio's
// frontend measures offsets as JavaScript string indices, i.e. UTF-16 code units, so every
// offset is converted from our code points. Each layer becomes one annotation of the task
// (the gold layer flagged ground_truth); notes travel as region meta text. Attributes and
// authors are not exported: Label Studio needs per-region controls for the first and its
// own numeric user ids for the second.
import { OffsetIndex } from "../offsets";
import type { Span } from "../spans";
import type { CorpusDocument, CorpusProject, DocumentSource } from "./corpus";
import { compareStrings, orderSpans } from "./span-order";
import { metaRecord } from "./document-meta";

export async function* encodeLabelStudio(_project: CorpusProject, docs: DocumentSource): AsyncGenerator<string> {
  let first = true;
  yield "[";
  for await (const doc of docs) {
    yield (first ? "\n" : ",\n") + JSON.stringify(buildLabelStudioTask(doc));
    first = false;
  }
  yield "\n]\n";
}

function buildLabelStudioTask(doc: CorpusDocument) {
  const index = new OffsetIndex(doc.text);
  const byLayer = new Map<string, Span[]>();
  for (const span of orderSpans(doc.spans)) {
    const list = byLayer.get(span.layer);
    if (list) list.push(span);
    else byLayer.set(span.layer, [span]);
  }
  return {
    data: {
      text: doc.text,
      ...metaRecord(doc),
    },
    annotations: [...byLayer.entries()]
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([layer, spans]) => ({
        ground_truth: layer === "gold",
        result: spans.map((s) => ({
          id: s.id,
          from_name: "label",
          to_name: "text",
          type: "labels",
          value: { start: index.toUtf16(s.start), end: index.toUtf16(s.end), text: s.text, labels: [s.label] },
          ...(s.note ? { meta: { text: [s.note] } } : {}),
        })),
      })),
  };
}

/** A labeling config matching the export: <Labels name="label"> over <Text name="text">. */
export function buildLabelStudioConfig(project: CorpusProject): string {
  const labels = project.labels.map((l) => `    <Label value="${xml(l.key)}" background="${xml(l.color)}"/>`);
  return [
    "<View>",
    '  <Labels name="label" toName="text">',
    ...labels,
    "  </Labels>",
    '  <Text name="text" value="$text"/>',
    "</View>",
    "",
  ].join("\n");
}

function xml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
