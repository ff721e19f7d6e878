// One document's annotator layers as the agreement code consumes them: validation and
// per-label character coverage. Offsets are code points, ranges half-open. Pure.
import type { Range } from "./overlap-pairs";
import { mergeCoverage } from "./span-coverage";
import type { LabelledRange } from "./span-matching";

/** Annotator id → that annotator's spans in one document (an empty list still counts: they found nothing). */
export type AnnotatorLayers = ReadonlyMap<string, readonly LabelledRange[]>;

/** label → one merged coverage per annotator (in `annotators` order; empty when they never used the label). */
export function coveragesByLabel(
  labels: readonly string[],
  annotators: readonly string[],
  layers: AnnotatorLayers,
): Map<string, Range[][]> {
  const coverages = new Map<string, Range[][]>();
  for (const label of labels)
    coverages.set(
      label,
      annotators.map(() => []),
    );
  annotators.forEach((annotator, i) => {
    const byLabel = new Map<string, Range[]>();
    for (const s of layers.get(annotator) as readonly LabelledRange[]) {
      const list = byLabel.get(s.label);
      if (list) list.push(s);
      else byLabel.set(s.label, [s]);
    }
    for (const [label, spans] of byLabel) (coverages.get(label) as Range[][])[i] = mergeCoverage(spans);
  });
  return coverages;
}

export function labelsOf(layers: AnnotatorLayers): Set<string> {
  const labels = new Set<string>();
  for (const spans of layers.values()) for (const s of spans) labels.add(s.label);
  return labels;
}

/** Throws a RangeError naming the document and annotator for a repeated document or a span outside it. */
export function checkLayers(docId: string, length: number, layers: AnnotatorLayers, seen: ReadonlySet<string>): void {
  if (seen.has(docId)) throw new RangeError(`document ${docId} was already added`);
  if (!Number.isInteger(length) || length < 0) throw new RangeError(`document ${docId}: length ${length} is not a whole number ≥ 0`);
  for (const [annotator, spans] of layers) {
    for (const s of spans) {
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end <= s.start || s.end > length) {
        throw new RangeError(`document ${docId}, annotator ${annotator}: span [${s.start}, ${s.end}) is not inside [0, ${length})`);
      }
    }
  }
}
