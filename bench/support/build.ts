// Build the app into its own folder (.next-bench) unless a build newer than every source exists.
// Bench builds carry the workspace's benchmark hooks (window.__parallaxBench.selectText, …):
// PARALLAX_BENCH=1 is inlined by Next at build time, and production builds leave
// the hooks out. A marker file says a build was made that way, so a plain build in the same
// folder is never mistaken for one.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildWorkers } from "../../scripts/build-workers";

const SOURCES = [
  "app",
  "components",
  "lib",
  "prisma/schema.prisma",
  "next.config.js",
  "package.json",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

export function ensureBuild(distDir: string, log: (s: string) => void): void {
  const stamps = [path.join(distDir, "BUILD_ID"), path.join(distDir, "workers", "corpus-worker.mjs"), path.join(distDir, "PARALLAX_BENCH")];
  const built = stamps.every((f) => fs.existsSync(f)) ? Math.min(...stamps.map((f) => fs.statSync(f).mtimeMs)) : 0;
  const sources = Math.max(...SOURCES.map(newestMtime));
  if (built > sources) {
    log(`Using the existing build in ${distDir}.`);
    return;
  }
  log(`Building into ${distDir} (${built ? "sources changed" : "no build yet"}); this takes a minute or two…`);
  try {
    execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", PARALLAX_BENCH: "1" },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const out = e as { stdout?: Buffer; stderr?: Buffer };
    const tail = `${out.stdout?.toString() ?? ""}\n${out.stderr?.toString() ?? ""}`.trim().split("\n").slice(-40).join("\n");
    throw new Error(`next build failed:\n${tail}`, { cause: e });
  }
  buildWorkers(distDir);
  fs.writeFileSync(path.join(distDir, "PARALLAX_BENCH"), "built with PARALLAX_BENCH=1\n");
}
