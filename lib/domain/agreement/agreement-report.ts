// The project agreement report as the API, the page and the downloads present it: the
// AgreementAccumulator's figures plus names, titles and run statistics. Pure.
import { buildPairMatrix, type PairMatrix } from "./agreement-matrix";
import type { AgreementResult, DocumentAgreement, LabelAgreement, PairAgreement } from "./span-agreement";
import { formatCsvRow, guardFormula } from "../formats/csv-cell";

/** What the agreement worker prints: figures plus what it took to compute them. */
export interface AgreementComputation {
  result: AgreementResult;
  titles: Record<string, string>;
  /** Documents with fewer than two layers marked done: not in the figures. */
  skipped: number;
  spans: number;
  ms: number;
  /** Peak resident memory of the worker process, in kB (process.resourceUsage().maxRSS). */
  maxRssKb: number;
}

export interface AgreementReport {
  projectId: string;
  computedAt: string;
  /** Figures cover documents with at least two layers marked done, and only those layers. */
  documents: number;
  skipped: number;
  annotators: { id: string; name: string }[];
  overall: LabelAgreement;
  byLabel: Record<string, LabelAgreement>;
  pairs: (PairAgreement & { firstName: string; secondName: string })[];
  matrix: PairMatrix;
  /** Least agreement first. */
  perDocument: (DocumentAgreement & { title: string })[];
  stats: { spans: number; ms: number; maxRssMb: number };
}

export function buildAgreementReport(
  projectId: string,
  computation: AgreementComputation,
  names: ReadonlyMap<string, string>,
  computedAt: Date,
): AgreementReport {
  const { result } = computation;
  const ids = [...new Set(result.pairs.flatMap((p) => [p.first, p.second]))];
  const nameOf = (id: string) => names.get(id) ?? id;
  ids.sort((a, b) => nameOf(a).localeCompare(nameOf(b)) || (a < b ? -1 : 1));
  return {
    projectId,
    computedAt: computedAt.toISOString(),
    documents: result.documents,
    skipped: computation.skipped,
    annotators: ids.map((id) => ({ id, name: nameOf(id) })),
    overall: result.overall,
    byLabel: result.byLabel,
    pairs: result.pairs.map((p) => ({ ...p, firstName: nameOf(p.first), secondName: nameOf(p.second) })),
    matrix: buildPairMatrix(result.pairs, ids),
    perDocument: result.perDocument.map((d) => ({ ...d, title: computation.titles[d.docId] ?? d.docId })),
    stats: { spans: computation.spans, ms: computation.ms, maxRssMb: Math.round(computation.maxRssKb / 1024) },
  };
}

const CSV_HEADER = [
  "scope",
  "label",
  "annotator_a",
  "annotator_b",
  "document_id",
  "document_title",
  "documents",
  "annotators",
  "spans",
  "alpha",
  "kappa",
  "f1_overlap",
  "precision_overlap",
  "recall_overlap",
  "tp_overlap",
  "fp_overlap",
  "fn_overlap",
  "f1_exact",
];

const num = (x: number | null | undefined) => (x === null || x === undefined ? "" : Number(x.toFixed(6)));

/** One CSV table, one row per figure group (overall, each label, each pair, each document); empty cells where a figure doesn't apply. */
export function agreementCsv(report: AgreementReport): string {
  const rows: (string | number)[][] = [];
  const label = (scope: string, key: string, l: LabelAgreement) => [
    scope,
    key,
    "",
    "",
    "",
    "",
    report.documents,
    "",
    "",
    num(l.alpha),
    "",
    num(l.overlap.f1),
    num(l.overlap.precision),
    num(l.overlap.recall),
    l.overlap.tp,
    l.overlap.fp,
    l.overlap.fn,
    num(l.exact.f1),
  ];
  rows.push(label("overall", "", report.overall));
  for (const [key, l] of Object.entries(report.byLabel)) rows.push(label("label", key, l));
  for (const p of report.pairs) {
    rows.push([
      "pair",
      "",
      guardFormula(p.firstName),
      guardFormula(p.secondName),
      "",
      "",
      p.documents,
      2,
      "",
      "",
      num(p.kappa),
      num(p.overlap.f1),
      num(p.overlap.precision),
      num(p.overlap.recall),
      p.overlap.tp,
      p.overlap.fp,
      p.overlap.fn,
      num(p.exact.f1),
    ]);
  }
  for (const d of report.perDocument) {
    rows.push([
      "document",
      "",
      "",
      "",
      d.docId,
      guardFormula(d.title),
      1,
      d.annotators,
      d.spans,
      num(d.alpha),
      "",
      num(d.f1),
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
  }
  return formatCsvRow(CSV_HEADER) + rows.map(formatCsvRow).join("");
}
