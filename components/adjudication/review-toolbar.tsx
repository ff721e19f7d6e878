"use client";
import type { AdjudicationView } from "@/lib/domain/adjudication/adjudication-state";
import { Button } from "@/components/ui/button";

export type ItemFilter = "all" | "disagreements" | "undecided";

const STATUS_TEXT: Record<string, string> = { open: "Not started", in_adjudication: "In adjudication", adjudicated: "Adjudicated" };
const STATUS_TONE: Record<string, string> = {
  open: "bg-slate-100 text-slate-700",
  in_adjudication: "bg-amber-100 text-amber-900",
  adjudicated: "bg-emerald-100 text-emerald-800",
};

export function ReviewToolbar({
  view,
  filter,
  pending,
  onFilter,
  onStart,
  onMark,
  onReopen,
}: {
  view: AdjudicationView;
  filter: ItemFilter;
  pending: boolean;
  onFilter: (f: ItemFilter) => void;
  onStart: () => void;
  onMark: () => void;
  onReopen: () => void;
}) {
  const { counts, document } = view;
  const percent = counts.items ? Math.round((100 * counts.decided) / counts.items) : 100;
  const filters: { key: ItemFilter; label: string; n: number }[] = [
    { key: "all", label: "All", n: counts.items },
    { key: "disagreements", label: "Disagreements", n: counts.disagreements },
    { key: "undecided", label: "Undecided", n: counts.undecided },
  ];
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
      <span className={`rounded px-2 py-0.5 text-sm font-semibold ${STATUS_TONE[document.status] ?? ""}`} data-testid="adjudication-status">
        {STATUS_TEXT[document.status] ?? document.status}
      </span>
      <div className="flex min-w-48 items-center gap-2" title={`${counts.decided} of ${counts.items} items decided`}>
        <div className="h-2 w-32 overflow-hidden rounded bg-slate-200">
          <div className="h-full bg-emerald-500" style={{ width: `${percent}%` }} />
        </div>
        <span className="text-sm tabular-nums text-slate-700" data-testid="decided-count">
          {counts.decided} / {counts.items} decided
        </span>
      </div>
      <nav className="flex rounded-md border border-slate-300 text-sm" aria-label="Filter items">
        {filters.map((f) => (
          <button
            key={f.key}
            type="button"
            onClick={() => onFilter(f.key)}
            aria-pressed={filter === f.key}
            className={`px-2.5 py-1 first:rounded-l-md last:rounded-r-md ${filter === f.key ? "bg-indigo-600 text-white" : "bg-white text-slate-700 hover:bg-slate-50"}`}
          >
            {f.label} <span className="tabular-nums opacity-80">{f.n}</span>
          </button>
        ))}
      </nav>
      <span className="ml-auto" />
      {document.status === "open" && (
        <Button onClick={onStart} disabled={pending}>
          Start adjudication
        </Button>
      )}
      {document.status === "in_adjudication" && (
        <Button
          onClick={onMark}
          disabled={pending || counts.undecided > 0}
          title={counts.undecided ? `${counts.undecided} items are still undecided` : undefined}
        >
          Mark adjudicated
        </Button>
      )}
      {document.status === "adjudicated" && (
        <Button variant="secondary" onClick={onReopen} disabled={pending}>
          Reopen adjudication
        </Button>
      )}
    </div>
  );
}
