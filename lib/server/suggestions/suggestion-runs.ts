import "server-only";
import { runWorker } from "../workers/launch";

// The rule suggesters run in a child process (lib/server/workers/suggest-worker.ts) at a lower CPU
// priority, never on the request thread: the suggesters are synchronous, and a project-wide
// run takes minutes. One run per project at a time; a request arriving
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
const runs = (globalRuns.parallaxSuggestionRuns ??= new Map<string, ProjectRuns>());

async function spawnWorker(projectId: string, target: RunTarget): Promise<RunResult> {
  const args = typeof target === "object" ? [target.documentId] : target === "all" ? ["--all"] : [];
  const out = await runWorker("suggest-worker", [projectId, ...args], { priority: 10, timeoutMs: TIMEOUT_MS });
  return JSON.parse(out) as RunResult;
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
  queued.promise = state.running
    .catch(() => null)
    .then(() => {
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
