// The child process that runs exports and imports off the server's main thread (encoding and
// parsing are synchronous CPU work, and on SQLite so is every read, so a long export on the
// main thread would freeze every annotator's save). Started by lib/server/workers/corpus-child.ts
// through ./launch.ts. It waits for one job on the IPC channel, opens its own connection to the
// job's database (a SQLite file or a PostgreSQL server, `databaseUrl`), and:
// - export: writes the file's bytes to stdout (backpressure: it waits for "drain"), and
//   reports {type:"counts"} before the first byte and {type:"done", summary} at the end;
// - import: reports {type:"done", report}.
// Any failure is {type:"error", message} and exit code 1.
import { once } from "node:events";
import os from "node:os";
import { runExport } from "../corpus/export/export-run";
import { runImport } from "../corpus/import/import-run";
import type { WorkerJob, WorkerMemory, WorkerMessage } from "./corpus-protocol";

let startRssBytes = 0;
let startCpu = process.cpuUsage();
const memory = (): WorkerMemory => {
  const cpu = process.cpuUsage(startCpu);
  return { startRssBytes, maxRssBytes: process.resourceUsage().maxRSS * 1024, cpuMs: (cpu.user + cpu.system) / 1000 };
};

function send(message: WorkerMessage): Promise<void> {
  return new Promise((resolve) => process.send!(message, () => resolve()));
}

async function writeStdout(chunk: Uint8Array): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, "drain");
}

async function run(work: WorkerJob): Promise<void> {
  if (work.kind === "export") {
    const sink = work.discard ? () => {} : writeStdout;
    const summary = await runExport(work.job, sink, (counts) => void send({ type: "counts", counts }));
    await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
    await send({ type: "done", summary, memory: memory() });
  } else {
    const report = await runImport(work.job);
    await send({ type: "done", report, memory: memory() });
  }
}

if (!process.send) {
  console.error("corpus-worker runs as a child process with an IPC channel (see lib/server/workers/corpus-child.ts).");
  process.exit(2);
}

// A spare waits for its job at most this long; it also ends with its parent.
const IDLE_MS = 10 * 60 * 1000;
const idle = setTimeout(() => process.exit(0), IDLE_MS);
process.once("disconnect", () => process.exit());

process.once("message", (work: WorkerJob) => {
  clearTimeout(idle);
  startRssBytes = process.memoryUsage().rss;
  startCpu = process.cpuUsage();
  // Below the server in the CPU queue: on a busy machine, annotators' saves come first.
  try {
    os.setPriority(5);
  } catch {
    // not permitted here: run at normal priority
  }
  run(work).then(
    () => process.disconnect(),
    async (e: unknown) => {
      process.exitCode = 1;
      await send({ type: "error", message: e instanceof Error ? e.message : String(e) });
      process.disconnect();
    },
  );
});
