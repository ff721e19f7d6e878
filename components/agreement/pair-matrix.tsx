import type { AgreementReport } from "@/lib/domain/agreement/agreement-report";
import { cellTone, fmt } from "./figures";

/** Annotator × annotator table of one pairwise figure (F1 or kappa). */
export function PairMatrix({ report, metric, caption }: { report: AgreementReport; metric: "f1" | "kappa"; caption: string }) {
  const { matrix, annotators } = report;
  if (annotators.length < 2)
    return <p className="text-sm text-slate-500">Needs two annotators with finished layers on the same document.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="text-sm" data-testid={`pair-matrix-${metric}`}>
        <caption className="mb-1 text-left text-xs font-medium text-slate-600">{caption}</caption>
        <thead>
          <tr>
            <th />
            {annotators.map((a) => (
              <th key={a.id} className="px-2 py-1 text-xs font-medium text-slate-600">
                {a.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {annotators.map((a, i) => (
            <tr key={a.id}>
              <th className="px-2 py-1 text-right text-xs font-medium text-slate-600">{a.name}</th>
              {annotators.map((b, j) => {
                const v = matrix[metric][i][j];
                const docs = matrix.documents[i][j];
                return (
                  <td
                    key={b.id}
                    className={`min-w-20 border border-white px-2 py-1.5 text-center tabular-nums ${i === j ? "bg-slate-100 text-slate-300" : cellTone(v)}`}
                    title={i === j ? undefined : `${a.name} vs ${b.name}: ${docs} document(s)`}
                  >
                    {i === j ? "—" : fmt(v)}
                    {i !== j && <div className="text-[10px] opacity-70">{docs} docs</div>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
