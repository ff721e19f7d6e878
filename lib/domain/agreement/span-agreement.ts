// Span-level agreement between annotators, accumulated one document at a time so a
// worker can stream a whole project through it. Two families of figures:
//  - span matching (precision/recall/F1, exact and overlap) for every pair of annotators;
//  - Krippendorff's alpha over code points: per label, each character is a unit whose
//    value is "inside a span of this label" or not. "Overall" pools the labels (sums
//    their coincidence matrices), i.e. units are (character, label) pairs.
// Corpus figures sum counts across documents before dividing, never average ratios.
// Offsets are code points, ranges half-open [start, end). Pure.
import { checkLayers, coveragesByLabel, labelsOf, type AnnotatorLayers } from "./annotator-layers";
import type { Range } from "./overlap-pairs";
import {
  accumulateCoincidences,
  alphaFromCoincidences,
  countCoincidences,
  countPairTable,
  emptyCoincidences,
  kappaFromPairTable,
  type BinaryCoincidences,
  type PairTable,
} from "./span-coverage";
import {
  accumulateCounts,
  emptyCounts,
  matchSpans,
  scoreCounts,
  type LabelledRange,
  type MatchCounts,
  type MatchScores,
} from "./span-matching";
import { at } from "../at";

export interface LabelAgreement {
  alpha: number | null;
  overlap: MatchScores;
  exact: MatchScores;
}

/** Figures for one pair; matching scores `second` against `first` (F1 is symmetric). */
export interface PairAgreement {
  first: string;
  second: string;
  documents: number;
  overlap: MatchScores;
  exact: MatchScores;
  /** Cohen's kappa over (character, label) units of the documents both annotated. */
  kappa: number | null;
}

export interface DocumentAgreement {
  docId: string;
  length: number;
  annotators: number;
  spans: number;
  /** Pooled span alpha over the labels of the project and of this document. */
  alpha: number | null;
  /** Micro F1 (overlap matching) over every pair of this document's annotators. */
  f1: number | null;
}

export interface AgreementResult {
  documents: number;
  overall: LabelAgreement;
  byLabel: Record<string, LabelAgreement>;
  pairs: PairAgreement[];
  /** Least agreement first (see compareDocumentAgreement). */
  perDocument: DocumentAgreement[];
}

interface LabelState {
  /** `values` unused here: every label's unit count is the accumulator's pairableValues. */
  coincidences: BinaryCoincidences;
  overlap: MatchCounts;
  exact: MatchCounts;
}

interface PairState {
  first: string;
  second: string;
  documents: number;
  characters: number;
  table: PairTable;
  overlap: MatchCounts;
  exact: MatchCounts;
}

export class AgreementAccumulator {
  private readonly labels = new Set<string>();
  private readonly projectLabels: readonly string[];
  /** Σ length × annotators over documents with ≥ 2 annotators: the unit count of every label. */
  private pairableValues = 0;
  private readonly labelStates = new Map<string, LabelState>();
  private readonly pairStates = new Map<string, PairState>();
  private readonly documents: DocumentAgreement[] = [];
  private readonly docIds = new Set<string>();

  /** `labels`: the project's label set, so a label nobody used still counts its agreement on "absent". */
  constructor(options: { labels?: readonly string[] } = {}) {
    this.projectLabels = [...new Set(options.labels ?? [])].sort();
    for (const label of this.projectLabels) this.labelState(label);
  }

  addDocument(docId: string, length: number, layers: AnnotatorLayers): DocumentAgreement {
    checkLayers(docId, length, layers, this.docIds);
    this.docIds.add(docId);
    const annotators = [...layers.keys()].sort();
    const docLabels = [...new Set([...this.projectLabels, ...labelsOf(layers)])].sort();
    const coverages = coveragesByLabel(docLabels, annotators, layers);
    const docCoincidences = emptyCoincidences();
    for (const label of docLabels) {
      const counts = countCoincidences(length, coverages.get(label) as Range[][]);
      accumulateCoincidences(this.labelState(label).coincidences, counts);
      accumulateCoincidences(docCoincidences, counts);
    }
    if (annotators.length >= 2) this.pairableValues += length * annotators.length;
    const docOverlap = this.addPairs(annotators, layers, docLabels, coverages, length);
    const document: DocumentAgreement = {
      docId,
      length,
      annotators: annotators.length,
      spans: annotators.reduce((n, a) => n + (layers.get(a) as readonly LabelledRange[]).length, 0),
      alpha: alphaFromCoincidences(docCoincidences),
      f1: scoreCounts(docOverlap).f1,
    };
    this.documents.push(document);
    return document;
  }

  result(): AgreementResult {
    const labels = [...this.labels].sort();
    const byLabel: Record<string, LabelAgreement> = {};
    const pooled = { coincidences: emptyCoincidences(), overlap: emptyCounts(), exact: emptyCounts() };
    for (const label of labels) {
      const state = this.labelState(label);
      const coincidences = { ...state.coincidences, values: this.pairableValues };
      byLabel[label] = summarizeLabel(coincidences, state);
      accumulateCoincidences(pooled.coincidences, coincidences);
      accumulateCounts(pooled.overlap, state.overlap);
      accumulateCounts(pooled.exact, state.exact);
    }
    const pairs = [...this.pairStates.values()]
      .sort((x, y) => compareText(x.first, y.first) || compareText(x.second, y.second))
      .map((p) => summarizePair(p, labels.length));
    return {
      documents: this.documents.length,
      overall: summarizeLabel(pooled.coincidences, pooled),
      byLabel,
      pairs,
      perDocument: [...this.documents].sort(compareDocumentAgreement),
    };
  }

  /** Matches and 2×2 tables for every pair of the document's annotators; returns the document's pooled overlap counts. */
  private addPairs(
    annotators: readonly string[],
    layers: AnnotatorLayers,
    docLabels: readonly string[],
    coverages: ReadonlyMap<string, Range[][]>,
    length: number,
  ): MatchCounts {
    const docOverlap = emptyCounts();
    for (let i = 0; i < annotators.length; i++) {
      for (let j = i + 1; j < annotators.length; j++) {
        const [a, b] = [at(annotators, i), at(annotators, j)];
        const pair = this.pairState(a, b);
        const first = layers.get(a) as readonly LabelledRange[];
        const second = layers.get(b) as readonly LabelledRange[];
        const overlap = matchSpans(first, second, "overlap");
        const exact = matchSpans(first, second, "exact");
        this.addLabelCounts(overlap.byLabel, exact.byLabel);
        accumulateCounts(pair.overlap, overlap.overall);
        accumulateCounts(pair.exact, exact.overall);
        accumulateCounts(docOverlap, overlap.overall);
        for (const label of docLabels) {
          const coverage = coverages.get(label) as Range[][];
          const table = countPairTable(at(coverage, i), at(coverage, j)); // one coverage per annotator
          pair.table.both += table.both;
          pair.table.onlyFirst += table.onlyFirst;
          pair.table.onlySecond += table.onlySecond;
        }
        pair.documents++;
        pair.characters += length;
      }
    }
    return docOverlap;
  }

  private addLabelCounts(overlap: Record<string, MatchCounts>, exact: Record<string, MatchCounts>): void {
    for (const [label, counts] of Object.entries(overlap)) accumulateCounts(this.labelState(label).overlap, counts);
    for (const [label, counts] of Object.entries(exact)) accumulateCounts(this.labelState(label).exact, counts);
  }

  private labelState(label: string): LabelState {
    let state = this.labelStates.get(label);
    if (!state) {
      state = { coincidences: emptyCoincidences(), overlap: emptyCounts(), exact: emptyCounts() };
      this.labelStates.set(label, state);
      this.labels.add(label);
    }
    return state;
  }

  private pairState(first: string, second: string): PairState {
    const key = `${first}\u0000${second}`;
    let state = this.pairStates.get(key);
    if (!state) {
      const table = { both: 0, onlyFirst: 0, onlySecond: 0 };
      state = { first, second, documents: 0, characters: 0, table, overlap: emptyCounts(), exact: emptyCounts() };
      this.pairStates.set(key, state);
    }
    return state;
  }
}

/** Lowest alpha first, then lowest F1; documents with undefined figures last; then by id. */
export function compareDocumentAgreement(a: DocumentAgreement, b: DocumentAgreement): number {
  return compareNullable(a.alpha, b.alpha) || compareNullable(a.f1, b.f1) || compareText(a.docId, b.docId);
}

function summarizeLabel(coincidences: BinaryCoincidences, counts: { overlap: MatchCounts; exact: MatchCounts }): LabelAgreement {
  return { alpha: alphaFromCoincidences(coincidences), overlap: scoreCounts(counts.overlap), exact: scoreCounts(counts.exact) };
}

function summarizePair(p: PairState, labelCount: number): PairAgreement {
  return {
    first: p.first,
    second: p.second,
    documents: p.documents,
    overlap: scoreCounts(p.overlap),
    exact: scoreCounts(p.exact),
    kappa: kappaFromPairTable(p.table, p.characters * labelCount),
  };
}

function compareNullable(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a - b;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
