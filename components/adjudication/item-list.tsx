"use client";
import { useEffect, useRef } from "react";
import type { ItemState } from "@/lib/domain/adjudication/adjudication-state";
import { KindBadge, LabelChip } from "./kind-badge";
import type { LabelInfo } from "./kinds";
import { scrollWithin } from "./scroll-within";

function DecisionMark({ state }: { state: ItemState }) {
  const d = state.decision;
  if (!d) return <span className="text-xs font-medium text-amber-700">undecided</span>;
  if (d.decision === "reject") return <span className="text-xs font-medium text-slate-500">✗ rejected</span>;
  if (d.decision === "edit") return <span className="text-xs font-medium text-indigo-700">✎ edited</span>;
  return <span className="text-xs font-medium text-emerald-700">✓ {d.version ? `v${d.version}` : "gold"}</span>;
}

/** The items in reading order; the selected one is scrolled into view as j/k move through them. */
export function ItemList({
  items,
  selectedKey,
  labels,
  textOf,
  onSelect,
}: {
  items: ItemState[];
  selectedKey: string | null;
  labels: readonly LabelInfo[];
  textOf: (start: number, end: number) => string;
  onSelect: (key: string) => void;
}) {
  const selected = useRef<HTMLLIElement>(null);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    scrollWithin(list.current?.parentElement ?? null, selected.current, "nearest", 40);
  }, [selectedKey]);
  if (items.length === 0) return <p className="p-4 text-sm text-slate-500">No items in this view.</p>;
  return (
    <ol ref={list} className="divide-y divide-slate-100" role="listbox" aria-label="Adjudication items" data-testid="item-list">
      {items.map((s, i) => {
        const active = s.item.key === selectedKey;
        const labelsUsed = [...new Set(s.item.versions.map((v) => v.span.label))];
        return (
          <li
            key={s.item.key}
            ref={active ? selected : undefined}
            role="option"
            aria-selected={active}
            data-item-key={s.item.key}
            data-decided={s.decision ? "yes" : "no"}
            onClick={() => onSelect(s.item.key)}
            className={`cursor-pointer px-3 py-2 text-sm ${active ? "bg-indigo-50 ring-2 ring-inset ring-indigo-400" : "hover:bg-slate-50"}`}
          >
            <div className="flex items-center gap-2">
              <span className="w-6 text-right text-xs tabular-nums text-slate-400">{i + 1}</span>
              <KindBadge kind={s.item.kind} />
              <span className="ml-auto">
                <DecisionMark state={s} />
              </span>
            </div>
            <div className="mt-1 flex items-start gap-2 pl-8">
              <span className="flex shrink-0 gap-1">
                {labelsUsed.map((l) => (
                  <LabelChip key={l} label={l} labels={labels} />
                ))}
              </span>
              <span className="line-clamp-2 text-slate-700">{textOf(s.item.start, s.item.end)}</span>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
