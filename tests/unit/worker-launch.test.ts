import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { WORKER_NAMES, compiledWorkersDir, workerArgs } from "@/lib/server/workers/launch";

const savedDistDir = process.env.NEXT_DIST_DIR;
afterEach(() => {
  if (savedDistDir === undefined) delete process.env.NEXT_DIST_DIR;
  else process.env.NEXT_DIST_DIR = savedDistDir;
});

describe("worker launcher", () => {
  it("has a source entry for every worker name", () => {
    for (const name of WORKER_NAMES) expect(fs.existsSync(path.join("lib", "server", "workers", `${name}.ts`)), name).toBe(true);
  });

  it("runs the compiled entry when the build has one, with no TypeScript loader", () => {
    // NEXT_DIST_DIR is relative to the project, as Next reads it.
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-dist-"));
    const rel = path.relative(process.cwd(), dist);
    process.env.NEXT_DIST_DIR = rel;
    fs.mkdirSync(compiledWorkersDir(), { recursive: true });
    fs.writeFileSync(path.join(compiledWorkersDir(), "agreement-worker.mjs"), "");
    expect(workerArgs("agreement-worker")).toEqual([
      "--conditions=react-server",
      path.join(process.cwd(), rel, "workers", "agreement-worker.mjs"),
    ]);
    // A worker the build lacks runs from source through tsx.
    expect(workerArgs("cluster-worker")).toEqual([
      "--import",
      "tsx",
      "--conditions=react-server",
      path.join(process.cwd(), "lib", "server", "workers", "cluster-worker.ts"),
    ]);
    fs.rmSync(dist, { recursive: true });
  });
});
