// Sentence boundaries in UTF-16 indices for the rule suggesters. News prose is full of
// abbreviations ("U.S.", "Oct.", "Corp.", "Mr."), so a period ends a sentence only when the
// word before it is not one and the next word starts like a sentence. Line breaks always
// end a sentence (paragraphs in stored text are separated by "\n"). Pure.

export interface Sentence {
  start: number;
  end: number; // exclusive, before trailing whitespace
  text: string;
}

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof sen rep gov gen col lt sgt st jr sr co corp inc ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec " +
    "tue tues wed thu thur thurs fri approx dept fig univ"
  ).split(" "),
);

/** True when the period at `dot` belongs to an abbreviation or initials rather than ending a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text.charAt(i - 1))) i--;
  const word = text.slice(i, dot);
  // "close to 2°C.", "a 5G.": a capital right after a number or a degree sign is a unit, not an initial.
  if (/^\p{Lu}$/u.test(word) && /[\p{N}°]/u.test(text.charAt(i - 1))) return false;
  if (/^(\p{Lu}\.)*\p{Lu}$/u.test(word)) return true; // "U.S", "N.Y", "J"
  return ABBREVIATIONS.has(word.toLowerCase());
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  const re = /\n|[.!?…]+["”’)]*(?=\s)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0] === "\n") {
      // A line broken after "the", "of", "and" or a comma is one sentence wrapped, not two.
      // So is a line whose next line starts in lower case.
      const wrapped = /(?:,|\b(?:the|a|an|of|to|and|or|in|on|with|for|by|at|from|that|its|their|his|her))$/i.test(
        text.slice(Math.max(0, m.index - 8), m.index),
      );
      if (text[m.index + 1] !== "\n" && (wrapped || /^\p{Ll}/u.test(text[m.index + 1] ?? ""))) continue;
      push(m.index);
      start = m.index + 1;
      continue;
    }
    const after = m.index + m[0].length;
    const next = /\S/.exec(text.slice(after, after + 40));
    const nextChar = next ? next[0] : "";
    // "… in a post on X. He added": a single capital before a pronoun or article ends a sentence;
    // an initial is followed by a name.
    const opener = /^\s*(?:He|She|It|They|We|I|The|This|That|There|But|And|In|On|A|An)\b/.test(text.slice(after, after + 8));
    const initial = /(?<![\p{L}.])\p{Lu}$/u.test(text.slice(Math.max(0, m.index - 2), m.index));
    if (m[0][0] === "." && m[0].length === 1 && isAbbreviation(text, m.index) && !/["“]/.test(nextChar) && !(initial && opener)) continue;
    if (nextChar && /[\p{Ll}]/u.test(nextChar)) continue; // "said Mr. Smith. the" is rare; lowercase continues
    push(after);
    start = after;
  }
  push(text.length);
  return out;
}
