// Dates chrono-node does not read: decades ("the 1870s", "the mid-1990s"), centuries ("the 19th
// century", "19th-century"), and holidays standing for their day ("before Christmas", "on New
// Year's Eve", "by Easter"). Run by dates.ts. Offsets are UTF-16 (RawHit). Pure.
import { formatIso } from "../dates/relative-dates";
import type { Sentence } from "./sentences";
import { tenseAround } from "./tense";
import { at } from "../at";
import type { Found } from "./date-anchors";

/** "the 1870s", "the early 1990s", "the mid-2000s": the ten years, "the" and the part kept. */
const DECADE = /\b(?:the\s+)?(?:(?:early|mid|late)[\s-])?(1[0-9]\d0|20\d0)s\b(?![’'])/giu;
/** "the 19th century", "19th-century", "the early 20th century": the hundred years. */
const CENTURY =
  /\b(?:the\s+)?(?:(?:early|mid|late)[\s-])?([1-9]|1\d|2[01])(?:st|nd|rd|th)[\s-]century\b|\b(?:the\s+)?(?:(?:early|mid|late)[\s-])?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\s-]century\b/giu;
const ORDINAL_WORDS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
  "twenty-first",
];

/** "the 2027 academic year", "the 2026 school year": a year named with its kind, one span with "the" and the noun. */
const KIND_OF_YEAR = /\bthe\s+((?:19|20)\d\d)\s+(?:academic|school|calendar|model|marketing|crop)\s+year\b/giu;
/**
 * "the 2026 kharif season", "the 2025 hurricane season", "the 2024 season": a season of one year
 * named with its year is that year, one span with "the" and the noun, as a kind of year is (a
 * season over two years, "the 2024-25 season", is addSportSeasons').
 */
const SEASON_OF_YEAR = /\bthe\s+((?:19|20)\d\d)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?season\b/gu;

/** Years named with their kind: the year, the span as annotators mark it. */
export function addKindsOfYear(text: string, found: Found[]): void {
  for (const m of [...text.matchAll(KIND_OF_YEAR), ...text.matchAll(SEASON_OF_YEAR)]) {
    const start = m.index;
    const end = start + m[0].length;
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i];
      if (f && start <= f.u16Start && f.u16End <= end) found.splice(i, 1);
    }
    if (overlapsAny(found, start, end)) continue;
    found.push({ u16Start: start, u16End: end, value: at(m, 1) });
  }
  found.sort((a, b) => a.u16Start - b.u16Start);
}

function overlapsAny(found: readonly Found[], start: number, end: number): boolean {
  return found.some((f) => f.u16Start < end && start < f.u16End);
}

/**
 * Decades and centuries as intervals of years: "the 1870s" → 1870/1879, the 19th century →
 * 1800/1899 (as counted in common use, from its hundreds). "the 1800s" is the century's
 * hundred years, a round hundred being how English names one.
 */
export function addDecadesAndCenturies(text: string, found: Found[]): void {
  for (const m of text.matchAll(DECADE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(found, start, end)) continue;
    const first = Number(at(m, 1));
    // "the 1800s", "the 1900s": a round hundred names the century; "the 2000s" is the decade.
    const last = first % 100 === 0 && first < 2000 ? first + 99 : first + 9;
    found.push({ u16Start: start, u16End: end, value: `${first}/${last}` });
  }
  for (const m of text.matchAll(CENTURY)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(found, start, end)) continue;
    const n = m[1] ? Number(m[1]) : ORDINAL_WORDS.indexOf((m[2] ?? "").toLowerCase()) + 1;
    if (n < 1) continue;
    const first = (n - 1) * 100;
    found.push({ u16Start: start, u16End: end, value: `${String(first).padStart(4, "0")}/${String(first + 99).padStart(4, "0")}` });
  }
  found.sort((a, b) => a.u16Start - b.u16Start);
}

/** Holidays on the same day every year, as [month, day]. */
const FIXED_HOLIDAYS: [RegExp, number, number][] = [
  [/^Christmas Eve$/i, 12, 24],
  [/^Christmas(?: Day)?$/i, 12, 25],
  [/^Boxing Day$/i, 12, 26],
  [/^New Year[’']s Eve$/i, 12, 31],
  [/^New Year[’']s(?: Day)?$/i, 1, 1],
  [/^(?:St\.? |Saint )?Valentine[’']s Day$/i, 2, 14],
  [/^(?:St\.? |Saint )?Patrick[’']s Day$/i, 3, 17],
  [/^May Day$/i, 5, 1],
  [/^Halloween$/i, 10, 31],
  [/^Bastille Day$/i, 7, 14],
  [/^Canada Day$/i, 7, 1],
  [/^Australia Day$/i, 1, 26],
  [/^Anzac Day$/i, 4, 25],
  [/^Guy Fawkes (?:Night|Day)$/i, 11, 5],
];
/** Days counted from Easter Sunday. */
const EASTER_HOLIDAYS: [RegExp, number][] = [
  [/^Good Friday$/i, -2],
  [/^Easter(?: Sunday)?$/i, 0],
  [/^Easter Monday$/i, 1],
];
const HOLIDAY =
  /(?<![\p{L}\p{N}])(Christmas Eve|Christmas(?: Day)?|Boxing Day|New Year[’']s(?: Eve| Day)?|(?:St\.? |Saint )?Valentine[’']s Day|(?:St\.? |Saint )?Patrick[’']s Day|May Day|Halloween|Bastille Day|Canada Day|Australia Day|Anzac Day|Guy Fawkes (?:Night|Day)|Good Friday|Easter(?: Sunday| Monday)?|Thanksgiving(?: Day)?)(?:,?\s+((?:19|20)\d\d))?(?![\p{L}\p{N}])/gu;
/**
 * "the Christmas holiday", "Christmas shopping", "Easter weekend", "Christmas tree": the holiday
 * names an event, a season or a thing around it, not its day.
 */
const NOT_THE_DAY_AFTER =
  /^\s+(?:holidays?|season|period|break|shopping|sales?|rush|trees?|lights|markets?|parties|party|dinners?|cards?|decorations?|week|weekend|trading|spending|bonus(?:es)?|message|address|speech|eve|truce|ceasefire|services?|mass|specials?|island|uprising|offensive|rising|islands)\b/i;
/** "the Christmas of 1914", "a white Christmas", "every Christmas": not one day the text dates. */
const NOT_THE_DAY_BEFORE = /\b(?:every|each|a|an|white|his|her|their|our|my|its|that|the)\s+$/i;
/** "last Christmas", "this Easter", "next Thanksgiving": the modifier is part of the date and picks the year. */
const HOLIDAY_MODIFIER_BEFORE = /\b(last|this|next)\s+$/i;

/** Easter Sunday of a year (the Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

/** The US Thanksgiving: the fourth Thursday of November. */
function thanksgiving(year: number): [number, number] {
  const firstWeekday = new Date(year, 10, 1, 12).getDay();
  return [11, 1 + ((4 - firstWeekday + 7) % 7) + 21];
}

function holidayIn(name: string, year: number): [number, number] | null {
  for (const [re, month, day] of FIXED_HOLIDAYS) if (re.test(name)) return [month, day];
  for (const [re, shift] of EASTER_HOLIDAYS)
    if (re.test(name)) {
      const [month, day] = easterSunday(year);
      const d = new Date(year, month - 1, day + shift, 12);
      return [d.getMonth() + 1, d.getDate()];
    }
  if (/^Thanksgiving/i.test(name)) return thanksgiving(year);
  return null;
}

/**
 * "refused to meet the union before Christmas" (written in January): a holiday standing for its
 * day is a date, in the year the tense points to: the latest such day before publication in
 * past narrative, the next one in a plan, else the nearer of the two.
 */
export function addHolidays(text: string, sentences: readonly Sentence[], found: Found[], ref: Date): void {
  for (const m of text.matchAll(HOLIDAY)) {
    const start = m.index;
    const end = start + m[0].length;
    // "Good Friday": the weekday chrono read inside the name gives way to the holiday.
    if (found.some((f) => f.u16Start < end && start < f.u16End && !(start <= f.u16Start && f.u16End <= end))) continue;
    if (NOT_THE_DAY_AFTER.test(text.slice(end, end + 16)) || NOT_THE_DAY_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i];
      if (f && start <= f.u16Start && f.u16End <= end) found.splice(i, 1);
    }
    const name = at(m, 1);
    const iso = (year: number) => {
      const md = holidayIn(name, year);
      return md ? formatIso(year, md[0], md[1]) : null;
    };
    if (m[2]) {
      found.push({ u16Start: start, u16End: end, value: iso(Number(m[2])) });
      continue;
    }
    // "Thanksgiving last year", "Christmas next year": that year's, one span, as "October last year" is.
    const yearAfter = /^\s+(last|this|next)\s+year\b/i.exec(text.slice(end, end + 16));
    if (yearAfter) {
      const shift = { last: -1, this: 0, next: 1 }[at(yearAfter, 1).toLowerCase() as "last" | "this" | "next"];
      const spanEnd = end + yearAfter[0].length;
      for (let i = found.length - 1; i >= 0; i--) {
        const f = found[i];
        if (f && f.u16Start >= end && f.u16End <= spanEnd) found.splice(i, 1);
      }
      found.push({ u16Start: start, u16End: spanEnd, value: iso(ref.getFullYear() + shift) });
      continue;
    }
    const today = formatIso(ref.getFullYear(), ref.getMonth() + 1, ref.getDate());
    const y = ref.getFullYear();
    const candidates = [iso(y - 1), iso(y), iso(y + 1)].filter((v): v is string => v !== null);
    const before = candidates.filter((v) => v <= today).at(-1);
    const after = candidates.find((v) => v >= today);
    const modifier = HOLIDAY_MODIFIER_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
    if (modifier) {
      const word = at(modifier, 1).toLowerCase();
      const value =
        word === "last" ? candidates.filter((v) => v < today).at(-1) : word === "next" ? candidates.find((v) => v > today) : iso(y);
      found.push({ u16Start: start - modifier[0].length, u16End: end, value: value ?? null });
      continue;
    }
    const s = sentences.find((x) => x.start <= start && end <= x.end);
    const dir = s ? tenseAround(s.text, start - s.start, end - s.start) : null;
    const distance = (v: string | undefined) => (v ? Math.abs(new Date(v).getTime() - new Date(today).getTime()) : Infinity);
    const value = dir === "past" ? before : dir === "future" ? after : distance(before) <= distance(after) ? before : after;
    found.push({ u16Start: start, u16End: end, value: value ?? null });
  }
  found.sort((a, b) => a.u16Start - b.u16Start);
}
