// npm run bench:io (tsx --conditions=react-server bench/io.ts)
// Builds a project of 10,000 documents and 200,000 spans in a fresh migrated database, then
// measures every export format (time, bytes, time to first byte, memory growth of the
// worker), the JSONL import into an empty project and into one that already holds the
// corpus, and the p95 latency of annotators' saves through a real server while it streams
// an export. Prints a table with PASS/MISS per target. Options: BENCH_DOCS, BENCH_SPANS_PER_DOC,
// NEXT_DIST_DIR (the build to serve; default .next-bench, built once if missing).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareTestDatabase } from "../tests/support/server";
import { signedIn } from "../tests/support/http-client";
import { hashPassword } from "../lib/server/auth/passwords";
import { EXPORT_FORMATS, formatParam, type ExportFormat } from "../lib/server/corpus/corpus-formats";
import type { ExportJob } from "../lib/server/corpus/export/export-run";
import { buildBenchCorpus, type BenchCorpus } from "./support/io-corpus";
import { measureExport, measureImport, type ExportMeasure } from "./support/io-measure";
import { printRows, printTargets, type Row } from "./support/io-report";
import { SaveLoad, rssMb, startBenchServer } from "./support/io-server";
import { ensureBuild } from "./support/build";
import { prewarmCorpusWorker } from "../lib/server/workers/corpus-child";
import { runBench } from "./support/run";

const EXPORT_SECONDS: Partial<Record<ExportFormat, number>> = { jsonl: 5, csv: 5, conll: 8, brat: 10 };
const MEMORY_MB = 300;
const IMPORT_SECONDS = 15;
const SAVE_P95_MS = 250;
const THINK_MS = 100; // each of 4 bench annotators saves ~every 0.1 s: 20x a busy person
const log = (s: string) => console.log(`· ${s}`);

async function exportAll(corpus: BenchCorpus, dbPath: string, jsonlFile: string, rows: Row[]) {
  const table: string[][] = [];
  for (const format of EXPORT_FORMATS) {
    const job: ExportJob = {
      format,
      layer: { kind: "all" },
      statuses: [],
      perspectives: [],
      offsetUnit: "utf16",
      bom: false,
      databaseUrl: `file:${dbPath}`,
      projectId: corpus.projectId,
    };
    // As between real downloads, give the next spare worker a moment to start (corpus-child.ts).
    await new Promise((r) => setTimeout(r, 1500));
    const m: ExportMeasure = await measureExport(job, format === "jsonl" ? jsonlFile : undefined);
    const target = EXPORT_SECONDS[format];
    table.push([
      formatParam(format),
      m.seconds.toFixed(2),
      m.cpuSeconds.toFixed(2),
      (m.bytes / 1048576).toFixed(1),
      m.ttfbMs.toFixed(0),
      m.growthMb.toFixed(0),
      m.summary.dropped === undefined ? "" : String(m.summary.dropped),
    ]);
    if (target)
      rows.push({
        what: `export ${formatParam(format)} time`,
        value: `${m.seconds.toFixed(2)} s`,
        target: `< ${target} s`,
        pass: m.seconds < target,
      });
    rows.push({
      what: `export ${formatParam(format)} memory growth`,
      value: `${m.growthMb.toFixed(0)} MB`,
      target: `< ${MEMORY_MB} MB`,
      pass: m.growthMb < MEMORY_MB,
    });
  }
  printRows(
    `Exports of ${corpus.documents} documents and ${corpus.spans} spans (all layers), in the worker process`,
    ["format", "time s", "CPU s", "MB", "first byte ms", "memory growth MB", "CoNLL dropped"],
    table,
  );
}

async function importTwice(corpus: BenchCorpus, dbPath: string, jsonlFile: string, rows: Row[]) {
  const job = {
    format: "jsonl" as const,
    skipInvalid: false,
    defaultLayer: "mine" as const,
    databaseUrl: `file:${dbPath}`,
    projectId: corpus.emptyProjectId,
    importerId: corpus.users.admin,
    source: { kind: "file" as const, path: jsonlFile },
  };
  const table: string[][] = [];
  for (const label of ["into an empty project", "into a project holding the corpus"]) {
    const m = await measureImport(job);
    const c = m.report.counts;
    const ok =
      m.report.imported &&
      (label.includes("empty")
        ? c.documentsCreated === corpus.documents && c.spansCreated === corpus.spans
        : c.documentsMatched === corpus.documents && c.spansAlreadyPresent === corpus.spans);
    table.push([
      label,
      m.seconds.toFixed(2),
      m.cpuSeconds.toFixed(2),
      m.growthMb.toFixed(0),
      `${c.documentsCreated}/${c.documentsMatched}`,
      `${c.spansCreated}/${c.spansAlreadyPresent}`,
      `${c.propositionsCreated}/${c.propositionsMatched}`,
      ok ? "yes" : `NO (${m.report.problems.length} problems)`,
    ]);
    if (label.includes("empty"))
      rows.push({
        what: "import memory growth (file read as a stream, checked documents spilled to disk)",
        value: `${m.growthMb.toFixed(0)} MB`,
        target: "info",
        pass: null,
      });
    rows.push({
      what: `import JSONL ${label}`,
      value: `${m.seconds.toFixed(2)} s`,
      target: `< ${IMPORT_SECONDS} s, complete`,
      pass: ok && m.seconds < IMPORT_SECONDS,
    });
  }
  printRows(
    "JSONL import (parse, check every span, write in one transaction), in the worker process",
    ["import", "time s", "CPU s", "memory growth MB", "docs new/matched", "spans new/present", "props new/matched", "as expected"],
    table,
  );
}

async function savesDuringExport(corpus: BenchCorpus, dbFile: string, rows: Row[]) {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next-bench";
  process.env.NEXT_DIST_DIR = distDir;
  ensureBuild(distDir, log);
  const server = await startBenchServer(dbFile, distDir);
  try {
    const load = new SaveLoad(server.url, dbFile, corpus.projectId);
    await load.signIn("annotator1@example.com");
    await load.run(2, { count: 20 }); // warm up routes and connections
    const idle = await load.run(4, { count: 200, thinkMs: THINK_MS });
    const admin = await signedIn(server.url, "admin@example.com");
    // The export page starts a spare worker when it renders, as it does for a real download.
    await admin.fetch(`/projects/${corpus.projectId}/data`).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 1500));
    const rssBefore = rssMb(server.pid);
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(server.pid))), 100);
    const started = performance.now();
    let ttfb = NaN;
    let bytes = 0;
    const exporting = (async () => {
      const res = await admin.fetch(`/api/projects/${corpus.projectId}/export?format=jsonl&layer=all`);
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        if (bytes === 0) ttfb = performance.now() - started;
        bytes += chunk.length;
      }
    })();
    const busy = await load.run(4, { until: exporting, thinkMs: THINK_MS });
    await exporting;
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    printRows(
      `Through a real server (next start): JSONL export download while 4 annotators save spans (pausing ${THINK_MS} ms between saves)`,
      ["measure", "value"],
      [
        ["export time", `${seconds.toFixed(2)} s`],
        ["export bytes", `${(bytes / 1048576).toFixed(1)} MB`],
        ["export first byte", `${ttfb.toFixed(0)} ms`],
        ["server RSS growth during export", `${(rssPeak - rssBefore).toFixed(0)} MB`],
        [
          "saves idle: p50 / p95 (n)",
          `${idle.p50.toFixed(0)} / ${idle.p95.toFixed(0)} ms (${idle.n}${idle.failed ? `, ${idle.failed} failed` : ""})`,
        ],
        [
          "saves during export: p50 / p95 (n)",
          `${busy.p50.toFixed(0)} / ${busy.p95.toFixed(0)} ms (${busy.n}${busy.failed ? `, ${busy.failed} failed` : ""})`,
        ],
      ],
    );
    rows.push({ what: "HTTP export JSONL time", value: `${seconds.toFixed(2)} s`, target: "< 5 s", pass: seconds < 5 });
    rows.push({
      what: "server memory growth during export",
      value: `${(rssPeak - rssBefore).toFixed(0)} MB`,
      target: `< ${MEMORY_MB} MB`,
      pass: rssPeak - rssBefore < MEMORY_MB,
    });
    rows.push({
      what: "save p95 during export",
      value: `${busy.p95.toFixed(0)} ms`,
      target: `< ${SAVE_P95_MS} ms`,
      pass: busy.p95 < SAVE_P95_MS && busy.failed === 0,
    });
  } finally {
    server.stop();
  }
}

async function main() {
  const documents = Number(process.env.BENCH_DOCS ?? 10_000);
  const perDoc = Number(process.env.BENCH_SPANS_PER_DOC ?? 20);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-bench-io-"));
  const dbFile = path.join(dir, "bench.db");
  const jsonlFile = path.join(dir, "corpus.jsonl");
  try {
    log(
      `Machine: ${os.cpus().length} cores, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")} (other work inflates every time below).`,
    );
    log("Migrating a fresh database…");
    prepareTestDatabase(`file:${dbFile}`, false);
    process.env.DATABASE_URL = `file:${dbFile}`; // the jobs' slots (WorkerSlot) are taken in the bench database
    const t = performance.now();
    const corpus = buildBenchCorpus(dbFile, await hashPassword("parallax-demo"), documents, perDoc);
    log(
      `Wrote ${corpus.documents} documents and ${corpus.spans} spans with prepared statements in ${((performance.now() - t) / 1000).toFixed(1)} s.`,
    );
    const rows: Row[] = [];
    // As the server does when the export page renders: a worker waits for the first job.
    prewarmCorpusWorker();
    await new Promise((r) => setTimeout(r, 2000));
    await exportAll(corpus, dbFile, jsonlFile, rows);
    await importTwice(corpus, dbFile, jsonlFile, rows);
    await savesDuringExport(corpus, dbFile, rows);
    printTargets(rows);
    log(
      `Load average at the end: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}.`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

runBench(main);
