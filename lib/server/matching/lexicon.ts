// No "server-only" guard: the clustering worker (lib/server/workers/cluster-worker.ts) loads it outside Next.
import fs from "node:fs";
import path from "node:path";
import { Lexicon, type LexiconData } from "@/lib/domain/matching/lexicon";

let cached: Lexicon | null = null;

/**
 * The matcher's lexicon from generated/lexicon (built by scripts/build-lexicon.ts at
 * postinstall), loaded once per process on first use: about 11 MB on disk.
 */
export function loadLexicon(dir = path.join(process.cwd(), "generated", "lexicon")): Lexicon {
  if (cached) return cached;
  const file = path.join(dir, "lexicon.json");
  if (!fs.existsSync(file)) throw new Error(`The matching lexicon is missing (${file}): run "npx tsx scripts/build-lexicon.ts".`);
  // Written by scripts/build-lexicon.ts in this shape (vectors apart, in vectors.bin).
  const data = JSON.parse(fs.readFileSync(file, "utf8")) as Omit<LexiconData, "vectors">;
  const vectors = new Uint8Array(fs.readFileSync(path.join(dir, "vectors.bin")));
  cached = new Lexicon({ words: data.words, lemmas: data.lemmas, broader: data.broader, vectors, dimensions: data.dimensions });
  return cached;
}
