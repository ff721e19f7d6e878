// npm run bench:agreement (tsx --conditions=react-server bench/agreement.ts)
// Builds a project of 10,000 documents, 3 annotators and about 200,000 spans in a fresh
// migrated database, then measures the full agreement computation (the worker process
// alone, and cold through the real API, three times while annotators save) with the
// worker's peak memory, and the p95 latency of those saves through the real server while
// the agreement requests run, next to the p95 of the same saves without agreement.
// Options: BENCH_DOCS (10000), NEXT_DIST_DIR (build to serve; default .next-bench,
// built once if missing).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import Database from "better-sqlite3";
import { prepareTestDatabase } from "../tests/support/server";
import { signedIn } from "../tests/support/http-client";
import { hashPassword } from "../lib/server/auth/passwords";
import { workerArgs } from "../lib/server/workers/launch";
import { measureSaves, saveLoad, startBenchServer as startServer, stopBenchServer } from "./support/save-load";
import { percentile } from "./support/report";
import { buildAgreementCorpus, type AgreementCorpus } from "./support/agreement-corpus";
import type { AgreementReport } from "../lib/domain/agreement/agreement-report";

const TARGET_SECONDS = 5;
const TARGET_MB = 500;
const TARGET_SAVE_P95_MS = 50;
const DOCS = Number(process.env.BENCH_DOCS ?? 10_000);
const RUNS = 3; // agreement requests while saving: each one recomputes, since the saves change the data
const log = (s: string) => console.log(`· ${s}`);

function runWorker(dbFile: string, projectId: string): Promise<{ wallMs: number; out: AgreementReport }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...workerArgs("agreement-worker"), dbFile, projectId], { stdio: ["ignore", "pipe", "inherit"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => chunks.push(b));
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`worker exited with ${code}`));
      resolve({ wallMs: performance.now() - started, out: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
    });
  });
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-bench-agreement-"));
  const dbFile = path.join(dir, "bench.db");
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  const startLoad = os.loadavg()[0].toFixed(1);
  try {
    log("Migrating a fresh database…");
    prepareTestDatabase(`file:${dbFile}`, false);
    const passwordHash = await hashPassword("parallax-demo");
    let t = performance.now();
    const corpus: AgreementCorpus = buildAgreementCorpus(dbFile, {
      documents: DOCS,
      truthPerDocument: 7,
      documentLength: 1500,
      passwordHash,
    });
    log(
      `Built ${DOCS.toLocaleString("en")} documents × 3 annotators, ${corpus.spans.toLocaleString("en")} spans in ${((performance.now() - t) / 1000).toFixed(1)} s.`,
    );

    log("Agreement in the worker process (cold start, as the server runs it)…");
    const worker = await runWorker(dbFile, corpus.projectId);
    const { out } = worker;
    log(
      `Worker: ${out.documents} documents, ${out.stats.spans} spans, computed in ${out.stats.ms} ms; overall alpha ${out.overall.alpha?.toFixed(3)}.`,
    );

    server = await startServer(dbFile);
    log(`Server on ${server.url}.`);
    const manager = await signedIn(server.url, corpus.manager.email);
    const annotators = await Promise.all(corpus.annotators.map((a) => signedIn(server!.url, a.email)));
    const reader = new Database(dbFile, { readonly: true });
    const docs = reader.prepare(`SELECT id, text FROM "Document" WHERE projectId = ? LIMIT 300`).all(corpus.projectId) as {
      id: string;
      text: string;
    }[];
    reader.close();

    await measureSaves(annotators, docs, 1000); // warm up the server's routes and caches
    const baseline = await measureSaves(annotators, docs, 3000);

    log(`Agreement through the API ${RUNS} times (each cold: fingerprint, worker, report) while annotators save…`);
    const load = saveLoad(annotators, docs);
    await new Promise((r) => setTimeout(r, 300));
    const windows: [number, number][] = [];
    let apiRss = 0;
    for (let i = 0; i < RUNS; i++) {
      const from = performance.now();
      const res = await manager.json("GET", `/api/projects/${corpus.projectId}/agreement`);
      windows.push([from, performance.now()]);
      if (res.status !== 200) throw new Error(`agreement API answered ${res.status}: ${JSON.stringify(res.body)}`);
      apiRss = Math.max(apiRss, res.body.stats.maxRssMb as number);
      await new Promise((r) => setTimeout(r, 300)); // let a few saves land so the next request is cold again
    }
    await load.stop();
    const apiTimes = windows.map(([a, b]) => b - a);
    const apiMs = percentile(apiTimes, 50);
    const during = load.samples.filter((s) => s.status === 201 && windows.some(([a, b]) => s.at >= a && s.at <= b)).map((s) => s.ms);
    const failed = load.samples.filter((s) => s.status >= 500).length;

    t = performance.now();
    await manager.json("GET", `/api/projects/${corpus.projectId}/agreement`); // the saves changed the data: computed again
    const againMs = performance.now() - t;
    t = performance.now();
    await manager.json("GET", `/api/projects/${corpus.projectId}/agreement`);
    const cachedMs = performance.now() - t;

    const rssMb = out.stats.maxRssMb;
    const apiRssMb = apiRss;
    const rows: [string, string, string, boolean | null][] = [
      [
        `agreement, worker process (${DOCS.toLocaleString("en")} docs, ${corpus.spans.toLocaleString("en")} spans)`,
        `${(worker.wallMs / 1000).toFixed(2)} s`,
        `< ${TARGET_SECONDS} s`,
        worker.wallMs < TARGET_SECONDS * 1000,
      ],
      ["  of which reading + computing (inside the worker)", `${(out.stats.ms / 1000).toFixed(2)} s`, "", null],
      [
        `agreement via GET /api/projects/{id}/agreement, cold, saves running (median of ${RUNS})`,
        `${(apiMs / 1000).toFixed(2)} s`,
        `< ${TARGET_SECONDS} s`,
        apiMs < TARGET_SECONDS * 1000,
      ],
      ["  slowest of those", `${(Math.max(...apiTimes) / 1000).toFixed(2)} s`, "", null],
      [
        "agreement via the API again, no saves running (recomputed)",
        `${(againMs / 1000).toFixed(2)} s`,
        `< ${TARGET_SECONDS} s`,
        againMs < TARGET_SECONDS * 1000,
      ],
      ["agreement via the API, unchanged data (cached)", `${cachedMs.toFixed(0)} ms`, "", null],
      ["worker peak memory (maxRSS)", `${rssMb.toFixed(0)} MB`, `< ${TARGET_MB} MB`, rssMb < TARGET_MB],
      ["worker peak memory in the API run (maxRSS)", `${apiRssMb} MB`, `< ${TARGET_MB} MB`, apiRssMb < TARGET_MB],
      [
        `save p95 while agreement runs (${during.length} saves by 3 annotators)`,
        `${percentile(during, 95).toFixed(1)} ms`,
        `< ${TARGET_SAVE_P95_MS} ms`,
        during.length >= 20 && percentile(during, 95) < TARGET_SAVE_P95_MS,
      ],
      ["  save p50 / max while agreement runs", `${percentile(during, 50).toFixed(1)} / ${Math.max(...during).toFixed(1)} ms`, "", null],
      [`  save p95 without agreement (${baseline.length} saves)`, `${percentile(baseline, 95).toFixed(1)} ms`, "", null],
      ["  saves that failed (5xx) during the run", String(failed), "0", failed === 0],
    ];
    const width = [Math.max(...rows.map((r) => r[0].length)), 12, 10];
    console.log(`\n${"measure".padEnd(width[0])} | ${"value".padStart(width[1])} | ${"target".padEnd(width[2])} | result`);
    console.log(`${"-".repeat(width[0])}-|-${"-".repeat(width[1])}-|-${"-".repeat(width[2])}-|-------`);
    for (const [what, value, target, pass] of rows) {
      console.log(
        `${what.padEnd(width[0])} | ${value.padStart(width[1])} | ${target.padEnd(width[2])} | ${pass === null ? "" : pass ? "PASS" : "MISS"}`,
      );
    }
    console.log(
      `\n(${os.cpus().length} cores, load average ${startLoad} when the run began; Node ${process.version}. Other work on the machine slows every figure.)`,
    );
    process.exitCode = rows.every((r) => r[3] !== false) ? 0 : 1;
  } finally {
    await stopBenchServer(server, dir);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
