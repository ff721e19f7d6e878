// A seeded synthetic news article (20,000 words, with emoji, flags, CJK and combining
// marks) and 2,000 overlapping, nested spans over it. Offsets are code points, half-open,
// over the NFC text exactly as the server will store it.
import { seededRandom } from "../../tests/support/seeded-random";

export { seededRandom };

export interface BenchSpan {
  label: string;
  start: number;
  end: number;
  text: string;
}

export interface BenchArticle {
  text: string;
  /** [start, end) code points of every word, in order. */
  words: [number, number][];
  spans: BenchSpan[];
}

const VOCAB = (
  "the of and to in a that said Japan South Korea Seoul Tokyo export controls trade restrictions government ministry " +
  "officials would has was were on for with as by from its their it not an be have this which at but they more " +
  "retaliatory measure semiconductor materials court ruling wartime labor compensation agreement talks dialogue " +
  "president minister spokesman reporters statement Thursday Friday July August percent million billion won yen " +
  "dollars companies industry supply chain security cooperation allies United States Washington tensions dispute " +
  "apparent reportedly sources according decision response policy economic relations bilateral diplomatic"
).split(" ");
const SPECIAL = ["👍🏽", "🇯🇵", "🇰🇷", "日本政府", "輸出規制を強化", "韓国", "q\u0301uasi", "café", "naïve", "👩‍💻", "€3.5", "2019年7月"];
const LABELS = ["claim", "quote", "measure", "date"];

/** Index of the first word starting at or after `offset` (words are sorted and disjoint). */
function firstWordAtOrAfter(words: [number, number][], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid][0] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function generateArticle(seed = 42, wordCount = 20_000, spanCount = 2_000): BenchArticle {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  let text = "";
  let cp = 0;
  const words: [number, number][] = [];
  const paragraphs: [number, number][] = []; // word index ranges
  let paraStart = 0;
  let untilBreak = 40 + Math.floor(rnd() * 100);
  let sentenceEnded = false; // the last separator closed a sentence (no word ends in . ! or ?)
  for (let w = 0; w < wordCount; w++) {
    let word = rnd() < 0.012 ? pick(SPECIAL) : pick(VOCAB);
    // Tracked instead of testing text.trimEnd(), which copied the whole text per word (quadratic).
    if (w === paraStart || sentenceEnded) word = word[0].toUpperCase() + word.slice(1);
    const start = cp;
    text += word;
    cp += Array.from(word).length;
    words.push([start, cp]);
    const endPara = --untilBreak === 0 || w === wordCount - 1;
    let sep = endPara ? ".\n\n" : rnd() < 0.07 ? ". " : rnd() < 0.05 ? ", " : " ";
    if (endPara) {
      paragraphs.push([paraStart, w]);
      paraStart = w + 1;
      untilBreak = 40 + Math.floor(rnd() * 100);
    }
    if (w === wordCount - 1) sep = ".";
    sentenceEnded = sep.startsWith(".");
    text += sep;
    cp += sep.length;
  }
  // Offsets above were counted on this very string: it must already be what the server stores.
  if (text !== text.normalize("NFC")) throw new Error("bench article is not NFC");

  const cps = Array.from(text);
  const slice = (s: number, e: number) => cps.slice(s, e).join("");
  const spans: BenchSpan[] = [];
  const seen = new Set<string>();
  while (spans.length < spanCount) {
    let first: number;
    let last: number;
    const r = rnd();
    if (r < 0.3 && spans.length > 0) {
      // Nested inside an earlier span.
      const outer = spans[Math.floor(rnd() * spans.length)];
      // The words inside it are a contiguous run: found by binary search, not a scan of every word.
      const lo = firstWordAtOrAfter(words, outer.start);
      let hi = lo;
      while (hi < words.length && words[hi][1] <= outer.end) hi++;
      if (hi === lo) continue;
      const a = Math.floor(rnd() * (hi - lo));
      const b = Math.min(hi - lo - 1, a + Math.floor(rnd() * 4));
      first = lo + a;
      last = lo + b;
    } else {
      const para = pick(paragraphs);
      first = para[0] + Math.floor(rnd() * (para[1] - para[0] + 1));
      const len = r < 0.75 ? 1 + Math.floor(rnd() * 4) : r < 0.95 ? 5 + Math.floor(rnd() * 12) : 17 + Math.floor(rnd() * 30);
      last = Math.min(words.length - 1, first + len - 1); // long ones may cross a paragraph break
    }
    const label = pick(LABELS);
    const start = words[first][0];
    const end = words[last][1];
    const key = `${label}|${start}|${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    spans.push({ label, start, end, text: slice(start, end) });
  }
  return { text, words, spans };
}
