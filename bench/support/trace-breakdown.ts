// BENCH_TRACE=file.json: a Chrome trace of the edit phase, and where each edit's time went
// from the keydown to the "painted" mark, on the renderer's main thread: the keydown handler
// (input handling and React's synchronous render and commit), other scripts (timers, animation
// frame callbacks: the save request, highlight redraws, deferred renders), style and layout,
// paint, garbage collection, and the rest (waiting for the frame, for the compositor, or for a
// CPU). Parts are main-thread CPU time (each event's thread time, tdur), so that a loaded
// machine, which stretches wall time, shows up in the last column rather than in the others.
// The windows come from the workspace's own "workspace:<kind>" measures (perf-marks.ts).
import fs from "node:fs";

interface TraceEvent {
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: on a loaded machine much less than dur. */
  tdur?: number;
  ph: string;
  cat: string;
  name: string;
  id?: string;
  id2?: { local?: string };
  args?: { name?: string; data?: { type?: string; functionName?: string; url?: string } };
}

export type Bucket = "keydown handler" | "other scripts" | "parse HTML" | "style + layout" | "paint" | "GC" | "no main-thread CPU";
export const BUCKETS: Bucket[] = ["keydown handler", "other scripts", "parse HTML", "style + layout", "paint", "GC", "no main-thread CPU"];

const STYLE_LAYOUT = new Set([
  "UpdateLayoutTree",
  "RecalculateStyles",
  "Layout",
  "ParseAuthorStyleSheet",
  "InvalidateLayout",
  "ScheduleStyleRecalculation",
]);
const PAINT = new Set([
  "PrePaint",
  "Paint",
  "PaintImage",
  "Layerize",
  "UpdateLayer",
  "Commit",
  "CompositeLayers",
  "RasterTask",
  "UpdateLayerTree",
]);
const SCRIPT = new Set([
  "FunctionCall",
  "TimerFire",
  "FireAnimationFrame",
  "RunMicrotasks",
  "EvaluateScript",
  "v8.callFunction",
  "V8.Execute",
  "FireIdleCallback",
  "XHRReadyStateChange",
  "ResourceSendRequest",
]);

function bucketOf(e: TraceEvent, inKeydown: boolean): Bucket | null {
  if (/GC|GarbageCollect/i.test(e.name)) return "GC";
  if (STYLE_LAYOUT.has(e.name)) return "style + layout";
  if (PAINT.has(e.name)) return "paint";
  if (e.name === "ParseHTML") return "parse HTML";
  if (inKeydown) return "keydown handler";
  if (SCRIPT.has(e.name) || e.name === "EventDispatch") return "other scripts";
  return null;
}

export interface OpBreakdown {
  kind: string;
  total: number;
  parts: Record<Bucket, number>;
  /** Scripts outside the keydown, by function (FunctionCall's name and place), in ms. */
  scripts: Map<string, number>;
}

/** Self time of each main-thread event inside [from, to], attributed to one bucket. */
export function breakdown(traceFile: string): OpBreakdown[] {
  const raw = JSON.parse(fs.readFileSync(traceFile, "utf8")) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  // Measures of one name share an id: pair each begin with the next end.
  const open = new Map<string, number>();
  const measures: { kind: string; pid: number; from: number; to: number }[] = [];
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (!e.cat.includes("blink.user_timing") || !e.name.startsWith("workspace:")) continue;
    const kind = e.name.slice("workspace:".length);
    if (!["add", "retag", "delete", "load"].includes(kind)) continue;
    const id = `${e.pid}:${e.id ?? e.id2?.local}:${e.name}`;
    if (e.ph === "b") open.set(id, e.ts);
    const from = open.get(id);
    if (e.ph === "e" && from !== undefined) {
      measures.push({ kind, pid: e.pid, from, to: e.ts });
      open.delete(id);
    }
  }
  const mains = new Set(
    events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`),
  );
  const complete = events
    .filter((e) => e.ph === "X" && e.dur !== undefined && mains.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);

  const out: OpBreakdown[] = [];
  for (const m of measures) {
    const from = m.from;
    const to = m.to;
    const parts = Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<Bucket, number>;
    const scripts = new Map<string, number>();
    // A stack of open events on the main thread: self time = own span minus children's.
    const inside = complete.filter((e) => e.pid === m.pid && e.ts < to && e.ts + e.dur! > from);
    const stack: { e: TraceEvent; end: number; keydown: boolean; label: string | null; cpu: number }[] = [];
    let cursor = from;
    const charge = (until: number) => {
      const top = stack[stack.length - 1];
      const t0 = Math.max(cursor, from);
      const t1 = Math.min(until, to);
      if (t1 > t0 && top) {
        const dt = ((t1 - t0) / 1000) * top.cpu;
        const b =
          bucketOf(top.e, top.keydown) ?? (stack.some((s) => s.keydown) ? "keydown handler" : scriptOf(stack) ? "other scripts" : null);
        if (b) parts[b] += dt;
        const label = stack.findLast((s) => s.label)?.label;
        if (b === "other scripts" && label) scripts.set(label, (scripts.get(label) ?? 0) + dt);
      }
      cursor = Math.max(cursor, until);
    };
    for (const e of inside) {
      while (stack.length && stack[stack.length - 1].end <= e.ts) {
        charge(stack[stack.length - 1].end);
        stack.pop();
      }
      charge(e.ts);
      const keydown = (e.name === "EventDispatch" && e.args?.data?.type === "keydown") || stack.some((s) => s.keydown);
      const d = e.args?.data;
      const label =
        e.name === "FunctionCall" && d
          ? `${d.functionName || "(anonymous)"} ${(d.url ?? "").split("/").pop()}`
          : e.name === "TimerFire"
            ? "setTimeout"
            : e.name === "FireAnimationFrame"
              ? "requestAnimationFrame"
              : null;
      // The share of the event's wall time it had the CPU (a nested event inherits none of its parent's).
      const cpu = e.dur! > 0 && e.tdur !== undefined ? Math.min(1, e.tdur / e.dur!) : 1;
      stack.push({ e, end: e.ts + e.dur!, keydown, label, cpu });
    }
    while (stack.length) {
      charge(stack[stack.length - 1].end);
      stack.pop();
    }
    const total = (to - from) / 1000;
    parts["no main-thread CPU"] = Math.max(0, total - BUCKETS.slice(0, -1).reduce((s, b) => s + parts[b], 0));
    out.push({ kind: m.kind, total, parts, scripts });
  }
  return out.sort((a, b) => a.kind.localeCompare(b.kind));
}

function scriptOf(stack: { e: TraceEvent }[]): boolean {
  return stack.some((s) => SCRIPT.has(s.e.name) || s.e.name === "EventDispatch");
}

export const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "v8", "toplevel"];

/** Medians per kind and bucket, printed as a table; the scripts outside the keydown by total time. */
export function printBreakdown(
  ops: OpBreakdown[],
  title = `Where an edit's time goes, keydown → painted mark (medians over ${ops.length} edits; main-thread CPU ms, then the rest):`,
): void {
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
  };
  console.log(`\n${title}`);
  console.log(["kind".padEnd(8), "total".padStart(7), ...BUCKETS.map((b) => b.padStart(16))].join(" "));
  for (const kind of [...new Set(ops.map((o) => o.kind))]) {
    const xs = ops.filter((o) => o.kind === kind);
    console.log(
      [
        kind.padEnd(8),
        median(xs.map((x) => x.total))
          .toFixed(1)
          .padStart(7),
        ...BUCKETS.map((b) =>
          median(xs.map((x) => x.parts[b]))
            .toFixed(1)
            .padStart(16),
        ),
      ].join(" "),
    );
  }
  const all = new Map<string, number>();
  for (const o of ops) for (const [k, v] of o.scripts) all.set(k, (all.get(k) ?? 0) + v);
  console.log("Other scripts inside the windows (total over all of them):");
  for (const [k, v] of [...all].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
}
