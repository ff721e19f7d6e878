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
  // Read at key time, not re-subscribed on change: a key pressed the moment a decision
  // lands must not fall into the gap before an effect re-attaches the listener.
  const latest = useRef({ enabled, handlers });
  latest.current = { enabled, handlers };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!latest.current.enabled || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      const h = latest.current.handlers;
      const actions: Record<string, () => void> = {
        j: h.next,
        ArrowDown: h.next,
        k: h.previous,
        ArrowUp: h.previous,
        e: h.edit,
        x: h.reject,
        u: h.undo,
        n: h.nextUndecided,
        a: h.add,
      };
      const action = /^[1-9]$/.test(e.key) ? () => h.accept(Number(e.key)) : actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
