"use client";
import type { AdjudicationView } from "@/lib/domain/adjudication/adjudication-state";
import { Button } from "@/components/ui/button";
import { LabelChip } from "./kind-badge";
import type { LabelInfo } from "./kinds";

/** Gold spans outside the items (added by hand or imported), and decisions whose item disappeared. */
export function ExtraGold({
  view,
  labels,
  readOnly,
  pending,
  onRemove,
  onUndoStale,
}: {
  view: AdjudicationView;
  labels: readonly LabelInfo[];
  readOnly: boolean;
  pending: boolean;
  onRemove: (annotationId: string) => void;
  onUndoStale: (itemKey: string, decisionId: string) => void;
}) {
  if (view.added.length === 0 && view.stale.length === 0) return null;
  return (
    <div className="space-y-3">
      {view.added.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold text-slate-800">Gold spans added by a reviewer ({view.added.length})</h3>
          <ul className="mt-1 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm" data-testid="added-gold">
            {view.added.map((g) => (
              <li key={g.id} className="flex items-center gap-2 px-3 py-1.5">
                <LabelChip label={g.label} labels={labels} />
                <span className="text-xs tabular-nums text-slate-500">
                  [{g.start}, {g.end})
                </span>
                <span className="truncate text-slate-700">“{g.text}”</span>
                <span className="text-xs text-slate-500">by {view.people[g.authorId] ?? "someone"}</span>
                <Button size="sm" variant="ghost" className="ml-auto" disabled={readOnly || pending} onClick={() => onRemove(g.id)}>
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {view.stale.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold text-rose-800">Decisions on items that changed ({view.stale.length})</h3>
          <p className="text-xs text-slate-600">
            An annotator edited their layer after these were decided. Their gold spans stay until you undo them.
          </p>
          <ul className="mt-1 divide-y divide-slate-100 rounded-lg border border-rose-200 bg-white text-sm">
            {view.stale.map((d) => (
              <li key={d.id} className="flex items-center gap-2 px-3 py-1.5">
                <span className="font-medium">{d.decision}</span>
                {d.gold && (
                  <>
                    <LabelChip label={d.gold.label} labels={labels} />
                    <span className="truncate">“{d.gold.text}”</span>
                  </>
                )}
                <Button
                  size="sm"
                  variant="ghost"
                  className="ml-auto"
                  disabled={readOnly || pending}
                  onClick={() => onUndoStale(d.itemKey, d.id)}
                >
                  Undo
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
