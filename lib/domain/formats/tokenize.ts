// A deterministic, dependency-free tokenizer for token-level formats (CoNLL). Tokens are:
// a number with decimal or thousands separators (3.5, 1,000); a maximal run of letters,
// digits and combining marks; one Han / Hiragana / Katakana character (CJK is written
// without spaces, so per-character tokens are the only split that keeps span boundaries);
// a flag (regional-indicator pair) or an emoji with its modifiers and ZWJ sequence; or any
// other single non-space character (punctuation). Offsets are code points, half-open.
import { codePointLength } from "../text";

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
    String.raw`\S`,
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
