// Date suggester: every date expression chrono-node finds in the text (plus bare years,
// "<month> last year" and "a month later"), with its ISO value anchored on the publication
// date. Under-specified mentions follow the tense of their sentence (tense.ts); a duration
// "later"/"earlier" resolves from the date mention before it when the text gives one.
// Spans leave out a leading preposition and trailing punctuation ("on Wednesday," → "Wednesday"),
// as annotators mark them. Offsets are UTF-16 here (RawHit). Pure.
import type * as chrono from "chrono-node";
import { dateParser, formatIso, isoOfComponents, normalizeDateMention, parseLocalDate } from "../dates/relative-dates";
import type { Sentence } from "./sentences";
import { tenseAround } from "./tense";
import type { RawHit } from "./types";
import { at } from "../at";

const DAY_MS = 86_400_000;
const LEAD_IN = /^(?:(?:on|in|at|by|since|from|until|till|before|after|of|during|as of|as early as|earlier|later)\s+)+/i;
const TRAILING = /[\s,.;:)]+$/;
/** chrono reads these as dates; annotators do not mark them, and "march"/"may" are verbs. */
const NOT_DATES = /^(?:now|right now|currently|soon|tonight|this morning|this afternoon|this evening|(?!today|yesterday|tomorrow)[a-z]+)$/;
const HAS_DATE_WORD =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|year|month|week|today|yesterday|tomorrow|day/i;
/** A span of time rather than a point in it: the measure suggester takes these. */
const DURATION =
  /^(?:(?:in|within|for|over|after|during)\s+)?(?:the\s+)?(?:(?:next|past|last|previous|coming)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:second|minute|hour|day|week|month|year|decade)s?$|^(?:in|within|for|over|after)\s+(?:a|an|one)\s+(?:second|minute|hour|day|week|month|year|decade)$/i;
const WEEKDAY_MODIFIER = /\b(?:last|past|previous|next|coming|this)\b/i;
const DURATION_LATER =
  /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(day|week|month|year)s?\s+(later|earlier|afterwards|before)\b|\bthe\s+(next|following|previous)\s+(day|week|month|year)\b/gi;
const BARE_YEAR = /(?<![\p{L}\p{N}$€£¥₩.,-])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}%]|[.,]\d|-\d|\s*(?:percent|per cent|%))/gu;
const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

interface Found {
  u16Start: number;
  u16End: number;
  value: string | null;
}

export function suggestDates(text: string, sentences: readonly Sentence[], publishedAt: string | null): RawHit[] {
  const ref = publishedAt ? parseLocalDate(publishedAt) : null;
  const found: Found[] = [];
  for (const s of sentences) {
    for (const r of dateParser.parse(s.text, ref ?? new Date(2000, 0, 1, 12))) {
      const hit = trimmed(s, r);
      if (!hit) continue;
      const value = ref ? valueInSentence(s, r, hit, ref) : normalizeDateMention(r.text, null);
      found.push({ ...hit, value });
    }
  }
  addBareYears(text, found);
  found.sort((a, b) => a.u16Start - b.u16Start);
  resolveDurations(text, found);
  return dropContained(found).map((f) => ({
    label: "date",
    u16Start: f.u16Start,
    u16End: f.u16End,
    attributes: f.value ? { value: f.value } : {},
    source: "date" as const,
  }));
}

function trimmed(s: Sentence, r: chrono.ParsedResult): { u16Start: number; u16End: number } | null {
  let text = r.text;
  let start = r.index;
  const lead = LEAD_IN.exec(text);
  // "mid-2025", "early 2019": the lead-in is part of what annotators mark; "in 2019" is not.
  if (lead && !/^(?:mid|early|late)/i.test(text)) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  text = text.replace(TRAILING, "");
  if (DURATION.test(r.text.trim())) return null; // "in 17 years", "within 15 days": a measure
  if (!text || NOT_DATES.test(text) || !HAS_DATE_WORD.test(text)) return null;
  const c = r.start;
  const known = c.isCertain("day") || c.isCertain("weekday") || c.isCertain("month") || c.isCertain("year");
  if (!known && !/\b(?:week|month|year|day)\b/i.test(text)) return null; // a time of day alone
  return { u16Start: s.start + start, u16End: s.start + start + text.length };
}

/** The value with the sentence's tense deciding where an under-specified date points. */
function valueInSentence(s: Sentence, r: chrono.ParsedResult, hit: { u16Start: number; u16End: number }, ref: Date): string | null {
  const c = r.start;
  const dir = tenseAround(s.text, hit.u16Start - s.start, hit.u16End - s.start);
  const weekday = c.get("weekday");
  if (c.isCertain("weekday") && !c.isCertain("day") && weekday !== null && !WEEKDAY_MODIFIER.test(r.text)) {
    const shift = dir === "future" ? (weekday - ref.getDay() + 7) % 7 : -((ref.getDay() - weekday + 7) % 7);
    const d = new Date(ref.getTime() + shift * DAY_MS);
    return formatIso(d.getFullYear(), d.getMonth() + 1, d.getDate());
  }
  if (dir === "future" && !c.isCertain("year") && c.isCertain("month")) {
    const month = c.get("month")!;
    const day = c.isCertain("day") ? c.get("day")! : undefined;
    const candidate = new Date(ref.getFullYear(), month - 1, day ?? 28, 12);
    const year = candidate.getTime() < ref.getTime() - DAY_MS ? ref.getFullYear() + 1 : ref.getFullYear();
    return formatIso(year, month, day);
  }
  return isoOfComponents(c, ref);
}

/** "the 1965 agreement", "since 2015": a year on its own is a date unless it counts something. */
function addBareYears(text: string, found: Found[]): void {
  BARE_YEAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BARE_YEAR.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => f.u16Start < end && start < f.u16End)) continue;
    const next = /^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 30));
    // at(m, 1): the groups of both patterns are not optional.
    if (next && /s$/.test(at(next, 1)) && !/^(?:was|has|is|as|its|this|his|us)$/.test(at(next, 1))) continue; // "2000 workers"
    found.push({ u16Start: start, u16End: end, value: at(m, 1) });
  }
}

/** "a month later": a duration from the preceding dated mention (month or day precision). */
function resolveDurations(text: string, found: Found[]): void {
  DURATION_LATER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DURATION_LATER.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    const unit = (m[2] ?? m[5] ?? "").toLowerCase(); // one of the two alternatives matched, so one unit group is set
    const count = m[1] ? (WORD_NUMBERS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
    const back = m[3] ? /earlier|before/i.test(m[3]) : /previous/i.test(m[4] ?? "");
    const prior = [...found]
      .reverse()
      .find((f) => f.u16End <= start && f.value && f.value.length >= (unit === "day" || unit === "week" ? 10 : 7));
    const i = found.findIndex((f) => f.u16Start < end && start < f.u16End);
    if (i >= 0) found.splice(i, 1);
    const value = prior?.value ? shiftIso(prior.value, unit, back ? -count : count) : null;
    found.push({ u16Start: start, u16End: end, value });
    found.sort((a, b) => a.u16Start - b.u16Start);
  }
}

function shiftIso(iso: string, unit: string, n: number): string {
  const [y, mo, d] = iso.split("-").map(Number);
  // Callers pass month or day precision ("YYYY-MM", "YYYY-MM-DD"): year and month are there.
  if (y === undefined || mo === undefined) return iso;
  if (unit === "year") return formatIso(y + n, mo, d);
  if (unit === "month") {
    const date = new Date(y, mo - 1 + n, d ?? 1, 12);
    return d ? formatIso(date.getFullYear(), date.getMonth() + 1, date.getDate()) : formatIso(date.getFullYear(), date.getMonth() + 1);
  }
  const date = new Date(y, mo - 1, (d ?? 1) + n * (unit === "week" ? 7 : 1), 12); // day precision here (see resolveDurations), so d is set
  return formatIso(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

function dropContained(found: Found[]): Found[] {
  return found.filter(
    (f, i) =>
      !found.some(
        (g, j) => j !== i && g.u16Start <= f.u16Start && f.u16End <= g.u16End && (g.u16End - g.u16Start > f.u16End - f.u16Start || j < i),
      ),
  );
}
