// Date suggester: every date expression chrono-node finds in the text (plus bare years,
// "<month> last year" and "a month later"), with its ISO value anchored on the publication
// date. Under-specified mentions follow the tense of their sentence (tense.ts); a duration
// "later"/"earlier" resolves from the date mention before it when the text gives one.
// Spans leave out a leading preposition and trailing punctuation ("on Wednesday," → "Wednesday"),
// as annotators mark them; times of day, "early"/"mid-" and ranges as date-spans.ts says.
// Offsets are UTF-16 here (RawHit). Pure.
import type * as chrono from "chrono-node";
import { dateParser, formatIso, isoOfComponents, normalizeDateMention, parseLocalDate } from "../dates/relative-dates";
import type { Sentence } from "./sentences";
import { tenseAround } from "./tense";
import { bareYears } from "./bare-years";
import { datedWeekdays, partsOfCurrent, resolveDurations, shiftIso, type Found } from "./date-anchors";
import { articleBefore, modifierBefore, monthAsName, rangeParts, weekdayInName, withoutTimeOfDay, type DatePart } from "./date-spans";
import type { RawHit } from "./types";

const DAY_MS = 86_400_000;
const LEAD_IN = /^(?:(?:on|in|at|by|since|from|until|till|before|after|of|during|as of|as early as|earlier|later)\s+)+/i;
const TRAILING = /[\s,.;:)]+$/;
/** chrono reads these as dates; annotators do not mark them, and "march"/"may" are verbs. */
const NOT_DATES = /^(?:now|right now|currently|soon|tonight|this morning|this afternoon|this evening|(?!today|yesterday|tomorrow)[a-z]+)$/;
/** "9/11", "24/7": digits and a slash without a year are names, scores or ratios in prose. */
const NUMERIC_NO_YEAR = /^\d{1,2}\/\d{1,2}$/;
const TRAILING_NOW = /(?:,\s*|\s+)(?:right\s+)?now$/i;
const PART_OF = /^(?:the\s+)?(?:end|start|beginning|middle|close|turn)\s+of\s+(.*)$/i;
/** "earlier in the day", "by the month": a unit with only "the" names no date (chrono reads it as one). */
const BARE_UNIT = /^(?:the\s+)?(?:day|week|month|year)$/i;
const HAS_DATE_WORD = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|year|month|week|today|yesterday|tomorrow|day|spring|summer|autumn|fall|winter/i;
/** A span of time rather than a point in it: the measure suggester takes these. */
const DURATION =
  /^(?:(?:in|within|for|over|after|during)\s+)?(?:the\s+)?(?:(?:next|past|last|previous|coming)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:second|minute|hour|day|week|month|year|decade)s?$|^(?:in|within|for|over|after)\s+(?:a|an|one)\s+(?:second|minute|hour|day|week|month|year|decade)$/i;
const WEEKDAY_MODIFIER = /\b(?:last|past|previous|next|coming|this)\b/i;

export function suggestDates(text: string, sentences: readonly Sentence[], publishedAt: string | null): RawHit[] {
  const ref = publishedAt ? parseLocalDate(publishedAt) : null;
  const found: Found[] = [];
  for (const s of sentences) {
    const anchor = ref ?? new Date(2000, 0, 1, 12);
    for (const parsed of dateParser.parse(s.text, anchor)) {
      const r = withoutTrailingNow(s.text, parsed, anchor);
      if (!r || DURATION.test(r.text.trim())) continue; // "in 17 years", "within 15 days": a measure
      if (anchoredOnEvent(s.text, r)) continue;
      let left: string | null = null;
      for (const part of rangeParts(r)) {
        const hit = trimmed(s, part);
        if (!hit || weekdayInName(s.text, hit.u16Start - s.start, hit.u16End - s.start) || monthAsName(s.text, hit.u16Start - s.start, hit.u16End - s.start)) continue;
        const value = partOf(s.text.slice(hit.u16Start - s.start, hit.u16End - s.start), ref ? valueInSentence(s, part, hit, ref) : absoluteValue(part));
        found.push({ ...withModifier(s, part, hit), value: left ? notBefore(value, left, part) : value });
        left = value;
      }
    }
  }
  for (const y of bareYears(text, (start, end) => found.some((f) => f.u16Start < end && start < f.u16End))) {
    found.push({ ...y, u16Start: y.u16Start - modifierBefore(text, y.u16Start) }); // "the end of 2025"
  }
  found.sort((a, b) => a.u16Start - b.u16Start);
  partsOfCurrent(text, ref, found);
  resolveDurations(text, found, ref);
  datedWeekdays(text, found);
  return dropContained(found).map((f) => ({
    label: "date",
    u16Start: f.u16Start,
    u16End: f.u16End,
    attributes: f.value ? { value: f.value } : {},
    source: "date" as const,
  }));
}

/** "passed on Friday, now goes to": chrono merges the two into today; the date is what comes before "now". */
function withoutTrailingNow(sentence: string, r: chrono.ParsedResult, anchor: Date): chrono.ParsedResult | null {
  const m = TRAILING_NOW.exec(r.text);
  if (!m) return r;
  // Parsing the sentence up to "now" keeps chrono's offsets in sentence terms.
  return dateParser.parse(sentence.slice(0, r.index + m.index), anchor).find((x) => x.index >= r.index) ?? null;
}

/** "A day after the vote": the anchor is an event the text names, not the publication date. */
function anchoredOnEvent(sentence: string, r: chrono.ParsedResult): boolean {
  return /\b(?:after|before)$/i.test(r.text) && /^\s+(?:the|a|an|his|her|its|their|this|that)\b/i.test(sentence.slice(r.index + r.text.length));
}

function trimmed(s: Sentence, part: DatePart): { u16Start: number; u16End: number } | null {
  let text = part.text;
  let start = part.index;
  const lead = LEAD_IN.exec(text);
  // "mid-2025", "early 2019": the lead-in is part of what annotators mark; "in 2019" is not.
  if (lead && !/^(?:mid|early|late)/i.test(text)) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  const [from, to] = withoutTimeOfDay(text);
  start += from;
  text = text.slice(from, to).replace(TRAILING, "");
  if (!text || NOT_DATES.test(text) || BARE_UNIT.test(text) || NUMERIC_NO_YEAR.test(text) || !HAS_DATE_WORD.test(text)) return null;
  const c = part.components;
  const known = c.isCertain("day") || c.isCertain("weekday") || c.isCertain("month") || c.isCertain("year");
  if (!known && !/\b(?:week|month|year|day)\b/i.test(text)) return null; // a time of day alone
  return { u16Start: s.start + start, u16End: s.start + start + text.length };
}

/** A day's "early"/"late" is its time of day; a month's, year's or week's narrows the date. */
function withModifier(s: Sentence, part: DatePart, hit: { u16Start: number; u16End: number }) {
  const c = part.components;
  const text = s.text.slice(hit.u16Start - s.start, hit.u16End - s.start);
  const article = articleBefore(s.text, hit.u16Start - s.start, hit.u16End - s.start);
  if (article) return { u16Start: hit.u16Start - article, u16End: hit.u16End };
  if (c.isCertain("day") || c.isCertain("weekday") || /\b(?:today|yesterday|tomorrow|day)\b/i.test(text)) return hit;
  return { u16Start: hit.u16Start - modifierBefore(s.text, hit.u16Start - s.start), u16End: hit.u16End };
}

/** "the end of March" is in March, not on the 31st chrono gives it: as precise as what it is part of. */
function partOf(text: string, value: string | null): string | null {
  const m = PART_OF.exec(text);
  if (!m || !value) return value;
  return value.slice(0, /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|month)/i.test(m[1]!) ? 7 : 4);
}

/** A range ends after it starts: "Monday through Friday" read as two past days is moved on a week. */
function notBefore(value: string | null, left: string, part: DatePart): string | null {
  if (!value || value.length !== left.length || value >= left || part.components.isCertain("year")) return value;
  return shiftIso(value, part.components.isCertain("weekday") && !part.components.isCertain("day") ? "week" : "year", 1);
}

/** Without a publication date only what reads the same from any anchor has a value. */
function absoluteValue(part: DatePart): string | null {
  if (part.components.isCertain("year")) return isoOfComponents(part.components, new Date(2000, 0, 1, 12));
  return normalizeDateMention(part.text, null);
}

/** The value with the sentence's tense deciding where an under-specified date points. */
function valueInSentence(s: Sentence, part: DatePart, hit: { u16Start: number; u16End: number }, ref: Date): string | null {
  const c = part.components;
  const dir = tenseAround(s.text, hit.u16Start - s.start, hit.u16End - s.start);
  const weekday = c.get("weekday");
  // "this week" has nothing certain in chrono; "last week" is the day a week back, so this one is the day itself.
  if (/^this week$/i.test(s.text.slice(hit.u16Start - s.start, hit.u16End - s.start))) return formatIso(ref.getFullYear(), ref.getMonth() + 1, ref.getDate());
  if (c.isCertain("weekday") && !c.isCertain("day") && weekday !== null && !WEEKDAY_MODIFIER.test(part.text)) {
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

function dropContained(found: Found[]): Found[] {
  return found.filter((f, i) => !found.some((g, j) => j !== i && g.u16Start <= f.u16Start && f.u16End <= g.u16End && (g.u16End - g.u16Start > f.u16End - f.u16Start || j < i)));
}
