import type { AgreementReport } from "@/lib/domain/agreement/agreement-report";
import type { LabelAgreement } from "@/lib/domain/agreement/span-agreement";
import { fmt, tone } from "./figures";

function Row({ name, l, strong }: { name: string; l: LabelAgreement; strong?: boolean }) {
  return (
    <tr className={strong ? "bg-slate-50 font-semibold" : undefined}>
      <td className="px-3 py-2">{name}</td>
      <td className={`px-3 py-2 text-right tabular-nums ${tone(l.alpha)}`}>{fmt(l.alpha)}</td>
      <td className={`px-3 py-2 text-right tabular-nums ${tone(l.overlap.f1)}`}>{fmt(l.overlap.f1)}</td>
      <td className="px-3 py-2 text-right tabular-nums text-slate-600">{fmt(l.overlap.precision)}</td>
      <td className="px-3 py-2 text-right tabular-nums text-slate-600">{fmt(l.overlap.recall)}</td>
      <td className={`px-3 py-2 text-right tabular-nums ${tone(l.exact.f1)}`}>{fmt(l.exact.f1)}</td>
      <td className="px-3 py-2 text-right tabular-nums text-slate-500">
        {l.overlap.tp} / {l.overlap.fp} / {l.overlap.fn}
      </td>
    </tr>
  );
}

/** Overall and per-label agreement. */
export function LabelTable({ report, labelNames }: { report: AgreementReport; labelNames: Record<string, string> }) {
  // Seven columns: on a phone the table scrolls sideways inside its card, the page does not.
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="label-agreement">
        <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="px-3 py-2">Label</th>
            <th className="px-3 py-2 text-right" title="Krippendorff's alpha over characters">
              Alpha
            </th>
            <th className="px-3 py-2 text-right" title="F1, spans matching when they overlap with the same label">
              F1 (overlap)
            </th>
            <th className="px-3 py-2 text-right">Precision</th>
            <th className="px-3 py-2 text-right">Recall</th>
            <th className="px-3 py-2 text-right" title="F1, spans matching only with the same label, start and end">
              F1 (exact)
            </th>
            <th className="px-3 py-2 text-right" title="matched / only in the second layer / only in the first, summed over pairs">
              TP / FP / FN
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          <Row name="All labels" l={report.overall} strong />
          {Object.entries(report.byLabel).map(([key, l]) => (
            <Row key={key} name={labelNames[key] ?? key} l={l} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
