// Shared by the benchmarks that measure annotators' saves while heavy work runs: a production
// server on the benchmark's database, and annotators saving new spans through the real API.
import fs from "node:fs";
import type { Client } from "../../tests/support/http-client";
import { ensureBuild } from "./build";
import { startBenchServer as startServer, type BenchServer } from "./io-server";

const THINK_MS = 100; // between one annotator's saves: several a second each, far faster than a person
const log = (s: string) => console.log(`· ${s}`);

/** The production server on `dbFile`, built into NEXT_DIST_DIR (default .next-bench) when the sources changed. */
export async function startBenchServer(dbFile: string): Promise<BenchServer> {
  const distDir = (process.env.NEXT_DIST_DIR ??= ".next-bench");
  ensureBuild(distDir, log);
  return startServer(dbFile, distDir);
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
export async function stopBenchServer(server: BenchServer | null, dir: string): Promise<void> {
  server?.stop();
  await new Promise((r) => setTimeout(r, 300));
  fs.rmSync(dir, { recursive: true, force: true });
}
