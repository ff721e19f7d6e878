import "server-only";
import type { ChildProcess } from "node:child_process";
import { AppError } from "../http/errors";
import type { WorkerJob, WorkerMessage } from "./corpus-protocol";
import { startWorker } from "./launch";
import { acquireSlot, type WorkerSlot } from "./worker-slots";

// The worker is its own Node process, started through ./launch.ts (compiled with the build and
// found from the working directory: Turbopack's route bundles cannot load a worker file by
// relative URL). Starting node and loading the codecs takes a few hundred ms, so one started
// worker is kept waiting for the next job (a "spare"): an export's first byte then leaves at
// once. The spare exits after 10 idle minutes (see the worker) and never keeps this process
// alive. The first spare starts when the export page renders (prewarmCorpusWorker); each
// job's end starts the next.

/**
 * Jobs running at once over every app instance on the database (each a process of up to a few
 * hundred MB); more are refused with 429. PARALLAX_MAX_CORPUS_JOBS overrides it.
 */
export const MAX_CORPUS_JOBS = Number(process.env.PARALLAX_MAX_CORPUS_JOBS) || 4;

const state = globalThis as unknown as { parallaxSpareWorker?: ChildProcess | null };

function spawnWorker(): ChildProcess {
  return startWorker("corpus-worker", [], { priority: 0, ipc: true });
}

function setReferenced(child: ChildProcess, on: boolean): void {
  const handles = [child, child.stdout, child.channel] as ({ ref(): void; unref(): void } | null | undefined)[];
  for (const h of handles) {
    if (!h) continue;
    if (on) h.ref();
    else h.unref();
  }
}

/** Start a spare worker now (e.g. when the export page renders), unless one is waiting. */
export function prewarmCorpusWorker(): void {
  const spare = state.parallaxSpareWorker;
  if (spare && spare.exitCode === null && spare.signalCode === null && spare.connected) return;
  const child = spawnWorker();
  setReferenced(child, false);
  child.once("exit", () => {
    if (state.parallaxSpareWorker === child) state.parallaxSpareWorker = null;
  });
  state.parallaxSpareWorker = child;
}

/**
 * The waiting spare if it is alive, else a new process. The next spare starts when this job
 * ends, not now: on a small machine its startup would slow this job's first bytes.
 */
function takeWorker(): ChildProcess {
  const spare = state.parallaxSpareWorker;
  state.parallaxSpareWorker = null;
  const child = spare && spare.exitCode === null && spare.signalCode === null && spare.connected ? spare : spawnWorker();
  setReferenced(child, true);
  child.once("exit", () => prewarmCorpusWorker());
  return child;
}

type Of<T extends WorkerMessage["type"]> = Extract<WorkerMessage, { type: T }>;

/** One export or import job in a child process, with its messages queued until awaited. */
export class CorpusWorker {
  readonly child: ChildProcess;
  private readonly received: WorkerMessage[] = [];
  private closed = false;
  private readonly waiters = new Set<() => void>();
  private queue: Promise<void> = Promise.resolve();

  /** Start a job in one of the MAX_CORPUS_JOBS slots; a 429 when every slot is taken. */
  static async start(work: WorkerJob): Promise<CorpusWorker> {
    const attempt = await acquireSlot("corpus", MAX_CORPUS_JOBS);
    if (!attempt.slot) {
      throw new AppError("rate_limited", `${attempt.running} exports and imports are already running; try again in a minute.`);
    }
    return new CorpusWorker(work, attempt.slot);
  }

  private constructor(work: WorkerJob, slot: WorkerSlot) {
    this.child = takeWorker();
    this.child.once("exit", () => void slot.release().catch(() => undefined)); // else the lease runs out
    this.child.once("error", () => void slot.release().catch(() => undefined));
    if (work.kind !== "export" || work.discard) this.child.stdout?.resume();
    this.child.on("message", (m: WorkerMessage) =>
      this.inOrder(async () => {
        // The job is over at its result: free the slot, and only then hand the result on, so that
        // the response (and whatever its client does next) never finds the finished job's slot
        // still taken. On PostgreSQL the DELETE is a round trip the response could otherwise beat.
        if (m.type === "done" || m.type === "error") await slot.release().catch(() => undefined);
        this.notify(() => this.received.push(m));
      }),
    );
    // "close" comes after the process exited and its stdio closed: every message is in (and,
    // queued behind them, handed on).
    this.child.once("close", () => this.inOrder(() => this.notify(() => (this.closed = true))));
    this.child.once("error", () => this.inOrder(() => this.notify(() => (this.closed = true))));
    this.child.send(work);
  }

  /** Runs `step` after every step queued before it, in arrival order. */
  private inOrder(step: () => void | Promise<void>): void {
    this.queue = this.queue.then(step).catch(() => undefined);
  }

  private notify(change: () => void): void {
    change();
    for (const wake of [...this.waiters]) wake();
  }

  /** The worker's message of this type; rejects with the worker's error if it fails or exits first. */
  waitFor<T extends WorkerMessage["type"]>(type: T): Promise<Of<T>> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.received.find((m) => m.type === type);
        const failed = this.received.find((m): m is Of<"error"> => m.type === "error");
        if (found) resolve(found as Of<T>);
        else if (failed) reject(new Error(failed.message));
        else if (this.closed) reject(new Error(`the corpus worker exited before "${type}" (code ${this.child.exitCode})`));
        else return;
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGTERM");
  }
}
