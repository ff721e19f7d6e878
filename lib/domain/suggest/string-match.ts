// INCEpTION's string matcher: a text the project has already annotated (or adjudicated) is
// suggested wherever else it occurs, with the same label and attributes. Matches are exact
// (case-sensitive, over the stored NFC text) and whole-word: not glued to a letter, mark or
// digit on either side. Code-point offsets, half-open. Pure.
import { OffsetIndex } from "../text/offsets";
import type { Suggested } from "./types";

export interface LexiconEntry {
  label: string;
  text: string;
  attributes: Record<string, unknown>;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Shorter texts match too much by chance (in UTF-16 units, so two CJK characters pass); longer ones never repeat verbatim. */
export const MIN_MATCH_LENGTH = 2; // "東京" is a word
export const MAX_MATCH_LENGTH = 400;

export function matchLexicon(text: string, entries: readonly LexiconEntry[], index = new OffsetIndex(text)): Suggested[] {
  const out: Suggested[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    if (e.text.length < MIN_MATCH_LENGTH || e.text.length > MAX_MATCH_LENGTH || !e.text.trim()) continue;
    for (let at = text.indexOf(e.text); at >= 0; at = text.indexOf(e.text, at + 1)) {
      const end = at + e.text.length;
      if (
        (at > 0 && WORD_CHAR.test(text.charAt(at - 1)) && WORD_CHAR.test(e.text.charAt(0))) ||
        (end < text.length && WORD_CHAR.test(text.charAt(end)) && WORD_CHAR.test(e.text.charAt(e.text.length - 1)))
      )
        continue;
      const start = index.toCodePoint(at);
      const stop = index.toCodePoint(end);
      if (start === null || stop === null) continue;
      const key = `${e.label}:${start}:${stop}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ label: e.label, start, end: stop, text: e.text, attributes: e.attributes, source: "match" });
    }
  }
  return out;
}
