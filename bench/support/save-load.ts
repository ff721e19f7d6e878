// Shared by the benchmarks that measure annotators' saves while heavy work runs: a production
// server on the benchmark's database, and annotators saving new spans through the real API.
import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "../../tests/support/server";
import type { Client } from "../../tests/support/http-client";
import { buildApp, buildIsCurrent } from "../../scripts/start";

const THINK_MS = 100; // between one annotator's saves: several a second each, far faster than a person
const log = (s: string) => console.log(`· ${s}`);

export async function startBenchServer(dbFile: string): Promise<{ url: string; child: ChildProcess }> {
  const distDir = (process.env.NEXT_DIST_DIR ??= ".next-bench");
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
    log(`No build in ${distDir}: building once…`);
    buildApp();
  } else if (!buildIsCurrent(distDir)) {
    log(`Note: the build in ${distDir} is older than some sources; delete it to rebuild.`);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    detached: true, // own process group: stopping it ends next-server too
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: `file:${dbFile}`,
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: "bench-secret",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${url}/api/auth/csrf`)).ok) return { url, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not start");
}

let seq = 0; // across every load run, so no save repeats an earlier span (that would be a 409)

/** Annotators saving new spans on the first documents: one save in flight each, THINK_MS apart, until stop(). */
export function saveLoad(clients: Client[], docs: { id: string; text: string }[]) {
  const samples: { at: number; ms: number; status: number }[] = [];
  let running = true;
  const loop = async (c: Client) => {
    while (running) {
      const doc = docs[seq++ % docs.length];
      const start = (seq * 37) % (doc.text.length - 60);
      const end = start + 3 + (seq % 50);
      const label = ["claim", "quote", "measure", "date"][seq % 4];
      const at = performance.now();
      const res = await c.json("POST", `/api/documents/${doc.id}/annotations`, { label, start, end, text: doc.text.slice(start, end) });
      samples.push({ at, ms: performance.now() - at, status: res.status });
      await new Promise((r) => setTimeout(r, THINK_MS));
    }
  };
  const loops = clients.map((c) => loop(c));
  return {
    samples,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

export async function measureSaves(clients: Client[], docs: { id: string; text: string }[], ms: number) {
  const load = saveLoad(clients, docs);
  await new Promise((r) => setTimeout(r, ms));
  await load.stop();
  return load.samples.filter((s) => s.status === 201).map((s) => s.ms);
}

/** End the server's whole process group and delete the benchmark's folder. */
export async function stopBenchServer(server: { child: ChildProcess } | null, dir: string): Promise<void> {
  if (server?.child.pid) {
    try {
      process.kill(-server.child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  await new Promise((r) => setTimeout(r, 300));
  fs.rmSync(dir, { recursive: true, force: true });
}
