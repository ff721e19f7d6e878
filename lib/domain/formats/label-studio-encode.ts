// Label Studio JSON: an array of tasks, streamed one task per line. Label Studio's
// frontend measures offsets as JavaScript string indices, i.e. UTF-16 code units, so every
// offset is converted from our code points. Each layer becomes one annotation of the task
// (the gold layer flagged ground_truth); notes travel as region meta text. Tasks and
// annotations carry the integer ids Label Studio's converter requires (task["id"]), numbered
// in export order. completed_by is a user object {id, email} (a form Label Studio exports
// and its converter reads), so an import maps each layer back to its annotator by email.
// Attributes are not exported: Label Studio would need per-region controls for them.
import { OffsetIndex } from "../text/offsets";
import type { Span } from "../spans/spans";
import type { CorpusDocument, CorpusProject, DocumentSource } from "./corpus";
import { compareStrings, orderSpans } from "./span-order";
import { metaRecord } from "./document-meta";
import { layerUserId, GOLD_LAYER } from "../spans/layers";

export async function* encodeLabelStudio(project: CorpusProject, docs: DocumentSource): AsyncGenerator<string> {
  const users = [...(project.users ?? [])].sort((a, b) => compareStrings(a.id, b.id));
  const people = new Map(users.map((u, i) => [u.id, { id: i + 1, email: u.email }]));
  const ids = { task: 0, annotation: 0 };
  yield "[";
  for await (const doc of docs) {
    yield (ids.task === 0 ? "\n" : ",\n") + JSON.stringify(buildLabelStudioTask(doc, people, ids));
  }
  yield "\n]\n";
}

type People = Map<string, { id: number; email: string }>;

/** The layer's annotator (the gold layer: the author of its first span). */
function completedBy(layer: string, spans: Span[], people: People) {
  const userId = layerUserId(layer) ?? spans[0]?.authorId;
  return people.get(userId ?? "") ?? null;
}

function buildLabelStudioTask(doc: CorpusDocument, people: People, ids: { task: number; annotation: number }) {
  const index = new OffsetIndex(doc.text);
  const byLayer = new Map<string, Span[]>();
  for (const span of orderSpans(doc.spans)) {
    const list = byLayer.get(span.layer);
    if (list) list.push(span);
    else byLayer.set(span.layer, [span]);
  }
  return {
    id: ++ids.task,
    data: {
      text: doc.text,
      ...metaRecord(doc),
    },
    annotations: [...byLayer.entries()]
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([layer, spans]) => ({
        id: ++ids.annotation,
        completed_by: completedBy(layer, spans, people),
        was_cancelled: false,
        ground_truth: layer === GOLD_LAYER,
        result: spans.map((s) => ({
          id: s.id,
          from_name: "label",
          to_name: "text",
          type: "labels",
          value: { start: index.toUtf16(s.start), end: index.toUtf16(s.end), text: s.text, labels: [s.label] },
          ...(s.note ? { meta: { text: [s.note] } } : {}),
        })),
      })),
    predictions: [],
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
