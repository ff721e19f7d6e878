"use client";
import { memo, useEffect, useMemo, useRef, useState } from "react";
import type { ClientSpan, LabelDef } from "@/lib/client/span-types";
import { compareSpans } from "@/lib/domain/spans/spans";
import { summarizeAttributes } from "@/lib/client/attribute-fields";
import { afterNextPaint } from "./perf-marks";

const ROW = 54;
const OVERSCAN = 6;

/**
 * The document's spans in reading order, filterable by label. Virtualized: only the rows in
 * view (plus a few) are in the DOM, so 2,000 spans cost what 20 do. It receives a deferred
 * copy of the spans, so it renders after the text has painted a change.
 */
export const SpanList = memo(function SpanList({
  spans,
  labels,
  selectedKey,
  unsaved,
  onSelect,
}: {
  spans: readonly ClientSpan[];
  labels: readonly LabelDef[];
  selectedKey: string | null;
  unsaved: ReadonlySet<string>;
  onSelect: (key: string) => void;
}) {
  const [filter, setFilter] = useState<string | null>(null);
  const sorted = useMemo(() => [...spans].sort((a, b) => compareSpans(a, b) || (a.key < b.key ? -1 : 1)), [spans]);
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const s of sorted) c.set(s.label, (c.get(s.label) ?? 0) + 1);
    return c;
  }, [sorted]);
  const rows = useMemo(() => (filter ? sorted.filter((s) => s.label === filter) : sorted), [sorted, filter]);
  const colors = useMemo(() => Object.fromEntries(labels.map((l) => [l.key, l])), [labels]);

  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Keep the selected row in view when the selection changes elsewhere (text, keys). The
  // rows arrive after a paint, so a new span's row may come a render later: retry until it
  // does. Positions come from state, and the scroll happens after the paint: no forced layout.
  const toReveal = useRef<string | null>(null);
  useEffect(() => {
    toReveal.current = selectedKey;
  }, [selectedKey]);
  // The scroll position is read by the reveal below, not reacted to: scrolling must not
  // re-run it. This runs first (effects run in order), so it holds this render's values.
  const view = useRef({ scrollTop, height });
  useEffect(() => {
    view.current = { scrollTop, height };
  });
  useEffect(() => {
    const { scrollTop, height } = view.current;
    const key = toReveal.current;
    const i = key ? rows.findIndex((s) => s.key === key) : -1;
    if (i < 0) return;
    toReveal.current = null;
    const top = i * ROW;
    if (top >= scrollTop && top + ROW <= scrollTop + height) return;
    afterNextPaint(() => {
      if (box.current) box.current.scrollTop = Math.max(0, top - height / 3);
    });
  }, [selectedKey, rows]);

  const first = Math.max(0, Math.floor(scrollTop / ROW) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW) + OVERSCAN);

  return (
    <div className="flex min-h-0 flex-1 flex-col" data-testid="span-list">
      <div className="flex flex-wrap gap-1 border-b border-slate-100 px-3 py-2" role="toolbar" aria-label="Filter spans by label">
        <Chip on={filter === null} onClick={() => setFilter(null)} label={`All ${sorted.length}`} />
        {labels.map((l) => (
          <Chip
            key={l.key}
            on={filter === l.key}
            onClick={() => setFilter(filter === l.key ? null : l.key)}
            label={`${l.name} ${counts.get(l.key) ?? 0}`}
            color={l.color}
          />
        ))}
      </div>
      <div ref={box} className="min-h-0 flex-1 overflow-y-auto" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
        {rows.length === 0 && (
          <p className="px-4 py-6 text-sm text-slate-500">{filter ? "No spans with this label yet." : "No spans yet."}</p>
        )}
        <ul style={{ height: rows.length * ROW, position: "relative" }} aria-label="Spans in reading order">
          {rows.slice(first, last).map((s, i) => {
            const l = colors[s.label];
            const selected = s.key === selectedKey;
            const summary = summarizeAttributes(s.label, s.attributes) || (s.note ? `note: ${s.note}` : "");
            return (
              <li key={s.key} style={{ position: "absolute", top: (first + i) * ROW, height: ROW, left: 0, right: 0 }}>
                <button
                  type="button"
                  data-span-row={s.key}
                  data-label={s.label}
                  aria-current={selected}
                  onClick={() => onSelect(s.key)}
                  className={`flex h-full w-full flex-col justify-center gap-0.5 border-l-[3px] px-3 text-left ${
                    selected ? "bg-indigo-50" : "hover:bg-slate-50"
                  }`}
                  style={{ borderLeftColor: l?.color ?? "#94a3b8" }}
                >
                  <span className="flex w-full items-center gap-2 text-sm text-slate-800">
                    <span className="shrink-0 text-[0.65rem] font-semibold uppercase tracking-wide" style={{ color: l?.color }}>
                      {l?.name ?? s.label}
                    </span>
                    <span className="truncate" data-row-text>
                      {s.text.replace(/\s+/g, " ")}
                    </span>
                    {unsaved.has(s.key) && (
                      <span className="ml-auto h-1.5 w-1.5 shrink-0 rounded-full bg-amber-500" title="Not saved yet" />
                    )}
                  </span>
                  <span className="truncate text-xs text-slate-500" data-row-summary>
                    {summary || "\u00a0"}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
});

function Chip({ on, onClick, label, color }: { on: boolean; onClick: () => void; label: string; color?: string }) {
  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={onClick}
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium transition ${
        on ? "border-slate-800 bg-slate-800 text-white" : "border-slate-200 bg-white text-slate-600 hover:bg-slate-50"
      }`}
    >
      {color && <span className="h-2 w-2 rounded-full" style={{ background: color }} aria-hidden />}
      {label}
    </button>
  );
}
