// Compiles the worker entries (lib/server/workers/*-worker.ts) into <distDir>/workers/<name>.mjs,
// which lib/server/workers/launch.ts starts with plain node in production: no TypeScript loader
// at run time. Our own code (lib/, generated/) is bundled; npm packages stay external and are
// loaded from node_modules as the server loads them (better-sqlite3 is native). Run by
// `npm run build` and by scripts/start.ts after `next build`.
import path from "node:path";
import { buildSync } from "esbuild";
import { WORKER_NAMES } from "../lib/server/workers/names";

export function buildWorkers(distDir = process.env.NEXT_DIST_DIR ?? ".next"): void {
  buildSync({
    entryPoints: WORKER_NAMES.map((name) => path.join("lib", "server", "workers", `${name}.ts`)),
    outdir: path.join(distDir, "workers"),
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    // tsconfig.json's "@/*" path alias is honoured by esbuild; "server-only" stays external and
    // resolves to its empty module under --conditions=react-server (see launch.ts).
    conditions: ["react-server"],
    sourcemap: "linked",
    logLevel: "warning",
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    buildWorkers();
    console.log(`Workers compiled into ${path.join(process.env.NEXT_DIST_DIR ?? ".next", "workers")}`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
