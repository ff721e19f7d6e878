import "server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import type { WorkerName } from "./names";

/**
 * The one way Parallax starts a worker process. Heavy work (reads of a whole project, the
 * suggesters, agreement, clustering, exports and imports: synchronous CPU, and on SQLite
 * synchronous reads) runs in a child process instead of on the request thread, at the CPU
 * priority its caller asks for. The child inherits the environment, DATABASE_URL included.
 *
 * A production build compiles each entry in this folder into <distDir>/workers/<name>.mjs
 * (scripts/build-workers.ts, run by `npm run build` and `npm start`), so the server starts
 * plain `node` on JavaScript, with no TypeScript loader. Without a compiled copy (`next dev`, or
 * a bare `next build`) the entry runs from source through tsx.
 * `--conditions=react-server` makes "server-only" resolve to its empty module in either case.
 */
export { WORKER_NAMES, type WorkerName } from "./names";

export interface WorkerOptions {
  /** Unix nice value: 0 = as the server, 19 = lowest. Best effort: ignored where not permitted. */
  priority: number;
  /** Kill the process (SIGKILL) after this long; omitted = no limit. */
  timeoutMs?: number;
  /** Open an IPC channel: the job goes in and progress messages come out (`child.send`, "message"). */
  ipc?: boolean;
}

/** Where compiled worker entries live for the build this server runs. */
export function compiledWorkersDir(distDir = process.env.NEXT_DIST_DIR ?? ".next"): string {
  return path.join(process.cwd(), distDir, "workers");
}

/** Node arguments that run worker `name`: the compiled entry if the build has one, else the source. */
export function workerArgs(name: WorkerName): string[] {
  const compiled = path.join(compiledWorkersDir(), `${name}.mjs`);
  if (fs.existsSync(compiled)) return ["--conditions=react-server", compiled];
  return ["--import", "tsx", "--conditions=react-server", path.join(process.cwd(), "lib", "server", "workers", `${name}.ts`)];
}

/** Start worker `name` with `args`. stdout is a pipe (results or export bytes); stderr is piped for one-shot workers, the server's own with IPC. */
export function startWorker(name: WorkerName, args: string[], options: WorkerOptions): ChildProcess {
  const child = spawn(process.execPath, [...workerArgs(name), ...args], {
    cwd: process.cwd(),
    stdio: options.ipc ? ["ignore", "pipe", "inherit", "ipc"] : ["ignore", "pipe", "pipe"],
    // The server's own NODE_OPTIONS (e.g. a heap limit or --inspect) are not the worker's.
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  try {
    if (child.pid && options.priority) os.setPriority(child.pid, options.priority);
  } catch {
    // not permitted here: it still runs off the request thread
  }
  if (options.timeoutMs) {
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
    timer.unref();
    child.once("exit", () => clearTimeout(timer));
  }
  return child;
}

/** Run a one-shot worker to its end and resolve with its stdout; a failure rejects with its stderr. */
export function runWorker(name: WorkerName, args: string[], options: WorkerOptions & { timeoutMs: number }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = startWorker(name, args, { ...options, ipc: false });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on("data", (b: Buffer) => out.push(b));
    child.stderr?.on("data", (b: Buffer) => err.push(b));
    child.once("error", reject);
    child.once("close", (code, signal) => {
      if (code === 0) resolve(Buffer.concat(out).toString("utf8"));
      else reject(new Error(`${name} failed (${signal ?? `exit ${code}`}): ${Buffer.concat(err).toString("utf8").slice(0, 2000)}`));
    });
  });
}
