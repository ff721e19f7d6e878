// npm test: unit tests, then a production build, then integration tests against the real
// server (on a throwaway SQLite file, and again on PostgreSQL when PARALLAX_TEST_POSTGRES names a
// server, as CI does), then the browser tests in Debian's Chromium (skipped with one clear line
// if absent).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { buildApp, buildIsCurrent } from "./start";
import { chromiumPath } from "../tests/support/chromium";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.NEXT_DIST_DIR ??= ".next-test"; // never clobbers the build `npm start` serves
const reports = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-reports-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedStep = false;

function run(label: string, cmd: string, args: string[], env: Record<string, string> = {}): void {
  console.log(`\n━━ ${label}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) failedStep = true;
}

function countVitest(file: string) {
  if (!fs.existsSync(file)) return;
  const j = JSON.parse(fs.readFileSync(file, "utf8"));
  totals.passed += j.numPassedTests;
  totals.failed += j.numFailedTests;
  totals.skipped += j.numPendingTests + j.numTodoTests;
}

function countPlaywright(file: string) {
  if (!fs.existsSync(file)) return;
  const s = JSON.parse(fs.readFileSync(file, "utf8")).stats;
  totals.passed += s.expected + s.flaky;
  totals.failed += s.unexpected;
  totals.skipped += s.skipped;
}

const vitest = "node_modules/vitest/vitest.mjs";
const only = process.argv[2]; // optional: unit | integration | browser

if (!only || only === "unit") {
  run("Unit tests", process.execPath, [
    vitest,
    "run",
    "--project",
    "unit",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${reports}/unit.json`,
  ]);
  countVitest(`${reports}/unit.json`);
}
if (!only || only !== "unit") {
  if (!buildIsCurrent()) {
    console.log(`\n━━ Production build (${process.env.NEXT_DIST_DIR})`);
    try {
      buildApp();
    } catch {
      failedStep = true;
    }
  }
}
const postgres = process.env.PARALLAX_TEST_POSTGRES;
const integrationRuns: [string, string, Record<string, string>][] = [
  ["Integration tests (real server, throwaway SQLite)", "integration", { PARALLAX_TEST_POSTGRES: "" }],
  ...(postgres
    ? [
        ["Integration tests (real server, throwaway PostgreSQL database)", "integration-postgres", {}] as [
          string,
          string,
          Record<string, string>,
        ],
      ]
    : []),
];
if (!failedStep && (!only || only === "integration")) {
  for (const [label, report, env] of integrationRuns) {
    run(
      label,
      process.execPath,
      [vitest, "run", "--project", "integration", "--reporter=default", "--reporter=json", `--outputFile.json=${reports}/${report}.json`],
      env,
    );
    countVitest(`${reports}/${report}.json`);
  }
  if (!postgres) console.log("\nIntegration tests on PostgreSQL not run: set PARALLAX_TEST_POSTGRES (see README, PostgreSQL).");
}
if (!failedStep && (!only || only === "browser")) {
  if (chromiumPath()) {
    run("Browser tests (Chromium)", process.execPath, ["node_modules/@playwright/test/cli.js", "test", "--reporter=list,json"], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/browser.json`,
      PARALLAX_TEST_POSTGRES: "", // the golden flows run on the embedded default
    });
    countPlaywright(`${reports}/browser.json`);
  } else {
    console.log(
      "\nBrowser tests SKIPPED: Chromium not found at /usr/bin/chromium. Install it with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH) and run `npm test` again.",
    );
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedStep || totals.failed > 0 ? 1 : 0);
