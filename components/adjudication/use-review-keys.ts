"use client";
import { useEffect, useRef } from "react";

export interface ReviewKeyHandlers {
  next(): void;
  previous(): void;
  accept(version: number): void;
  edit(): void;
  reject(): void;
  undo(): void;
  nextUndecided(): void;
  add(): void;
}

/**
 * The review screen's shortcuts: j/↓ next, k/↑ previous, 1–9 accept version n, e edit,
 * x reject, u undo, n next undecided, a add a span. Ignored while typing in a field.
 */
export function useReviewKeys(enabled: boolean, handlers: ReviewKeyHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      const h = latest.current;
      const actions: Record<string, () => void> = {
        j: h.next, ArrowDown: h.next, k: h.previous, ArrowUp: h.previous,
        e: h.edit, x: h.reject, u: h.undo, n: h.nextUndecided, a: h.add,
      };
      const action = /^[1-9]$/.test(e.key) ? () => h.accept(Number(e.key)) : actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}
