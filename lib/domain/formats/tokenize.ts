// A deterministic, dependency-free tokenizer for token-level formats (CoNLL). Tokens are:
// a number with decimal or thousands separators (3.5, 1,000); a maximal run of letters,
// digits and combining marks; one Han / Hiragana / Katakana character (CJK is written
// without spaces, so per-character tokens are the only split that keeps span boundaries);
// a flag (regional-indicator pair) or an emoji with its modifiers and ZWJ sequence; or any
// other single non-space character (punctuation). Offsets are code points, half-open.
//
// "Space" is every character a CoNLL reader splits fields or lines on: JavaScript's \s
// (Unicode spaces, NBSP, U+2028/U+2029, VT, FF, BOM) plus U+0085 and U+001C–U+001F, which
// Python's str.split() and str.splitlines() also break on. None of them is ever a token,
// so no token can break a CoNLL line or add a column. Only "\n" ends a sentence.
import { codePointLength } from "../text/text";
import { ANY_SPACE } from "./line-breaks";

/** Characters no token contains: JavaScript's \s plus Python's extra whitespace. */
export const CONLL_SPACE = ANY_SPACE;

export interface Token {
  text: string;
  start: number;
  end: number;
  /** A line break separates this token from the previous one: a sentence boundary. */
  lineBreakBefore: boolean;
}

const CJK = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}`;
const TOKEN = new RegExp(
  [
    `[${CJK}]`,
    String.raw`\p{Nd}+(?:[.,]\p{Nd}+)+(?![\p{L}\p{N}\p{M}])`,
    `(?:(?![${CJK}])[\\p{L}\\p{N}\\p{M}])+`,
    String.raw`\p{RI}\p{RI}`,
    String.raw`\p{Extended_Pictographic}[\p{EMod}\uFE0F]*(?:\u200D\p{Extended_Pictographic}[\p{EMod}\uFE0F]*)*`,
    `[^${CONLL_SPACE}]`,
  ].join("|"),
  "gu",
);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let utf16 = 0;
  let cp = 0;
  let sawLineBreak = false;
  for (const match of text.matchAll(TOKEN)) {
    const gap = text.slice(utf16, match.index);
    if (gap.includes("\n")) sawLineBreak = true;
    cp += codePointLength(gap);
    const length = codePointLength(match[0]);
    tokens.push({ text: match[0], start: cp, end: cp + length, lineBreakBefore: sawLineBreak && tokens.length > 0 });
    sawLineBreak = false;
    cp += length;
    utf16 = match.index + match[0].length;
  }
  return tokens;
}
