"use client";
import { startTransition, useEffect, useState } from "react";
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

/** Ask before leaving while changes are still unsaved. */
export function useUnsavedWarning(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = ""; // older browsers need it set
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [unsaved]);
}
