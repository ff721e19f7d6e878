// Dates read from the mentions around them rather than from the publication date: "a month
// later", "the following week", "the year before" shift the dated mention before them; "the same
// day", "later that year" repeat it; "Thursday (Nov. 21)" takes the date beside it; "the end of
// the year" (which chrono does not read) is the publication's year. Offsets are
// UTF-16 over the whole text; `found` is sorted by start. Pure.
import { formatIso } from "../dates/relative-dates";

export interface Found {
  u16Start: number;
  u16End: number;
  value: string | null;
}

const DURATION_LATER =
  /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(day|week|month|year)s?\s+(later|earlier|afterwards|before)\b|\bthe\s+(next|following|previous)\s+(day|week|month|year)\b|\bthe\s+(day|week|month|year)\s+(before|after)\b(?!\s+(?:the|a|an|his|her|its|their|this|that)\b)/gi;
/**
 * "the same day", "later that year", "on that day": the date mention before it, as precise as
 * the unit. A bare "that day" needs a preposition or "later"/"earlier" before it ("that day
 * will come" names none); "later" belongs to a month or year and not to a day, as in date-spans.ts.
 */
const SAME_AS_BEFORE = /\b(?:(later|earlier)\s+|(?:on|in|by|during|until|since|of)\s+)?((?:the|that)\s+same|that)\s+(day|week|month|year)\b(?![-\p{L}])/giu;
const PRECISION: Record<string, number> = { day: 10, week: 10, month: 7, year: 4 };
const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** "a month later", "a year earlier": a duration from the preceding mention dated at least to its unit. */
export function resolveDurations(text: string, found: Found[], ref: Date | null): void {
  // With no dated mention before it, "the day before" counts back from the story's own day; "two
  // days later" in a past-tense story cannot count forward from it, so it stays without a value.
  const published = ref ? formatIso(ref.getFullYear(), ref.getMonth() + 1, ref.getDate()) : null;
  DURATION_LATER.lastIndex = 0;
  for (let m = DURATION_LATER.exec(text); m; m = DURATION_LATER.exec(text)) {
    const unit = (m[2] ?? m[5] ?? m[6]!).toLowerCase();
    const count = m[1] ? (WORD_NUMBERS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
    const back = /earlier|before|previous/i.test(m[3] ?? m[4] ?? m[7] ?? "");
    const prior = priorValue(found, m.index, PRECISION[unit]!) ?? (back ? published : null);
    const shifted = prior ? shiftIso(prior, unit, back ? -count : count) : null;
    // "the following month" names the whole unit; "a month later" is a point as precise as the one before.
    replaceWith(found, m.index, m.index + m[0].length, shifted && !m[1] ? shifted.slice(0, PRECISION[unit]) : shifted);
  }
  SAME_AS_BEFORE.lastIndex = 0;
  for (let m = SAME_AS_BEFORE.exec(text); m; m = SAME_AS_BEFORE.exec(text)) {
    if (m[2]!.toLowerCase() === "that" && m[0].length === m[2]!.length + 1 + m[3]!.length) continue;
    const unit = m[3]!.toLowerCase();
    const precision = PRECISION[unit]!;
    const keepLater = m[1] !== undefined && (unit === "month" || unit === "year");
    const lead = m[0].length - m[0].replace(/^(?:later|earlier|on|in|by|during|until|since|of)\s+/i, "").length;
    const start = keepLater ? m.index : m.index + lead;
    const prior = priorValue(found, start, precision) ?? published;
    replaceWith(found, start, m.index + m[0].length, prior ? prior.slice(0, precision) : null);
  }
}

/** The value of the last dated mention ending before `start` that is at least `precision` long. */
function priorValue(found: readonly Found[], start: number, precision: number): string | null {
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    if (f.u16End <= start && f.value && f.value.length >= precision) return f.value;
  }
  return null;
}

function replaceWith(found: Found[], start: number, end: number, value: string | null): void {
  const i = found.findIndex((f) => f.u16Start < end && start < f.u16End);
  if (i >= 0) found.splice(i, 1);
  found.push({ u16Start: start, u16End: end, value });
  found.sort((a, b) => a.u16Start - b.u16Start);
}

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/** "on Thursday (Nov. 21)": the weekday is the date given beside it, whatever the tense says. */
export function datedWeekdays(text: string, found: Found[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const f = found[i]!;
    const g = found[i + 1]!;
    const day = WEEKDAYS.indexOf(text.slice(f.u16Start, f.u16Start + 3).toLowerCase());
    if (day < 0 || !/^\s*\(\s*$/.test(text.slice(f.u16End, g.u16Start)) || !g.value || g.value.length !== 10) continue;
    const [y, m, d] = g.value.split("-").map(Number);
    if (new Date(y!, m! - 1, d!, 12).getDay() === day && /^\p{L}+$/u.test(text.slice(f.u16Start, f.u16End))) f.value = g.value;
  }
}

export function shiftIso(iso: string, unit: string, n: number): string {
  const [y = 0, mo, d] = iso.split("-").map(Number);
  if (unit === "year") return formatIso(y + n, mo, d);
  if (mo === undefined) return iso; // a year shifted by months or days keeps its precision
  if (unit === "month") {
    const date = new Date(y, mo - 1 + n, d ?? 1, 12);
    return d ? formatIso(date.getFullYear(), date.getMonth() + 1, date.getDate()) : formatIso(date.getFullYear(), date.getMonth() + 1);
  }
  const date = new Date(y, mo - 1, (d ?? 1) + n * (unit === "week" ? 7 : 1), 12);
  return formatIso(date.getFullYear(), date.getMonth() + 1, date.getDate());
}


const PART_OF_CURRENT = /\bthe\s+(?:end|start|beginning|middle|close|turn)\s+of\s+the\s+(year|month)\b(?![-\p{L}])/giu;

/** "by the end of the year": the year (or month) the article is written in. */
export function partsOfCurrent(text: string, ref: Date | null, found: Found[]): void {
  PART_OF_CURRENT.lastIndex = 0;
  for (let m = PART_OF_CURRENT.exec(text); m; m = PART_OF_CURRENT.exec(text)) {
    const value = ref ? (m[1]!.toLowerCase() === "year" ? formatIso(ref.getFullYear()) : formatIso(ref.getFullYear(), ref.getMonth() + 1)) : null;
    replaceWith(found, m.index, m.index + m[0].length, value);
  }
}
