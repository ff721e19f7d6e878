// The matcher's general-English knowledge, as built by scripts/build-lexicon.ts from WordNet 3.1
// and wink's 100-d word vectors: which concepts (renumbered synsets) a lemma can mean, an int8
// vector per frequent word, and each word's frequency rank (the vector file's order), which
// gives a corpus-independent informativeness weight. Pure: constructed from plain data.

export interface LexiconData {
  words: string[];
  /** "lemma|pos" (pos n, v, a or r) → concepts. */
  lemmas: Record<string, number[]>;
  /** "lemma|pos" → hypernym concepts (one step up). */
  broader: Record<string, number[]>;
  /** Float32 scale per word, then int8 components (dimensions per word), as in vectors.bin. */
  vectors: Uint8Array;
  dimensions: number;
}

export type WordNetPos = "n" | "v" | "a" | "r";
const WORDNET_POS: readonly WordNetPos[] = ["n", "v", "a", "r"];

export class Lexicon {
  readonly dimensions: number;
  readonly rank = new Map<string, number>();
  private readonly concepts: Map<string, readonly number[]>;
  private readonly above: Map<string, readonly number[]>;
  /** How many lemmas name or reach each concept: a concept that hundreds reach ("Asia") tells little. */
  private readonly conceptSize = new Map<number, number>();
  private readonly scales: Float32Array;
  private readonly components: Int8Array;
  /** Words whose WordNet entry has more than one word ("south korea"), by their first word. */
  readonly phraseStarts = new Map<string, number>();

  constructor(data: LexiconData) {
    this.dimensions = data.dimensions;
    data.words.forEach((w, i) => this.rank.set(w, i));
    this.concepts = new Map(Object.entries(data.lemmas));
    this.above = new Map(Object.entries(data.broader));
    for (const ids of [...this.concepts.values(), ...this.above.values()])
      for (const c of ids) this.conceptSize.set(c, (this.conceptSize.get(c) ?? 0) + 1);
    for (const entry of this.concepts.keys()) {
      // split() always returns at least one part, so head is defined.
      const [head = ""] = entry.split("|");
      const parts = head.split(" ");
      const [first] = parts;
      if (first !== undefined && parts.length > 1) this.phraseStarts.set(first, Math.max(this.phraseStarts.get(first) ?? 0, parts.length));
    }
    const n = data.words.length;
    const buf = data.vectors;
    this.scales = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + n * 4));
    this.components = new Int8Array(buf.buffer, buf.byteOffset + n * 4, n * data.dimensions);
  }

  /**
   * Concepts the lemma names as this part of speech (its senses and their derivations; every
   * part of speech when `pos` is null), leaving out ones so general that over `maxSize` lemmas reach them.
   */
  conceptsOf(lemma: string, pos: WordNetPos | null, maxSize = 40): number[] {
    return this.lookup(this.concepts, lemma, pos).filter((c) => (this.conceptSize.get(c) ?? 0) <= maxSize);
  }

  /** One step up (hypernyms), with the same filter. */
  broaderOf(lemma: string, pos: WordNetPos | null, maxSize = 15): number[] {
    return this.lookup(this.above, lemma, pos).filter((c) => (this.conceptSize.get(c) ?? 0) <= maxSize);
  }

  hasEntry(lemma: string): boolean {
    return WORDNET_POS.some((p) => this.concepts.has(`${lemma}|${p}`));
  }

  private lookup(map: Map<string, readonly number[]>, lemma: string, pos: WordNetPos | null): number[] {
    if (pos) return [...(map.get(`${lemma}|${pos}`) ?? [])];
    return WORDNET_POS.flatMap((p) => map.get(`${lemma}|${p}`) ?? []);
  }

  /**
   * Informativeness in (0, 1]: rarer words weigh more. log-rank, so "said" (rank ~20) ≈ 0.3,
   * "export" ≈ 0.7, "retaliation" ≈ 0.87; words beyond the list (names, jargon) get 1.
   */
  weight(word: string): number {
    const r = this.rank.get(word);
    if (r === undefined) return 1;
    return Math.log(r + 10) / Math.log(this.rank.size + 10);
  }

  /** The word's vector (unit length), or null when the word is not among the frequent ones. */
  vector(word: string): Float32Array | null {
    const i = this.rank.get(word);
    if (i === undefined) return null;
    const d = this.dimensions;
    const out = new Float32Array(d);
    let norm = 0;
    const scale = this.scales[i] ?? 0; // i is a rank, so scales (one per word) has it
    for (let k = 0; k < d; k++) {
      const x = (this.components[i * d + k] ?? 0) * scale;
      out[k] = x;
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < d; k++) out[k] = (out[k] ?? 0) / norm;
    return out;
  }
}

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += (a[k] ?? 0) * (b[k] ?? 0);
  return s;
}
