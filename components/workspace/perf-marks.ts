// Performance marks the workspace emits, read by bench/workspace.ts (and visible in any
// profiler): "workspace:spans" when the client first has its spans, "workspace:painted" after
// the first paint with highlights (browser tests wait for it too), and, in benchmark builds
// only, one record per edit from the keydown that caused it to the paint after React committed it. "After paint" = a task queued from the next
// animation frame, which runs once that frame has been presented.

export type OpKind = "add" | "retag" | "delete" | "boundary" | "undo" | "redo";

export interface OpTiming {
  kind: OpKind;
  start: number;
  /** The handler had applied the change to the model (React renders after it returns). */
  handled: number;
  /** React committed the change (layout effect). */
  committed: number;
  painted: number;
}

interface BenchGlobal {
  ops: OpTiming[];
  spansAt?: number;
  hydratedAt?: number;
  /** Highlights of the paragraphs on screen committed / painted. */
  committedAt?: number;
  paintedAt?: number;
  /** Every paragraph's highlights committed (the rest come in the background). */
  allAt?: number;
}

declare global {
  interface Window {
    __parallaxBench?: BenchGlobal & Record<string, unknown>;
  }
}

let pending: { kind: OpKind; start: number; handled: number } | null = null;

function bench(): BenchGlobal | null {
  if (typeof window === "undefined") return null;
  return (window.__parallaxBench ??= { ops: [] });
}

export function afterNextPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

export function markSpansReceived(): void {
  const b = bench();
  if (!b || b.spansAt !== undefined) return;
  b.spansAt = performance.mark("workspace:spans").startTime;
}

export function markHydrated(): void {
  const b = bench();
  if (b && b.hydratedAt === undefined) b.hydratedAt = performance.mark("workspace:hydrated").startTime;
}

/**
 * After the commit that shows the highlights on screen: mark it, and the paint after it.
 * `shown` (whether what is on screen has its highlights) is asked only until the mark is made:
 * it reads layout, which later reveal steps need not pay for.
 */
export function markPaintedAfterCommit(shown: () => boolean = () => true): void {
  const b = bench();
  if (!b || b.committedAt !== undefined || !shown()) return;
  b.committedAt = performance.mark("workspace:committed").startTime;
  afterNextPaint(() => {
    b.paintedAt = performance.mark("workspace:painted").startTime;
  });
}

export function markAllRevealed(): void {
  const b = bench();
  if (b && b.allAt === undefined) b.allAt = performance.mark("workspace:all-highlights").startTime;
}

/** Call in the event handler that changes spans; `start` is the event's timeStamp. */
export function beginOp(kind: OpKind, start: number): void {
  pending = { kind, start, handled: performance.now() };
}

/** Call from a layout effect after the commit that shows the change. */
export function endOpAfterCommit(): void {
  const op = pending;
  pending = null;
  const b = bench();
  // Per-edit timings only in benchmark builds: elsewhere nobody reads them and the list would only grow.
  if (!op || !b || process.env.PARALLAX_BENCH !== "1") return;
  const committed = performance.now();
  afterNextPaint(() => {
    const painted = performance.now();
    b.ops.push({ ...op, committed, painted });
    performance.measure(`workspace:${op.kind}`, { start: op.start, end: painted });
  });
}
