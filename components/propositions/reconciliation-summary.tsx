import type { ReconciliationView, RevisionView } from "@/lib/views/reconciliation";
import { StatusBadge } from "./status-badge";
import { formatTimestamp, plural } from "./format";

/** The recorded outcome, read-only (what annotators and the page's top strip show). */
export function ReconciliationSummary({ reconciliation }: { reconciliation: ReconciliationView }) {
  if (reconciliation.version === 0) {
    return <p className="text-sm text-slate-500">No reconciliation recorded yet.</p>;
  }
  return (
    <div className="space-y-2 text-sm" data-testid="reconciliation-summary">
      <p className="flex flex-wrap items-center gap-2">
        <StatusBadge status={reconciliation.status} />
        {reconciliation.verdict && <strong className="text-base text-slate-900">{reconciliation.verdict}</strong>}
      </p>
      {reconciliation.summary && <p className="text-slate-800">{reconciliation.summary}</p>}
      {reconciliation.rationale && <p className="text-slate-600">{reconciliation.rationale}</p>}
      <p className="text-xs text-slate-500">
        {plural(reconciliation.evidence.length, "mention")} cited as evidence · version {reconciliation.version}
        {reconciliation.updatedBy && ` · by ${reconciliation.updatedBy}`}
        {reconciliation.updatedAt && `, ${formatTimestamp(reconciliation.updatedAt)}`}
      </p>
    </div>
  );
}

/** One line for the top of the board: the verdict and how the framings differ. */
export function VerdictStrip({ reconciliation }: { reconciliation: ReconciliationView }) {
  return (
    <div
      className="flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded-lg border border-indigo-200 bg-indigo-50/70 px-4 py-2.5 text-sm"
      data-testid="verdict-strip"
    >
      <span className="text-xs font-semibold uppercase tracking-wide text-indigo-700">Reviewer&apos;s verdict</span>
      <StatusBadge status={reconciliation.status} />
      {reconciliation.verdict && <strong className="text-slate-900">{reconciliation.verdict}</strong>}
      {reconciliation.summary && <span className="min-w-0 flex-1 text-slate-700">{reconciliation.summary}</span>}
      <a href="#reconciliation" className="text-xs text-indigo-700 hover:underline">
        rationale &amp; history ↓
      </a>
    </div>
  );
}

/** Every saved version, newest first: who, when, and what they recorded. */
export function ReconciliationHistory({ history }: { history: RevisionView[] }) {
  if (history.length === 0) return <p className="text-sm text-slate-500">No changes recorded yet.</p>;
  return (
    <ol className="space-y-3" data-testid="reconciliation-history">
      {history.map((r) => (
        <li key={r.version} className="border-l-2 border-slate-200 pl-3 text-sm" data-testid="revision">
          <p className="text-xs text-slate-500">
            <span className="font-semibold text-slate-700">v{r.version}</span> · {r.actor} · {formatTimestamp(r.createdAt)}
          </p>
          <p className="mt-0.5 flex flex-wrap items-center gap-2">
            <StatusBadge status={r.status} />
            {r.verdict ? <span className="font-medium">{r.verdict}</span> : <span className="text-slate-400">no verdict</span>}
          </p>
          {r.summary && <p className="mt-0.5 text-slate-600">{r.summary}</p>}
          <p className="text-xs text-slate-500">{plural(r.evidence.length, "mention")} cited</p>
        </li>
      ))}
    </ol>
  );
}
