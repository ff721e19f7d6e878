// npm run bench:pages [-- --sizes 1000,10000]
// The pages that grow with a project, at 1,000 and 10,000 documents (≈20 spans each): the
// document list (first page, a search, a far page), the propositions list, and proposition
// boards with 100 and 1,000 mentions, opened in headless Chromium as the demo manager.
// Prints time to first byte, HTML bytes, load time (navigation start → load event) and the
// longest main-thread task (PerformanceObserver). Median of 3 loads after one warm-up.
import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import os from "node:os";
import path from "node:path";
import { prepareTestDatabase } from "../tests/support/server";
import { signedIn } from "../tests/support/http-client";
import { hashPassword } from "../lib/server/auth/passwords";
import { ensureBuild } from "./support/build";
import { startBenchServer } from "./support/io-server";
import { buildAgreementCorpus } from "./support/agreement-corpus";
import { addBoards } from "./support/page-corpus";
import { printTable, type Row } from "./support/report";
import { signedInContext } from "./support/measure";
import { runBench } from "./support/run";

const i = process.argv.indexOf("--sizes");
const SIZES = (i >= 0 ? process.argv[i + 1] : "1000,10000").split(",").map(Number);
const LOADS = 3;
const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-bench";
const log = (s: string) => console.log(`· ${s}`);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface PageFigures {
  ttfb: number;
  bytes: number;
  loaded: number;
  longest: number;
}

async function measure(page: Page, url: string): Promise<PageFigures> {
  await page.goto(url, { waitUntil: "load" });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const tasks = (window as unknown as { __longtasks: { duration: number }[] }).__longtasks;
    return {
      ttfb: nav.responseStart - nav.startTime,
      bytes: nav.decodedBodySize,
      loaded: nav.loadEventStart - nav.startTime,
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
    };
  });
}

async function measureSize(documents: number, browser: Browser, rows: Row[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-bench-pages-"));
  const dbFile = path.join(dir, "bench.db");
  let server: Awaited<ReturnType<typeof startBenchServer>> | null = null;
  try {
    prepareTestDatabase(`file:${dbFile}`, false);
    const corpus = buildAgreementCorpus(dbFile, {
      documents,
      truthPerDocument: 7,
      documentLength: 1500,
      passwordHash: await hashPassword("parallax-demo"),
    });
    const [board100, board1000] = addBoards(dbFile, corpus.projectId, corpus.manager.id, [100, 1000]);
    log(
      `${documents.toLocaleString("en")} documents, ${corpus.spans.toLocaleString("en")} spans, boards of 100 and 1,000 mentions (load ${load()}).`,
    );
    server = await startBenchServer(dbFile, DIST_DIR);
    const manager = await signedIn(server.url, corpus.manager.email);
    const context = await signedInContext(browser, server.url, manager.cookieHeader);
    const page = await context.newPage();
    const p = `/projects/${corpus.projectId}`;
    const targets: [string, string, { ttfb: number; bytes: number }][] = [
      ["document list, page 1", p, { ttfb: 300, bytes: 500_000 }],
      ["document list, search", `${p}?q=document+77`, { ttfb: 300, bytes: 500_000 }],
      ["document list, last page by size", `${p}?sort=size&dir=desc&page=${Math.ceil(documents / 50)}`, { ttfb: 300, bytes: 500_000 }],
      ["propositions list", `${p}/propositions`, { ttfb: 300, bytes: 500_000 }],
      ["board, 100 mentions", `${p}/propositions/${board100}`, { ttfb: 300, bytes: Infinity }],
      ["board, 1,000 mentions", `${p}/propositions/${board1000}`, { ttfb: 300, bytes: Infinity }],
    ];
    for (const [name, url, target] of targets) {
      await measure(page, server.url + url); // warm-up
      const runs: PageFigures[] = [];
      for (let k = 0; k < LOADS; k++) runs.push(await measure(page, server.url + url));
      const m = {
        ttfb: median(runs.map((r) => r.ttfb)),
        bytes: median(runs.map((r) => r.bytes)),
        loaded: median(runs.map((r) => r.loaded)),
        longest: median(runs.map((r) => r.longest)),
      };
      const pass = m.ttfb <= target.ttfb && m.bytes <= target.bytes && m.longest <= 50;
      rows.push({
        metric: `${documents.toLocaleString("en")} docs: ${name}`,
        value: `TTFB ${m.ttfb.toFixed(0)} ms, ${(m.bytes / 1024).toFixed(0)} KB, load ${m.loaded.toFixed(0)} ms, longest task ${m.longest.toFixed(0)} ms`,
        target: `TTFB ≤ ${target.ttfb} ms${Number.isFinite(target.bytes) ? `, ≤ ${target.bytes / 1000} KB` : ""}, task ≤ 50 ms`,
        pass,
      });
      log(`${rows.at(-1)!.metric}: ${rows.at(-1)!.value} (load ${load()})`);
    }
    await context.close();
  } finally {
    server?.stop();
    await new Promise((r) => setTimeout(r, 300));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  log(`Machine: ${os.cpus().length} cores, load average ${load()}.`);
  ensureBuild(DIST_DIR, log);
  const { chromiumPath, CHROMIUM_ARGS } = await import("../tests/support/chromium");
  const { chromium } = await import("playwright-core");
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("Chromium not found: apt-get install chromium, or set CHROMIUM_PATH.");
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const rows: Row[] = [];
  try {
    for (const size of SIZES) await measureSize(size, browser, rows);
  } finally {
    await browser.close();
  }
  printTable(`bench:pages — median of ${LOADS} loads (load average ${load()})`, rows);
}

runBench(main);
