"use client";
import { memo, useEffect, useMemo, useRef } from "react";
import type { Span } from "@/lib/domain/spans/spans";
import { countCodePoints } from "@/lib/domain/text/offsets";
import { labelColor, type LabelInfo } from "./kinds";
import { scrollWithin } from "./scroll-within";

interface Segment {
  start: number;
  end: number;
  gold: string | null; // colour of the innermost gold span covering it
  current: boolean;
}

/** Cut [0, length) at every gold and current-item boundary; offsets are code points. */
function segmentsOf(
  length: number,
  gold: readonly Span[],
  current: { start: number; end: number } | null,
  labels: readonly LabelInfo[],
): Segment[] {
  const cuts = new Set([0, length]);
  for (const g of gold) cuts.add(g.start).add(g.end);
  if (current) cuts.add(current.start).add(current.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = gold.filter((g) => g.start <= start && end <= g.end).sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({
      start,
      end,
      gold: covering.length ? labelColor(labels, covering[0].label) : null,
      current: !!current && current.start <= start && end <= current.end,
    });
  }
  return segments;
}

/** Code-point offset of a DOM position inside the text panel, or null outside it. */
function offsetOf(node: Node | null, offset: number): number | null {
  const el = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null);
  const seg = el?.closest<HTMLElement>("[data-s]");
  if (!seg || !node) return null;
  const base = Number(seg.dataset.s);
  // A DOM offset is UTF-16 within this segment's text node; a point inside a surrogate pair counts the pair.
  return node.nodeType === Node.TEXT_NODE ? base + countCodePoints((node as Text).data, offset) : base;
}

/**
 * The whole document with gold spans underlined in their label colour and the current item
 * highlighted; selecting text reports its code-point range (to add a span nobody made).
 */
export const DocumentText = memo(function DocumentText({
  length,
  textOf,
  gold,
  current,
  labels,
  onSelectRange,
}: {
  length: number;
  textOf: (s: number, e: number) => string;
  gold: readonly Span[];
  current: { start: number; end: number } | null;
  labels: readonly LabelInfo[];
  onSelectRange: (start: number, end: number) => void;
}) {
  const segments = useMemo(() => segmentsOf(length, gold, current, labels), [length, gold, current, labels]);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    scrollWithin(box.current, box.current?.querySelector("[data-current]") ?? null, "center");
  }, [current]);
  return (
    <div
      ref={box}
      className="max-h-[28rem] overflow-y-auto whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4 text-[15px] leading-7 text-slate-800"
      data-testid="document-text"
      onMouseUp={() => {
        const sel = window.getSelection();
        if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
        const r = sel.getRangeAt(0);
        const a = offsetOf(r.startContainer, r.startOffset);
        const b = offsetOf(r.endContainer, r.endOffset);
        if (a !== null && b !== null && b > a) onSelectRange(a, b);
      }}
    >
      {segments.map((s) => (
        <span
          key={s.start}
          data-s={s.start}
          data-current={s.current || undefined}
          className={s.current ? "rounded-sm bg-yellow-200" : undefined}
          style={
            s.gold
              ? { textDecoration: "underline", textDecorationColor: s.gold, textDecorationThickness: "2px", textUnderlineOffset: "4px" }
              : undefined
          }
        >
          {textOf(s.start, s.end)}
        </span>
      ))}
    </div>
  );
});
