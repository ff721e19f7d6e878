import "server-only";
import { rawDb } from "../db/raw";
import { notFound } from "../http/errors";
import { OffsetIndex } from "@/lib/domain/text/offsets";
import { WordIndex } from "@/lib/domain/suggest/string-match";

// Document text is immutable, so its code-point index can be cached for the process's life.
// A small LRU keeps memory bounded on projects with many long documents.
const MAX_ENTRIES = 64;
const cache = new Map<string, OffsetIndex>();

export async function documentIndex(documentId: string): Promise<OffsetIndex> {
  const hit = cache.get(documentId);
  if (hit) {
    cache.delete(documentId);
    cache.set(documentId, hit);
    return hit;
  }
  const row = await rawDb().get<{ text: string }>(`SELECT text FROM "Document" WHERE id = ?`, documentId);
  if (!row) throw notFound("Document");
  const index = new OffsetIndex(row.text);
  cache.set(documentId, index);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return index;
}

const words = new WeakMap<OffsetIndex, WordIndex>();

/** The document's words for the string matcher, built once per cached text. */
export async function documentWords(documentId: string): Promise<{ index: OffsetIndex; words: WordIndex }> {
  const index = await documentIndex(documentId);
  let found = words.get(index);
  if (!found) words.set(index, (found = new WordIndex(index.text)));
  return { index, words: found };
}
