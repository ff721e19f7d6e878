// npm run bench:peer [-- --large] — the workspace benchmark's two references alone (no
// Parallax server): the plain-DOM floor and @recogito/text-annotator on the seeded
// 20,000-word / 2,000-span article, and with --large also on 100,000 words / 10,000 spans.
// bench:workspace runs the same measurements beside Parallax's (bench/support/peer.ts).
import os from "node:os";
import { generateArticle } from "./support/article";
import { measureRefEdits, measureRefLoad, startRefServer } from "./support/peer";
import { ms, percentile, printTable, type Row } from "./support/report";
import { runBench } from "./support/run";

async function main() {
  const { chromiumPath, CHROMIUM_ARGS } = await import("../tests/support/chromium");
  const { chromium } = await import("playwright-core");
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("Chromium not found: apt-get install chromium, or set CHROMIUM_PATH.");
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const sizes: [number, number][] = [[20_000, 2_000]];
    if (process.argv.includes("--large")) sizes.push([100_000, 10_000]);
    for (const [words, spans] of sizes) {
      const article = generateArticle(42, words, spans);
      const server = await startRefServer(article);
      const floor = await measureRefLoad(browser, `${server.url}/floor`);
      const peer = await measureRefLoad(browser, `${server.url}/peer`, words > 20_000 ? 2 : 5);
      const rows: Row[] = [
        { metric: "floor: navigation → painted (median)", value: ms(floor.navToPainted), target: "(reported)", pass: null },
        { metric: "floor: longest task", value: ms(floor.longestTask), target: "(reported)", pass: null },
        { metric: "peer: navigation → painted (median)", value: ms(peer.navToPainted), target: "(reported)", pass: null },
        { metric: "peer: longest task", value: ms(peer.longestTask), target: "(reported)", pass: null },
      ];
      if (words <= 20_000) {
        for (const which of ["floor", "peer"] as const) {
          const edits = await measureRefEdits(browser, server, which);
          for (const [k, xs] of Object.entries(edits))
            rows.push({
              metric: `${which}: ${k} p50 / p95`,
              value: `${ms(percentile(xs, 50))} / ${ms(percentile(xs, 95))}`,
              target: "(reported)",
              pass: null,
            });
        }
      }
      await server.stop();
      printTable(
        `References: ${words.toLocaleString("en")} words, ${spans.toLocaleString("en")} spans, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}`,
        rows,
      );
    }
  } finally {
    await browser.close();
  }
}

runBench(main);
