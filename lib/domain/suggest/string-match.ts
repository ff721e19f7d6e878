// INCEpTION's string matcher: a text the project has already annotated (or adjudicated) is
// suggested wherever else it occurs, with the same label and attributes. Matches are exact
// (case-sensitive, over the stored NFC text) and whole-word: not glued to a letter, mark or
// digit on either side. Code-point offsets, half-open. Pure.
//
// Why a word index rather than indexOf per entry: a project's lexicon grows with its spans, so
// scanning the whole text once per entry cost entries × text (7,659 entries over a 100,000-word
// article: 4.7 s). An entry that starts with a word character can only match where a word
// starts, and only where that word is exactly the entry's first word; so the text is cut into
// words once (WordIndex, cacheable per document) and each entry checks only those places.
import { isHighSurrogate, isLowSurrogate, OffsetIndex } from "../text/offsets";

export interface LexiconEntry {
  label: string;
  text: string;
  attributes: Record<string, unknown>;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;
/** Shorter texts match too much by chance (in UTF-16 units, so two CJK characters pass); longer ones never repeat verbatim. */
export const MIN_MATCH_LENGTH = 2; // "東京" is a word
export const MAX_MATCH_LENGTH = 400;

/** Whether the code point starting at UTF-16 index `i` is a letter, mark or digit. */
function wordAt(s: string, i: number): boolean {
  const cp = s.codePointAt(i);
  return cp !== undefined && WORD_CHAR.test(String.fromCodePoint(cp));
}

/** Whether the code point ending at UTF-16 index `i` (exclusive) is a letter, mark or digit. */
function wordBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const pair = i >= 2 && isLowSurrogate(s.charCodeAt(i - 1)) && isHighSurrogate(s.charCodeAt(i - 2));
  return wordAt(s, i - (pair ? 2 : 1));
}

/**
 * A text cut into words (maximal runs of letters, marks and digits), in order: for each word,
 * where it starts (UTF-16) and a number naming its spelling; and, for each spelling, which words
 * have it. Build once per document text.
 */
export class WordIndex {
  /** Spelling → its number. */
  readonly ids = new Map<string, number>();
  /** Spelling number → the ordinals of the words spelt so. */
  readonly bySpelling: number[][] = [];
  /** Word ordinal → its spelling number, and where it starts. */
  readonly spelling: Int32Array;
  readonly startsAt: Int32Array;

  constructor(readonly text: string) {
    const spelling: number[] = [];
    const startsAt: number[] = [];
    for (const m of text.matchAll(WORD_RUN)) {
      let id = this.ids.get(m[0]);
      if (id === undefined) {
        id = this.bySpelling.length;
        this.ids.set(m[0], id);
        this.bySpelling.push([]);
      }
      this.bySpelling[id]?.push(spelling.length);
      spelling.push(id);
      startsAt.push(m.index);
    }
    this.spelling = Int32Array.from(spelling);
    this.startsAt = Int32Array.from(startsAt);
  }
}

/** UTF-16 indexes where `needle` occurs whole-word in the text, ascending. */
export function occurrences(words: WordIndex, needle: string): number[] {
  const { text } = words;
  const gluedEnd = wordBefore(needle, needle.length);
  const found = (at: number) => text.startsWith(needle, at) && (!gluedEnd || !wordAt(text, at + needle.length));
  const lead = [...needle.matchAll(WORD_RUN)];
  const first = lead[0];
  if (!first || first.index !== 0) {
    const out: number[] = [];
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) if (found(at)) out.push(at);
    return out;
  }
  // Starts with a word: only where that exact word starts (a longer one would be glued on), and
  // where the words after it are spelt as the needle's (words are maximal runs and a match's
  // ends are not glued, so a match's words are the needle's words): integer compares first.
  const wanted: number[] = [];
  for (const m of lead) {
    const id = words.ids.get(m[0]);
    if (id === undefined) return [];
    wanted.push(id);
  }
  const places = words.bySpelling[wanted[0] ?? -1] ?? [];
  const out: number[] = [];
  next: for (const k of places) {
    for (let j = 1; j < wanted.length; j++) if (words.spelling[k + j] !== wanted[j]) continue next;
    const at = words.startsAt[k] ?? -1;
    if (found(at)) out.push(at);
  }
  return out;
}

/** Every place one lexicon text occurs with one label: the wire form of string matches (a text repeated 400,000 times is sent once). */
export interface MatchGroup {
  label: string;
  text: string;
  /** The text's length in code points: each match is [start, start + length). */
  length: number;
  attributes: Record<string, unknown>;
  /** Code-point offsets, ascending. */
  starts: number[];
}

export function matchLexicon(
  text: string,
  entries: readonly LexiconEntry[],
  index = new OffsetIndex(text),
  words = new WordIndex(text),
): MatchGroup[] {
  // One label and text is one group (the first entry's attributes); one text is looked up once
  // whatever its labels.
  const byText = new Map<string, Map<string, LexiconEntry>>();
  for (const e of entries) {
    if (e.text.length < MIN_MATCH_LENGTH || e.text.length > MAX_MATCH_LENGTH || !e.text.trim()) continue;
    const labels = byText.get(e.text) ?? byText.set(e.text, new Map()).get(e.text)!;
    if (!labels.has(e.label)) labels.set(e.label, e);
  }
  const out: MatchGroup[] = [];
  for (const [needle, labels] of byText) {
    const starts: number[] = [];
    for (const at of occurrences(words, needle)) {
      const start = index.toCodePoint(at);
      if (start !== null && index.toCodePoint(at + needle.length) !== null) starts.push(start);
    }
    if (!starts.length) continue;
    const length = [...needle].length;
    for (const e of labels.values()) out.push({ label: e.label, text: needle, length, attributes: e.attributes, starts });
  }
  return out;
}
