// Prints the lexicon's load time and memory (npm run bench:matching prints the same at start).
import { loadLexicon } from "../lib/server/matching/lexicon";
const before = process.memoryUsage();
const t0 = performance.now();
loadLexicon();
const ms = performance.now() - t0;
const after = process.memoryUsage();
console.log(
  `lexicon load ${ms.toFixed(0)} ms, heap +${((after.heapUsed - before.heapUsed) / 1e6).toFixed(1)} MB, rss +${((after.rss - before.rss) / 1e6).toFixed(1)} MB`,
);
