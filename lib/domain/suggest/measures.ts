// Measure suggester: numbers with a unit or currency ("100 million won", "$86,400",
// "30 percent", "90 days", "four-day", "three chemicals"), and large bare counts ("18,000").
// The value is a number (scale words applied, "minus" negative, cents as dollars) and the
// unit a short code (ISO 4217 for money, "%" for percent, plural English for the rest).
// Numbers inside a date, a time, a range or a tally ("1910-45", "7-2", "17:10") are not
// measures. Offsets are UTF-16 here (RawHit). Pure.
import { NUMBER_SOURCE, SCALE_SOURCE, parseNumber } from "./numbers";
import type { RawHit } from "./types";
import { at } from "../at";

const SYMBOLS: Record<string, string> = {
  US$: "USD",
  C$: "CAD",
  A$: "AUD",
  HK$: "HKD",
  S$: "SGD",
  $: "USD",
  "€": "EUR",
  "£": "GBP",
  "¥": "JPY",
  "₩": "KRW",
};

/** Unit words (lower case) → the stored unit; `scale` multiplies the value (cents are dollars/100). */
const UNIT_WORDS: [RegExp, string, number?][] = [
  [/^(?:us|u\.s\.) dollars?$/, "USD"],
  [/^dollars?$/, "USD"],
  [/^cents?$/, "USD", 0.01],
  [/^won$/, "KRW"],
  [/^yen$/, "JPY"],
  [/^yuan$|^renminbi$/, "CNY"],
  [/^euros?$/, "EUR"],
  [/^pounds? sterling$|^pounds?$/, "GBP"],
  [/^rupees?$/, "INR"],
  [/^rubles?$|^roubles?$/, "RUB"],
  [/^(?:percent|per cent|%)$/, "%"],
  [/^percentage points?$/, "percentage points"],
];
const UNIT_SOURCE =
  "(?:U\\.?S\\.? dollars?|dollars?|cents?|won|yen|yuan|renminbi|euros?|pounds? sterling|pounds?|rupees?|rubles?|roubles?|percentage points?|percent|per cent|" +
  "seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|tonnes?|tons?|metric tons|kilograms?|kg|grams?|kilometers?|kilometres?|km|miles?|meters?|metres?|feet|foot|inches|barrels?|liters?|litres?|gallons?|megawatts?|gigawatts?|MW|GW|kWh|acres?|hectares?|square (?:kilometers|kilometres|miles|meters|metres|feet)|degrees(?: Celsius| Fahrenheit)?)";
const NUM = NUMBER_SOURCE;
const SCALE = SCALE_SOURCE;
const B = "(?<![\\p{L}\\p{N}$€£¥₩.,:\\-–/])"; // not glued to a word, a number or a range

// at(m, n) for the groups each pattern always captures; m[n] for the optional ones.
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => { value: number | null; unit?: string } }[] = [
  {
    // $86,400  US$1.5 billion  ₩100 million
    re: new RegExp(`(?<![\\p{L}\\p{N}])(US\\$|C\\$|A\\$|HK\\$|S\\$|\\$|€|£|¥|₩)\\s?(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s?(${SCALE})\\b)?`, "gu"),
    read: (m) => ({ value: parseNumber(at(m, 2), m[3]), unit: SYMBOLS[at(m, 1)] }),
  },
  {
    // 100 million won, minus 0.1 percent, 30%, 90 days, 120 million tonnes
    re: new RegExp(`${B}(minus\\s+|-)?(${NUM})(?:\\s+(${SCALE}))?(?:\\s*(%)|\\s+(${UNIT_SOURCE}))(?![\\p{L}\\p{N}])`, "giu"),
    read: (m) => unitReading(at(m, 2), m[3], m[4] ?? at(m, 5), Boolean(m[1])), // no "%" (group 4): the unit word (group 5) matched
  },
  {
    // four-day, 10-year, 5-percent (adjectives)
    re: new RegExp(
      `${B}(${NUM})-(day|week|month|year|hour|minute|mile|kilometer|kilometre|meter|metre|percent|point|decade)(?![\\p{L}\\p{N}-])`,
      "giu",
    ),
    read: (m) => ({ value: parseNumber(at(m, 1)), unit: at(m, 2).toLowerCase() === "percent" ? "%" : `${at(m, 2).toLowerCase()}s` }),
  },
  {
    // three chemicals, 1,200 signatures, six routes: a count of a plural noun
    re: new RegExp(`${B}(${NUM})(?:\\s+(${SCALE}))?\\s+(\\p{Ll}{3,}s)(?![\\p{L}\\p{N}'’])`, "gu"),
    read: (m) =>
      (/^an?$/i.test(at(m, 1)) && !m[2]) || COUNT_STOP.has(at(m, 3))
        ? { value: null }
        : { value: parseNumber(at(m, 1), m[2]), unit: at(m, 3) },
  },
  {
    // 18,000  2.5 million: large numbers with no unit
    re: new RegExp(`${B}(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?\\s+(?:${SCALE}))(?![\\p{L}\\p{N}]|[.,]\\d|-\\d)`, "giu"),
    read: (m) => {
      const [num = "", scale] = at(m, 1).split(/\s+/); // split() gives at least one part
      return { value: parseNumber(num, scale) };
    },
  },
];

const DETERMINER_BEFORE = /\b(?:the|its|their|his|her|our|these|those|both|all|last|first|next|other)\s+$/i;
const TIME_UNITS = /^(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)$/;
const COUNT_STOP = new Set([
  "was",
  "has",
  "is",
  "its",
  "this",
  "his",
  "hers",
  "less",
  "across",
  "plus",
  "times",
  "others",
  "ones",
  "thus",
  "yes",
  "does",
  "goes",
  "says",
  "previous",
  "various",
  "serious",
  "famous",
  "miles",
]);

function unitReading(num: string, scale: string | undefined, unitWord: string, negative: boolean) {
  const base = parseNumber(num, scale);
  if (base === null || /^an?$/i.test(num)) return { value: null };
  const word = unitWord.toLowerCase().replace(/\s+/g, " ");
  const money = UNIT_WORDS.find(([re]) => re.test(word));
  const unit = money ? money[1] : plural(word);
  const value = Number((base * (money?.[2] ?? 1)).toPrecision(12));
  return { value: negative ? -value : value, unit };
}

function plural(word: string): string {
  if (/^(?:mw|gw|kwh|km|kg)$/.test(word)) return word.toUpperCase().replace("KWH", "kWh").replace("KM", "km").replace("KG", "kg");
  if (word === "century") return "centuries";
  if (word === "foot") return "feet";
  return /s$|feet|celsius|fahrenheit|metric tons/.test(word) ? word : `${word}s`;
}

/** Measures, never overlapping each other nor any range in `taken` (the dates). */
export function suggestMeasures(text: string, taken: readonly { u16Start: number; u16End: number }[]): RawHit[] {
  const candidates: RawHit[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const { value, unit } = read(m);
      if (value === null) continue;
      const u16Start = m.index;
      const u16End = m.index + m[0].length;
      // "the two neighbours", "its three allies", "the last three paragraphs": a number after a
      // determiner picks out known things; it does not measure anything.
      const countsThings = unit !== undefined && !/^[A-Z]{3}$|%|points/.test(unit) && !TIME_UNITS.test(unit);
      if (countsThings && DETERMINER_BEFORE.test(text.slice(Math.max(0, u16Start - 12), u16Start))) continue;
      if (/^\d{1,4}-\d/.test(text.slice(u16Start, u16End + 2)) && !/-\p{L}/u.test(m[0])) continue; // 7-2, 1910-45
      candidates.push({ label: "measure", u16Start, u16End, attributes: unit ? { value, unit } : { value }, source: "measure" });
    }
  }
  candidates.sort((a, b) => b.u16End - b.u16Start - (a.u16End - a.u16Start) || a.u16Start - b.u16Start);
  const chosen: RawHit[] = [];
  const overlaps = (a: { u16Start: number; u16End: number }, b: { u16Start: number; u16End: number }) =>
    a.u16Start < b.u16End && b.u16Start < a.u16End;
  for (const c of candidates) {
    if (taken.some((t) => overlaps(t, c)) || chosen.some((t) => overlaps(t, c))) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.u16Start - b.u16Start);
}
