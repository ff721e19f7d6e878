import "server-only";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { databasePath } from "./database-url";

// The rule suggesters run in a child process (scripts/suggest-worker.ts) at a lower CPU
// priority, never on the request thread: better-sqlite3 and the suggesters are synchronous,
// and a project-wide run takes minutes. One run per project at a time; a request arriving
// while one runs is folded into a single follow-up run, so a burst of added documents costs
// at most two runs.

const TIMEOUT_MS = 30 * 60_000;

export type RunTarget = "missing" | "all" | { documentId: string };

interface ProjectRuns {
  running: Promise<RunResult> | null;
  queued: { target: RunTarget; promise: Promise<RunResult> } | null;
}

export interface RunResult {
  documents: number;
  suggestions: number;
  ms: number;
}

const globalRuns = globalThis as unknown as { parallaxSuggestionRuns?: Map<string, ProjectRuns> };
const runs = (globalRuns.parallaxSuggestionRuns ??= new Map());

function spawnWorker(projectId: string, target: RunTarget): Promise<RunResult> {
  const script = path.join(process.cwd(), "scripts", "suggest-worker.ts");
  const args = typeof target === "object" ? [target.documentId] : target === "all" ? ["--all"] : [];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--require", "tsx/cjs", script, databasePath(), projectId, ...args], {
      cwd: process.cwd(),
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    try {
      if (child.pid) os.setPriority(child.pid, 10);
    } catch {
      // not permitted here: it still runs off the request thread
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(Buffer.concat(out).toString("utf8")) as RunResult);
      else reject(new Error(`suggestion worker failed (${signal ?? `exit ${code}`}): ${Buffer.concat(err).toString("utf8").slice(0, 2000)}`));
    });
  });
}

function widest(a: RunTarget, b: RunTarget): RunTarget {
  if (a === "all" || b === "all") return "all";
  if (typeof a === "object" && typeof b === "object" && a.documentId === b.documentId) return a;
  return "missing"; // new documents and re-runs both show up as "missing or stale"
}

/**
 * Run the suggesters for a project (documents without current suggestions, all of them, or
 * one document). Resolves when the run that covers this request has finished.
 */
export function scheduleSuggestions(projectId: string, target: RunTarget = "missing"): Promise<RunResult> {
  const state: ProjectRuns = runs.get(projectId) ?? { running: null, queued: null };
  runs.set(projectId, state);
  if (!state.running) {
    state.running = spawnWorker(projectId, target).finally(() => {
      state.running = null; // a queued follow-up (chained below) starts right after
    });
    return state.running;
  }
  if (state.queued) {
    state.queued.target = widest(state.queued.target, target);
    return state.queued.promise;
  }
  const queued = { target, promise: null as unknown as Promise<RunResult> };
  queued.promise = state.running.catch(() => null).then(() => {
    state.queued = null;
    return scheduleSuggestions(projectId, queued.target);
  });
  state.queued = queued;
  return queued.promise;
}

/** Fire and forget (document added, import finished): failures are logged, never thrown. */
export function suggestInBackground(projectId: string, target: RunTarget = "missing"): void {
  scheduleSuggestions(projectId, target).catch((e) => console.error(e));
}
