// npm run bench:matching — the matcher's speed at project scale: loading the lexicon; ranking
// one claim against 10,000 claims and against 500 propositions (target < 100 ms each, texts
// analysed beforehand as the server caches them); clustering 10,000 claims (target < 30 s,
// analysis included). Texts: the eval set's and demo's claims with a share of their words
// swapped for random frequent English words, so each is distinct but reads like a claim.
import os from "node:os";
import { loadLexicon } from "../lib/server/matching/lexicon";
import { analyzeText } from "../lib/domain/matching/analyze";
import { BACKGROUND_SAMPLE, buildMatchIndex, rankAgainst, sampleEvenly } from "../lib/domain/matching/ranker";
import { clusterClaims, type ClusterItem } from "../lib/domain/matching/cluster";
import { loadEvalData } from "../eval/linking/data";

const CLAIMS = 10_000;
const PROPOSITIONS = 500;
const QUERIES = 50;

let seed = 12345;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

const t0 = performance.now();
const rss0 = process.memoryUsage().rss;
const lexicon = loadLexicon();
const loadMs = performance.now() - t0;
const lexMb = (process.memoryUsage().rss - rss0) / 1e6;

const { claims } = loadEvalData();
const seeds = claims.map((c) => c.text);
const vocabulary = lexicon.rank;
const words = [...vocabulary.keys()].slice(300, 20_000);
function variant(text: string): string {
  return text
    .split(" ")
    .map((w) => (w.length > 3 && random() < 0.35 ? words[Math.floor(random() * words.length)] : w))
    .join(" ");
}
const texts = Array.from({ length: CLAIMS }, (_, i) => variant(seeds[i % seeds.length]));
const statements = Array.from({ length: PROPOSITIONS }, (_, i) =>
  variant(seeds[(i * 7) % seeds.length])
    .split(" ")
    .slice(0, 14)
    .join(" "),
);

const ta = performance.now();
const analysed = texts.map((t) => analyzeText(t, lexicon));
const analyseMs = performance.now() - ta;
const items: ClusterItem[] = analysed.map((analysis, i) => ({
  id: `c${i}`,
  analysis,
  documentId: `d${i % 2000}`,
  holder: null,
  perspective: null,
}));
const claimIndex = buildMatchIndex(items);
// As the app builds it: the claims (a sample, proposition-links.ts) as the propositions' background.
const tb = performance.now();
const propIndex = buildMatchIndex(
  statements.map((s, i) => ({ id: `p${i}`, analysis: analyzeText(s, lexicon) })),
  { background: sampleEvenly(items, BACKGROUND_SAMPLE) },
);
const propIndexMs = performance.now() - tb;

const timings = (fn: (q: number) => void) => {
  const ms: number[] = [];
  for (let q = 0; q < QUERIES; q++) {
    const s = performance.now();
    fn(q);
    ms.push(performance.now() - s);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)], p95: ms[Math.floor(ms.length * 0.95)] };
};
const queries = Array.from({ length: QUERIES }, (_, q) => analyzeText(variant(seeds[(q * 13) % seeds.length]), lexicon));
const vsClaims = timings((q) => rankAgainst(claimIndex, { analysis: queries[q] }, { limit: 10 }));
const vsProps = timings((q) => rankAgainst(propIndex, { analysis: queries[q] }, { limit: 10 }));

const tc = performance.now();
const cpu = process.cpuUsage();
const fresh = texts.map((t, i) => ({ id: `c${i}`, analysis: analyzeText(t + " ", lexicon), documentId: `d${i % 2000}` }));
const clusters = clusterClaims(fresh);
const clusterMs = performance.now() - tc;
const clusterCpu = process.cpuUsage(cpu);

const f = (x: number) => x.toFixed(1);
console.log(
  `load average ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")} (${os.cpus().length} cores)`,
);
console.log(`lexicon load                      ${f(loadMs)} ms, rss +${f(lexMb)} MB`);
console.log(`analyse ${CLAIMS} claims             ${f(analyseMs)} ms`);
console.log(`rank 1 claim vs ${CLAIMS} claims      median ${f(vsClaims.median)} ms, p95 ${f(vsClaims.p95)} ms (target < 100)`);
console.log(`index ${PROPOSITIONS} propositions (+ background) ${f(propIndexMs)} ms, analysis of the statements included`);
console.log(`rank 1 claim vs ${PROPOSITIONS} propositions median ${f(vsProps.median)} ms, p95 ${f(vsProps.p95)} ms (target < 100)`);
console.log(
  `cluster ${CLAIMS} claims (analysis included) ${f(clusterMs / 1000)} s wall, ${f((clusterCpu.user + clusterCpu.system) / 1e6)} s CPU, ${clusters.length} clusters (target < 30 s)`,
);
