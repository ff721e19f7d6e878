import type { RefObject } from "react";
import type { WorkspaceModel } from "@/lib/client/workspace-model";
import { selectUtf16Range } from "@/lib/client/selection-offsets";

/**
 * Helpers on window.__parallaxBench for the benchmark and browser tests: make a text
 * selection by code points (as a mouse drag would), list span keys, select a span. They
 * only drive the same paths the UI uses; timings are recorded by perf-marks.ts.
 */
export function installBenchHooks(d: {
  readerRef: RefObject<HTMLDivElement | null>;
  paragraphStarts: readonly number[];
  model: WorkspaceModel;
  select: (key: string | null, scroll?: boolean) => void;
}): () => void {
  const w = window as Window;
  const b = (w.__parallaxBench ??= { ops: [] });
  b.selectText = (start: number, end: number) => {
    const reader = d.readerRef.current;
    if (!reader) return false;
    return selectUtf16Range(reader, d.paragraphStarts, d.model.index.toUtf16(start), d.model.index.toUtf16(end));
  };
  b.spans = () => d.model.getSnapshot().spans.map((s) => ({ key: s.key, label: s.label, start: s.start, end: s.end }));
  b.selectSpan = (key: string) => d.select(key, true);
  b.docLength = d.model.index.length;
  b.whenSaved = () => d.model.whenSaved();
  return () => {
    delete b.selectText;
    delete b.spans;
    delete b.selectSpan;
  };
}
