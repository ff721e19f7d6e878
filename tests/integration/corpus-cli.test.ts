// The command-line export and import report what they did: CoNLL's dropped spans on stderr
// (never in the file), singular and plural counts, exit code 1 when nothing was imported.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it, inject } from "vitest";
import { demoProjectId } from "../support/data-layer";
import { freshProject } from "../support/corpus-http";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(os.tmpdir(), "parallax-cli-"));
let demo: string;

async function cli(script: "import" | "export", args: string[]) {
  try {
    const { stdout, stderr } = await run(
      "npx",
      ["tsx", "--conditions=react-server", `scripts/${script}.ts`, ...args, "--db", inject("databaseUrl")],
      { env: { ...process.env, NODE_ENV: "production" } },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

beforeAll(async () => {
  demo = await demoProjectId();
});

describe("npm run export / import", () => {
  it("CoNLL: the dropped count is printed, and the file is pure CoNLL", async () => {
    const out = path.join(dir, "gold.conll");
    const res = await cli("export", ["--project", demo, "--format", "conll", "--layer", "gold", "--out", out]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toMatch(/CoNLL: dropped \d+ overlapping spans/);
    const text = readFileSync(out, "utf8");
    for (const line of text.split("\n")) if (line) expect(line.split(" ")).toHaveLength(4);
  }, 60_000);

  it("says 1 new document, and exits 1 when every record was skipped", async () => {
    const target = await freshProject(`cli ${Date.now()}`);
    const one = path.join(dir, "one.jsonl");
    writeFileSync(one, JSON.stringify({ text: `One document ${Date.now()}`, label: [[0, 3, "claim"]] }) + "\n");
    const ok = await cli("import", ["--project", target, "--format", "doccano", "--in", one]);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^Imported 1 new document \(0 already here, matched by text\), 1 span /);
    const bad = path.join(dir, "bad.jsonl");
    writeFileSync(bad, [JSON.stringify({ text: 5 }), JSON.stringify({ nothing: true })].join("\n"));
    const skipped = await cli("import", ["--project", target, "--format", "doccano", "--in", bad, "--skip-invalid"]);
    expect(skipped.code).toBe(1);
    expect(skipped.stdout).toMatch(/^Nothing was imported/);
    expect(skipped.stdout).toMatch(/^2 problems:/m);
  }, 60_000);
});
