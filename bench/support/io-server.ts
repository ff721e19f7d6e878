// The production server (scripts/serve.ts, what `npm start` runs) on the bench database, and
// annotation saves timed while it exports.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import Database from "better-sqlite3";
import { freePort } from "../../tests/support/server";
import { signedIn, type Client } from "../../tests/support/http-client";
import { percentile } from "./io-report";

export interface BenchServer {
  url: string;
  pid: number;
  stop(): void;
}

/**
 * `database`: a SQLite file, or a DATABASE_URL (file:… or postgresql://…). `publicUrl`: the
 * address clients use, when it is not the server's own (a load balancer in front).
 */
export async function startBenchServer(database: string, distDir: string, publicUrl?: string): Promise<BenchServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // detached: its own process group, so stop() ends the server and any worker it started.
  // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to profile the server.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeArgs, "--import", "tsx", "scripts/serve.ts", "-p", String(port), "-H", "127.0.0.1"],
    {
      detached: true,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: /^(file:|postgres)/.test(database) ? database : `file:${database}`,
        NEXTAUTH_URL: publicUrl ?? url,
        NEXTAUTH_SECRET: "bench-secret",
        NEXT_DIST_DIR: distDir,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the bench server exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error("the bench server did not start within 60 s");
    if (
      await fetch(`${url}/api/auth/csrf`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    pid: child.pid!,
    stop: () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
    },
  };
}

/** Resident memory of a process, in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Distinct valid span bodies on the first documents of the project: one per save. */
function* spanBodies(dbFile: string, projectId: string): Generator<{ documentId: string; body: object }> {
  const db = new Database(dbFile, { readonly: true });
  const docs = db.prepare("SELECT id, text FROM Document WHERE projectId = ? LIMIT 50").all(projectId) as { id: string; text: string }[];
  db.close();
  const cps = docs.map((d) => Array.from(d.text));
  for (let i = 0; ; i++) {
    const d = i % docs.length;
    const start = Math.floor(i / docs.length) * 3 + 1;
    yield {
      documentId: docs[d].id,
      body: { label: "claim", start, end: start + 6, text: cps[d].slice(start, start + 6).join(""), note: "bench" },
    };
  }
}

export class SaveLoad {
  private readonly bodies: Generator<{ documentId: string; body: object }>;
  private annotator!: Client;

  constructor(
    private readonly url: string,
    dbFile: string,
    projectId: string,
  ) {
    this.bodies = spanBodies(dbFile, projectId);
  }

  async signIn(email: string): Promise<void> {
    this.annotator = await signedIn(this.url, email);
  }

  /**
   * `concurrency` annotators each saving a span, pausing `thinkMs` after each save (far busier
   * than people, who save every few seconds), until `until` resolves or `count` saves are done.
   */
  async run(
    concurrency: number,
    stop: { until?: Promise<unknown>; count?: number; thinkMs?: number },
  ): Promise<{ p50: number; p95: number; n: number; failed: number }> {
    const latencies: number[] = [];
    let failed = 0;
    let done = false;
    void stop.until?.then(
      () => (done = true),
      () => (done = true),
    );
    const loop = async () => {
      while (!done && (stop.count === undefined || latencies.length + failed < stop.count)) {
        const { documentId, body } = this.bodies.next().value!;
        const t = performance.now();
        const res = await this.annotator.json("POST", `/api/documents/${documentId}/annotations`, body);
        if (res.status === 201) latencies.push(performance.now() - t);
        else failed++;
        if (stop.thinkMs) await new Promise((r) => setTimeout(r, stop.thinkMs));
      }
    };
    await Promise.all(Array.from({ length: concurrency }, loop));
    return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), n: latencies.length, failed };
  }
}
