import "server-only";
import { textTerms, type TextTerms } from "@/lib/domain/similarity";

/**
 * Claim texts reduced to terms, by span id, for the proposition board's suggestions: tokenizing
 * and stemming every claim of a 10,000-document project took seconds per view, and claims
 * rarely change. An entry is used only while the span's text is the one it was made from, so
 * an edited claim is tokenized again. A cache only: every instance keeps its own, and a
 * restart just makes the first view slower.
 */
const MAX_ENTRIES = 250_000;
const cache = new Map<string, { text: string; terms: TextTerms }>();

export function claimTerms(id: string, text: string): TextTerms {
  const hit = cache.get(id);
  if (hit && hit.text === text) return hit.terms;
  const terms = textTerms(text);
  if (!hit && cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(id, { text, terms });
  return terms;
}
