// npm start: prepare the database (migrations, demo seed), build if there is no current
// build, then serve on PORT (default 3000). One command from a fresh clone to a running app.
import fs from "node:fs";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { loadEnv } from "./env";
import { prepareDatabase } from "./prepare-db";
import { buildWorkers } from "./build-workers";

const SOURCE_DIRS = ["app", "components", "lib", "proxy.ts", "prisma/schema.prisma", "next.config.js", "package.json"];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

/** A build is current when its BUILD_ID and its compiled workers are newer than every source file. */
export function buildIsCurrent(distDir = process.env.NEXT_DIST_DIR ?? ".next"): boolean {
  const stamps = [path.join(distDir, "BUILD_ID"), path.join(distDir, "workers", "corpus-worker.mjs")];
  if (!stamps.every((f) => fs.existsSync(f))) return false;
  const built = Math.min(...stamps.map((f) => fs.statSync(f).mtimeMs));
  return SOURCE_DIRS.every((d) => newestMtime(d) <= built);
}

/** `next build`, then the worker entries (scripts/build-workers.ts) into the same dist dir. */
export function buildApp(): void {
  console.log("Building Parallax (first start or sources changed)…");
  const r = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env: process.env });
  if (r.status !== 0) throw new Error("next build failed");
  buildWorkers();
}

async function main() {
  loadEnv();
  const port = process.env.PORT ?? "3000";
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  await prepareDatabase();
  if (!buildIsCurrent()) buildApp();
  console.log(`Parallax on ${process.env.NEXTAUTH_URL}`);
  // scripts/serve.ts rather than `next start`: it gives the app the client's socket address.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "-p", port], {
    stdio: "inherit",
    env: process.env,
  });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", (code) => process.exit(code ?? 0));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
