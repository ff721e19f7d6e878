// Years written alone ("the 1965 agreement", "2015 was the hottest year"), which
// chrono's grammar lacks. A four-digit number from 1800 to 2099 is a year unless it counts or
// names something: a plural or counted noun after it ("2000 workers", "2000 people", "2000 km"),
// a word before it that makes it a number ("flight 2019", "nearly 2000"). A determiner before it
// makes it a modifier again ("the 2020 elections", "its 2019 rules"). A hyphenated span of years
// ("its 1910-45 colonization", "Japan's 1910-1945 colonial rule") is left out, as the demo's gold
// does both times it occurs. Pure; offsets UTF-16.

export interface YearHit {
  u16Start: number;
  u16End: number;
  value: string;
}

const BARE_YEAR = /(?<![\p{L}\p{N}$€£¥₩.,-])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}%]|[.,]\d|-\d|\s*(?:percent|per cent|%))/gu;
/** Counted nouns that are not plural in -s, and unit symbols. */
const COUNTED = /^\s+(?:people|men|women|children|police|staff|personnel|cattle|yen|won|yuan|baht|rupiah|euro|km|kg|mm|cm|ft|mi|lb|oz|mw|gw|kw|kwh|mph|sq)\b/i;
const NUMBER_BEFORE = /(?:\b(?:room|flight|route|no\.?|number|model|page|article|section|chapter|bus|line|unit|highway|interstate|suite|gate|platform|code|version|item|nearly|almost|roughly|approximately|some)|#)\s*$/i;
const DETERMINER_BEFORE = /(?:\b(?:the|its|their|his|her|our|this|that|these|those)|['’]s)\s+$/i;
const NOT_PLURAL = /^(?:was|has|is|as|its|this|his|us|thus|plus|versus)$/;

export function bareYears(text: string, taken: (start: number, end: number) => boolean): YearHit[] {
  const out: YearHit[] = [];
  BARE_YEAR.lastIndex = 0;
  for (let m = BARE_YEAR.exec(text); m; m = BARE_YEAR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!taken(start, end) && isYear(text, start, end)) out.push({ u16Start: start, u16End: end, value: m[1]! });
  }
  return out;
}

function isYear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  if (NUMBER_BEFORE.test(before)) return false; // "flight 2019", "nearly 2000"
  const after = text.slice(end, end + 30);
  if (COUNTED.test(after)) return false; // "2000 people", "2000 km"
  const next = /^\s+(\p{Ll}+)/u.exec(after);
  const plural = next !== null && /s$/.test(next[1]!) && !NOT_PLURAL.test(next[1]!);
  return !plural || DETERMINER_BEFORE.test(before); // "2000 workers", but "the 2020 elections"
}
