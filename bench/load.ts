// npm run bench:load [-- --annotators 50 --seconds 30 --think-ms 2000 --docs 1000 --instances 1
//                       --calibration-saves 1500 --warmup-saves 500]
// N simulated annotators sign in as the browser does and repeat a realistic mix of creates,
// retags, attribute edits, deletes and workspace / proposition-board page reads against one
// production server, for a fixed time, first alone and then while a manager runs a full
// JSONL export and the project's agreement over and over. Prints p50/p95/p99 latency,
// throughput, errors and the server's CPU time per save (from /proc, not wall time: the
// machine is shared). Finally counts the load annotators' spans in the database against the
// acknowledged creates minus deletes: nothing acknowledged may be lost.
// --instances N: N app instances on the same database behind a round-robin balancer
// (bench/support/balancer.ts), every request to the next instance; CPU is summed over them.
// --postgres URL: run on a throwaway database on that PostgreSQL server (URL of an account that
// may create databases, e.g. postgresql://parallax:parallax@localhost/postgres) instead of SQLite:
// the corpus is built in SQLite as usual and copied over (scripts/copy-database.ts); the
// PostgreSQL backends' CPU is reported beside the app's.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, prepareTestDatabase, throwawayDatabase } from "../tests/support/server";
import { copyDatabase } from "../scripts/copy-database";
import { signedIn, type Client } from "../tests/support/http-client";
import { seededRandom } from "../tests/support/seeded-random";
import { hashPassword } from "../lib/server/auth/passwords";
import { ensureBuild } from "./support/build";
import { startBenchServer, type BenchServer } from "./support/io-server";
import { startBalancer, type Balancer } from "./support/balancer";
import { postgresCpuMs, serverCpuMs } from "./support/server-cpu";
import { buildLoadCorpus, countLoadSpans, someClaimIds } from "./support/load-corpus";
import { LoadAnnotator, SAVE_ACTIONS, type Sample, type Tally } from "./support/load-annotator";
import { percentile, printTable, type Row } from "./support/report";
import { runBench } from "./support/run";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const ANNOTATORS = option("annotators", 50);
const SECONDS = option("seconds", 30);
const THINK_MS = option("think-ms", 2000);
const DOCS = option("docs", 1000);
const CALIBRATION_SAVES = option("calibration-saves", 1500);
const WARMUP_SAVES = option("warmup-saves", 500);
const INSTANCES = option("instances", 1);
const POSTGRES = (() => {
  const i = process.argv.indexOf("--postgres");
  return i >= 0 ? process.argv[i + 1] : undefined;
})();
const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-bench";
const DIALECT = POSTGRES ? "PostgreSQL" : "SQLite";
const log = (s: string) => console.log(`· ${s}`);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Exponential think time around the mean (people pause irregularly), capped at 4× the mean. */
function think(rand: () => number): Promise<void> {
  return THINK_MS > 0 ? sleep(Math.min(4 * THINK_MS, -Math.log(1 - rand()) * THINK_MS)) : Promise.resolve();
}

async function runPhase(
  annotators: LoadAnnotator[],
  seconds: number,
  rand: () => number,
  background?: (until: Promise<void>) => Promise<unknown>,
) {
  const samples: Sample[] = [];
  let stop = false;
  const ends = sleep(seconds * 1000).then(() => void (stop = true));
  const loops = annotators.map(async (a) => {
    await think(rand); // spread the starts
    while (!stop) {
      samples.push(await a.act());
      await think(rand);
    }
  });
  const side = background ? background(ends) : Promise.resolve();
  await Promise.all([...loops, ends, side]);
  return samples;
}

/** The manager's heavy work, back to back until `until`: full JSONL export and agreement. */
async function heavyWork(manager: Client, projectId: string, until: Promise<void>) {
  let over = false;
  void until.then(() => (over = true));
  const runs = { exports: [] as number[], agreements: [] as number[], errors: 0 };
  const exportLoop = async () => {
    while (!over) {
      const t = performance.now();
      const res = await manager.fetch(`/api/projects/${projectId}/export?format=jsonl&layer=all`);
      await res.arrayBuffer();
      if (res.status === 200) runs.exports.push(performance.now() - t);
      else runs.errors++;
    }
  };
  const agreementLoop = async () => {
    while (!over) {
      const t = performance.now();
      const res = await manager.fetch(`/api/projects/${projectId}/agreement`);
      await res.arrayBuffer();
      if (res.status === 200) runs.agreements.push(performance.now() - t);
      else runs.errors++;
    }
  };
  await Promise.all([exportLoop(), agreementLoop()]);
  return runs;
}

function summarize(title: string, samples: Sample[], seconds: number, cpuMs: number): Row[] {
  const saves = samples.filter((s) => SAVE_ACTIONS.includes(s.action));
  const reads = samples.filter((s) => !SAVE_ACTIONS.includes(s.action));
  const errors = samples.filter((s) => !s.ok);
  const p = (xs: Sample[], q: number) =>
    percentile(
      xs.map((s) => s.ms),
      q,
    );
  const f = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : "n/a");
  const byAction = [...new Set(samples.map((s) => s.action))].map((a) => {
    const xs = samples.filter((s) => s.action === a);
    return `${a} ${xs.length} (p95 ${f(p(xs, 95))})`;
  });
  log(`${title}: ${byAction.join(", ")}`);
  if (errors.length) log(`errors: ${[...new Set(errors.map((e) => `${e.action} ${e.status}`))].join(", ")}`);
  return [
    {
      metric: `${title}: saves p50 / p95 / p99`,
      value: `${f(p(saves, 50))} / ${f(p(saves, 95))} / ${f(p(saves, 99))}`,
      target: "p95 ≤ 50 ms, p99 ≤ 150 ms",
      pass: p(saves, 95) <= 50 && p(saves, 99) <= 150,
    },
    {
      metric: `${title}: page reads p50 / p95 / p99`,
      value: `${f(p(reads, 50))} / ${f(p(reads, 95))} / ${f(p(reads, 99))}`,
      target: "",
      pass: null,
    },
    {
      metric: `${title}: throughput`,
      value: `${(samples.length / seconds).toFixed(1)} actions/s, ${(saves.length / seconds).toFixed(1)} saves/s`,
      target: "",
      pass: null,
    },
    { metric: `${title}: errors`, value: `${errors.length} of ${samples.length}`, target: "0", pass: errors.length === 0 },
    {
      metric: `${title}: server CPU per action (all kinds)`,
      value: `${(cpuMs / Math.max(1, samples.length)).toFixed(2)} ms`,
      target: "",
      pass: null,
    },
  ];
}

/** The app as the annotators see it: one server, or several behind a balancer. */
interface App {
  url: string;
  servers: BenchServer[];
  balancer: Balancer | null;
  cpuMs(): number;
  /** CPU of the database server's backends (PostgreSQL; 0 on SQLite, which runs in the app). */
  databaseCpuMs(): number;
  stop(): Promise<void>;
}

async function startApp(databaseUrl: string): Promise<App> {
  const balancerPort = INSTANCES > 1 ? await freePort() : 0;
  const publicUrl = INSTANCES > 1 ? `http://127.0.0.1:${balancerPort}` : undefined;
  const servers: BenchServer[] = [];
  for (let i = 0; i < INSTANCES; i++) servers.push(await startBenchServer(databaseUrl, DIST_DIR, publicUrl));
  const balancer =
    INSTANCES > 1
      ? await startBalancer(
          servers.map((s) => s.url),
          balancerPort,
        )
      : null;
  return {
    url: balancer?.url ?? servers[0].url,
    servers,
    balancer,
    cpuMs: () => servers.reduce((sum, s) => sum + serverCpuMs(s.pid), 0),
    databaseCpuMs: () => (databaseUrl.startsWith("postgres") ? postgresCpuMs(new URL(databaseUrl).pathname.slice(1)) : 0),
    async stop() {
      await balancer?.close();
      for (const s of servers) s.stop();
    },
  };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-bench-load-"));
  const dbFile = path.join(dir, "bench.db");
  let server: App | null = null;
  let drop = async () => undefined as void;
  try {
    log(`Machine: ${os.cpus().length} cores, load average ${load()}.`);
    ensureBuild(DIST_DIR, log);
    prepareTestDatabase(`file:${dbFile}`, false);
    const corpus = buildLoadCorpus(dbFile, { documents: DOCS, annotators: ANNOTATORS, passwordHash: await hashPassword("parallax-demo") });
    log(`Project: ${DOCS} documents, ${corpus.spans} spans; ${ANNOTATORS} load annotators with 3 documents each.`);
    let databaseUrl = `file:${dbFile}`;
    if (POSTGRES) {
      process.env.PARALLAX_TEST_POSTGRES = POSTGRES;
      const target = await throwawayDatabase(dir);
      drop = target.drop;
      prepareTestDatabase(target.url, false);
      const t = performance.now();
      await copyDatabase(databaseUrl, target.url, () => undefined);
      databaseUrl = target.url;
      log(`Copied into PostgreSQL database ${new URL(target.url).pathname.slice(1)} in ${((performance.now() - t) / 1000).toFixed(1)} s.`);
    }
    server = await startApp(databaseUrl);
    if (server.balancer) log(`${INSTANCES} app instances on one ${DIALECT} database behind a round-robin balancer at ${server.url}.`);
    const manager = await signedIn(server.url, corpus.manager.email);
    const prop = await manager.json("POST", `/api/projects/${corpus.projectId}/propositions`, {
      statement: "Japan's export controls were retaliation for the wartime labour rulings.",
    });
    if (prop.status !== 201) throw new Error(`creating the board's proposition failed: ${prop.status}`);
    for (const annotationId of await someClaimIds(databaseUrl, corpus.projectId, 40)) {
      await manager.json("POST", `/api/propositions/${prop.body.proposition.id}/links`, { annotationId, stance: "supports" });
    }
    const boardPath = `/projects/${corpus.projectId}/propositions/${prop.body.proposition.id}`;

    const t = performance.now();
    const clients = await Promise.all(corpus.loadAnnotators.map((a) => signedIn(server!.url, a.email)));
    log(`${ANNOTATORS} sign-ins (argon2id, concurrent) in ${((performance.now() - t) / 1000).toFixed(1)} s.`);
    const rand = seededRandom(13);
    const tally: Tally = { created: 0, deleted: 0 };
    const annotators = clients.map(
      (c, i) => new LoadAnnotator(c, { docs: corpus.loadAnnotators[i].docs, boardPath }, seededRandom(100 + i), tally),
    );
    for (const a of annotators.slice(0, 10)) for (let k = 0; k < 5; k++) await a.act(); // warm routes and caches

    // Calibration: saves only, 8 in flight, no think time: the server's CPU per save in steady
    // state. The first few hundred saves also pay for V8 compiling the save path (measured: 3.9
    // ms per save over the first 1,500, 2.7 over 3,000), which a running server paid long ago,
    // so WARMUP_SAVES are made first and not counted.
    const saves = async (n: number) => {
      let count = 0;
      await Promise.all(
        annotators.slice(0, 8).map(async (a) => {
          while (count < n) {
            count++;
            const s = await a.act(true);
            if (!s.ok) throw new Error(`calibration save failed: ${s.action} ${s.status}`);
          }
        }),
      );
      return count;
    };
    await saves(WARMUP_SAVES);
    let cpu = server.cpuMs();
    const databaseCpu = server.databaseCpuMs();
    const count = await saves(CALIBRATION_SAVES);
    const cpuPerSave = (server.cpuMs() - cpu) / count;
    const databaseCpuPerSave = (server.databaseCpuMs() - databaseCpu) / count;
    log(
      `Calibration: ${count} saves after ${WARMUP_SAVES} uncounted (create/retag/attributes/delete), server CPU ${cpuPerSave.toFixed(2)} ms per save (load ${load()}).`,
    );
    // The floor under a save: the framework and session cost of an authenticated API request
    // without any of the save's logic (GET /api/me: the session check's one read, ~150 bytes back).
    let reads = 0;
    cpu = server.cpuMs();
    await Promise.all(
      clients.slice(0, 8).map(async (c) => {
        while (reads < CALIBRATION_SAVES) {
          reads++;
          const res = await c.fetch("/api/me");
          if (res.status !== 200) throw new Error(`floor read failed: ${res.status}`);
          await res.arrayBuffer();
        }
      }),
    );
    const cpuPerRead = (server.cpuMs() - cpu) / reads;
    log(`Floor: ${reads} reads of GET /api/me, server CPU ${cpuPerRead.toFixed(2)} ms per request (load ${load()}).`);
    const rows: Row[] = [
      {
        metric: "server CPU per save (saves only, 8 in flight)",
        value: `${cpuPerSave.toFixed(2)} ms`,
        target: "≤ 3 ms",
        pass: cpuPerSave <= 3,
      },
      {
        metric: "floor: server CPU per GET /api/me (session check only)",
        value: `${cpuPerRead.toFixed(2)} ms`,
        target: "",
        pass: null,
      },
      ...(POSTGRES
        ? [
            {
              metric: "PostgreSQL backends' CPU per save (same saves)",
              value: `${databaseCpuPerSave.toFixed(2)} ms`,
              target: "",
              pass: null,
            },
          ]
        : []),
    ];

    log(`Phase 1: ${ANNOTATORS} annotators, mean think ${THINK_MS} ms, ${SECONDS} s (load ${load()})…`);
    cpu = server.cpuMs();
    const quiet = await runPhase(annotators, SECONDS, rand);
    rows.push(...summarize("alone", quiet, SECONDS, server.cpuMs() - cpu));

    log(`Phase 2: the same while a full JSONL export and agreement run back to back (load ${load()})…`);
    cpu = server.cpuMs();
    let heavy: Awaited<ReturnType<typeof heavyWork>> | undefined;
    const busy = await runPhase(annotators, SECONDS, rand, async (until) => (heavy = await heavyWork(manager, corpus.projectId, until)));
    rows.push(...summarize("with export + agreement", busy, SECONDS, server.cpuMs() - cpu));
    const mean = (xs: number[]) => (xs.length ? `${(xs.reduce((s, x) => s + x, 0) / xs.length / 1000).toFixed(1)} s` : "none finished");
    rows.push({
      metric: "exports / agreement runs completed (mean time)",
      value: `${heavy!.exports.length} (${mean(heavy!.exports)}) / ${heavy!.agreements.length} (${mean(heavy!.agreements)})`,
      target: "0 errors",
      pass: heavy!.errors === 0,
    });

    await sleep(500);
    const stored = await countLoadSpans(databaseUrl, corpus);
    const expected = tally.created - tally.deleted;
    rows.push({
      metric: "acknowledged creates − deletes vs spans in the database",
      value: `${expected} vs ${stored}`,
      target: "equal",
      pass: stored === expected,
    });
    if (server.balancer) log(`Requests per instance: ${server.balancer.counts.join(", ")}.`);
    const instances = INSTANCES === 1 ? "1 instance" : `${INSTANCES} instances behind a balancer`;
    printTable(`bench:load — ${ANNOTATORS} annotators, ${SECONDS} s per phase, ${instances}, ${DIALECT} (load average ${load()})`, rows);
  } finally {
    await server?.stop();
    await sleep(300);
    await drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

runBench(main);
