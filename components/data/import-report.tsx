import { countProblems, summarizeImport, type ImportCounts } from "@/lib/domain/formats/import-summary";

/** The JSON the import route answers with (type-only import: nothing server-side is bundled). */
export interface ImportReport {
  imported: boolean;
  counts: ImportCounts;
  problems: { where: string; message: string }[];
  problemCount?: number;
  unknownAuthors: string[];
  notices: string[];
  ms: number;
}

const SHOWN = 100;

/** Problems listed, without the closing "N more problems not listed" entry. */
function listedProblems(report: ImportReport): number {
  return report.problems.filter((p) => !(p.where === "input" && / more problems not listed$/.test(p.message))).length;
}

/** What an import did (or would have done), and every problem with where and why. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const c = report.counts;
  return (
    <div className="space-y-2 text-sm" data-testid="import-report">
      <p data-testid="import-summary">{summarizeImport(report.imported, c)}</p>
      {report.unknownAuthors.length > 0 && (
        <p className="text-amber-800">
          Not members of this project, so their spans are in your layer: {report.unknownAuthors.join(", ")}. Add them as members and import
          again to keep their layers.
        </p>
      )}
      {report.notices.map((n) => (
        <p key={n} className="text-slate-600">
          {n}
        </p>
      ))}
      {report.problems.length > 0 && (
        <div>
          <p className="font-medium">
            {countProblems(listedProblems(report), report.problemCount ?? listedProblems(report), report.imported)}:
          </p>
          <ul className="mt-1 max-h-72 list-disc overflow-auto pl-5 text-xs" data-testid="import-problems">
            {report.problems.slice(0, SHOWN).map((p, i) => (
              <li key={i}>
                <span className="font-mono">{p.where}</span>: {p.message}
              </li>
            ))}
          </ul>
          {report.problems.length > SHOWN && <p className="text-xs text-slate-500">… and {report.problems.length - SHOWN} more.</p>}
        </div>
      )}
    </div>
  );
}
