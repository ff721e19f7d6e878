"use client";
import { startTransition, useEffect, useState } from "react";
import type { WorkspaceModel } from "@/lib/client/workspace-model";
import { afterNextPaint } from "./perf-marks";

/**
 * `value`, but updated only after the next paint and in a transition: what renders from it
 * (the span list) never delays the highlight of an edit, and yields to input.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    let live = true;
    afterNextPaint(() => live && startTransition(() => setShown(value)));
    return () => {
      live = false;
    };
  }, [value]);
  return shown;
}

/**
 * Ask before leaving while changes are still unsaved. One listener for the page's life that
 * reads the save state when the page is left: adding and removing it per edit (as the state
 * went unsaved → saved) cost ~1 ms each time in Chrome (BENCH_CPU_PROFILE), and nothing renders.
 */
export function useUnsavedWarning(model: WorkspaceModel): void {
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (model.getSaveState().save.pending === 0) return;
      e.preventDefault();
      e.returnValue = ""; // older browsers need it set
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [model]);
}
