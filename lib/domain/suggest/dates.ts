// Date suggester: every date expression chrono-node finds in the text (plus bare years,
// "<month> last year", seasons and "a month later"), with its ISO value anchored on the
// publication date. Under-specified mentions follow the tense of their sentence (tense.ts): a
// month or day without a year in a past-tense sentence is not after publication, and takes
// the year of a dated mention in the same sentence ("Last year, … in September"). A duration
// "later"/"earlier", "the same day", "the previous year" resolve from the date mention before
// it when the text gives one. A range ("Nov. 12 to 14", "March to June 2019") is one span
// whose value is an ISO 8601 interval "start/end", each end as precise as the text.
// Spans leave out a leading preposition, trailing punctuation and a time of day ("on
// Wednesday night," → "Wednesday") and keep "early"/"mid"/"late" ("early next year"), as
// annotators mark them. Periods (seasons, quarters, halves, "the year ending …") are in
// date-periods.ts, dates counted from another date of the text in date-anchors.ts.
// Offsets are UTF-16 here (RawHit). Pure.
import type * as chrono from "chrono-node";
import { dateParser, formatIso, isoOfComponents, normalizeDateMention, parseLocalDate } from "../dates/relative-dates";
import type { Sentence } from "./sentences";
import { calledAhead, presentSchedule, presentScheduleGoverns, tenseAround, type Direction } from "./tense";
import type { RawHit } from "./types";
import { at } from "../at";
import { anchoredWeekdays, calendarWeekOf, resolveDurations, WEEKDAYS, type Found } from "./date-anchors";
import { parseNumber } from "./numbers";
import { addDecadesAndCenturies, addHolidays, addKindsOfYear } from "./date-eras";
import {
  addBareSeasons,
  addMonthsOfThisYear,
  addQuarters,
  addRelativePeriods,
  addRelativeQuarters,
  addSeasons,
  addSportSeasons,
  periodReferences,
  widenPeriods,
} from "./date-periods";

const DAY_MS = 86_400_000;
const LEAD_IN =
  /^(?:(?:on|in|at|by|since|from|until|till|before|after|of|during|as of|as early as|earlier|later|to|through|ending|ended|and|or)\s+)+/i;
const TRAILING = /[\s,.;:)]+$/;
/** chrono reads these as dates; annotators do not mark them, and "march"/"may" are verbs. */
const NOT_DATES = /^(?:now|right now|currently|soon|(?!today|yesterday|tomorrow)[a-z]+)$/;
/** "by this morning", "tonight": the publication day, as "today" is (addPartsOfToday). */
const PART_OF_TODAY = /\b(?:this\s+(?:morning|afternoon|evening)|tonight)\b/gi;
/** "by mid-year": the middle of the publication year, so that year. */
const MID_YEAR = /\bmid-?year\b(?![\s-]*\d)/gi;
/** "at 7pm on Monday", "Friday at noon": a clock time is not part of the date (nor a date). */
const CLOCK_LEAD = /^(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|noon|midnight)\s+(?:on\s+)?/i;
const CLOCK_TRAIL = /\s+at\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|noon|midnight)$/i;
/** "last November", "next March": the modifier chrono leaves out is part of the date. */
const MONTH_MODIFIER_BEFORE = /\b(last|next|this)\s+$/i;
const MONTH_ONLY =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const HAS_DATE_WORD =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|year|month|week|today|yesterday|tomorrow|day/i;
/** A span of time rather than a point in it: the measure suggester takes these. */
const DURATION =
  /^(?:(?:in|within|for|over|after|during)\s+)?(?:the\s+)?(?:(?:next|past|last|previous|coming)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:second|minute|hour|day|week|month|year|decade)s?$|^(?:in|within|for|over|after)\s+(?:a|an|one)\s+(?:second|minute|hour|day|week|month|year|decade)$/i;
/** "23 minutes later", "two hours ago": counted in a unit finer than a day, a measure, not a date. */
const SUBDAY_OFFSET =
  /^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|a few)\s+(?:seconds?|minutes?|hours?)\s+(?:later|earlier|ago|afterwards?|before|after)$/i;
/** "2 hours 36 minutes", "3 days and 4 hours": a length of time in several units, a measure. */
const COMPOUND_DURATION =
  /^(?:(?:in|within|for|over|after)\s+)?\d+\s+(?:second|minute|hour|day|week|month|year)s?(?:,?\s+(?:and\s+)?\d+\s+(?:second|minute|hour|day|week|month|year)s?)+$/i;
const NONFINITE_DEADLINE =
  /\b(?:\p{Ll}+ed|said|agreed|wanted|chose|sought)\s+(?:to\s+\p{Ll}+|\p{Ll}{2,}ing)\b[^,;:.]*?\b(?:until|till|by)\s+$/u;
const DEADLINE_BEFORE = /\b(?:by|until|till|through|as soon as|as early as|no later than|starting(?: in| on)?|from)\s+$/i;
const COMPARISON_FROM =
  /(?:\b(?:up|down|rose|fell|risen|fallen|climbed|dropped|increased|decreased|higher|lower|compared)\b[^.;:!?]{0,30}?|[%\d]\s*|\bpoints?\s+)from\s+$/i;
const WEEK_ENDED_BEFORE = /\b(?:the\s+)?week\s+(?:ending|ended|through)\s+$/i;
/** "the year before falling", "the day after winning": "before"/"after" opens a clause, not a date. */
const CONJUNCTION_AFTER = /^\s+(?:\p{Ll}+ing|the|a|an|it|he|she|they|we|its|their)\b/u;
const MONTH_AROUND =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const WEEKDAY_MODIFIER = /\b(?:last|past|previous|next|coming|this)\b/i;
/** "early next year", "mid-December", "late 2019", "end-June": the part of the period is part of the date. */
const PART_BEFORE = /\b(?:early|mid|late)(?:-|\s+)$|\b(?:end|start)-$/i;
/** "Wednesday night": annotators mark the day; the time of day is not part of the date. */
const TIME_OF_DAY =
  /(?<=\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|\d{1,2}))\s+(?:night|morning|afternoon|evening)$/i;
/** "Sept. 1–14", "March 3 - 5": a day range chrono reads as its first day. */
const DAY_RANGE_AFTER = /^\s?(?:–|—|-|to|through|until)\s?(\d{1,2})(?![\d:.,]\d|\s*(?:%|percent|per cent|a\.m|p\.m|am\b|pm\b))/i;
const BARE_YEAR = /(?<![\p{L}\p{N}$€£¥₩.,–—-])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}%]|[.,]\d|[–—-]\d|\s*(?:percent|per cent|%))/gu;

/**
 * "in the three months to April, 0.8 points lower", "in April, 38 people": English writes a day
 * after its month without a comma ("April 8") and a year after one with four digits ("April,
 * 2026"), so a comma after a month name followed by any other number ends the date; chrono
 * would read "April, 8" as the 8th, "April, 38" as 2038 or drop "April, 0.8" altogether. The
 * comma is read as a semicolon (same length, so offsets hold).
 */
const MONTH_COMMA_COUNT =
  /\b((?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December),(?=[ \t]*(?!\d{4}(?![.,]?\d))\d)/g;

export function withoutMonthCommaCounts(sentence: string): string {
  return sentence.replace(MONTH_COMMA_COUNT, "$1;");
}

export function suggestDates(text: string, sentences: readonly Sentence[], publishedAt: string | null): RawHit[] {
  const ref = publishedAt ? parseLocalDate(publishedAt) : null;
  const found: Found[] = [];
  for (const [i, s] of sentences.entries()) {
    for (let r of dateParser.parse(withoutMonthCommaCounts(s.text), ref ?? new Date(2000, 0, 1, 12))) {
      // "On June 3, 22 container ships were …": two digits after a day and a comma are a count, not a year.
      const short = /^(.*\d)\s*,\s*\d{1,2}$/.exec(r.text);
      if (short) {
        const index = r.index;
        const again = dateParser
          .parse(s.text.slice(0, index + at(short, 1).length), ref ?? new Date(2000, 0, 1, 12))
          .find((x) => x.index === index);
        if (!again) continue;
        r = again;
      }
      // "the year to March": chrono reads a range; the date is the month the twelve months end in (widenPeriods).
      // "the offer lasts until May 2": chrono reads the verb "lasts" as a date and the whole as a
      // range from publication; the date is the one after "until" (yearTo's re-parse below).
      const yearTo = r.end
        ? (/^.*?\b(?:year|week)\s+(?:to|ending|ended|through)\s+/i.exec(r.text) ??
          /^lasts?\s+(?:until|till|through|to|into)\s+/i.exec(r.text))
        : null;
      if (yearTo) {
        const index = r.index + yearTo[0].length;
        const again = dateParser
          .parse(" ".repeat(index) + s.text.slice(index), ref ?? new Date(2000, 0, 1, 12))
          .find((x) => x.index === index && !x.end);
        if (!again) continue;
        r = again;
      }
      const hit = trimmed(s, r);
      if (!hit) continue;
      const dayRange = r.end ? null : DAY_RANGE_AFTER.exec(text.slice(hit.u16End, hit.u16End + 12));
      let value: string | null;
      if (!ref) value = normalizeDateMention(r.text, null);
      else if (r.end) value = intervalValue(s, r, hit, ref);
      else value = valueInSentence(s, r.start, hit, ref);
      if (dayRange && value && value.length === 10 && r.start.isCertain("day")) {
        const last = Number(at(dayRange, 1));
        if (last > (r.start.get("day") ?? 99) && last <= 31) {
          value = `${value}/${value.slice(0, 8)}${String(last).padStart(2, "0")}`;
          hit.u16End += dayRange[0].length;
        }
      }
      let yearOpen = !r.end && !r.start.isCertain("year") && r.start.isCertain("month");
      const modifier =
        ref && MONTH_ONLY.test(text.slice(hit.u16Start, hit.u16End))
          ? MONTH_MODIFIER_BEFORE.exec(text.slice(Math.max(0, hit.u16Start - 6), hit.u16Start))
          : null;
      if (modifier && ref) {
        hit.u16Start -= modifier[0].length;
        value = monthFromModifier(at(modifier, 1).toLowerCase(), r.start.get("month") ?? 1, ref);
        yearOpen = false;
      }
      // "exports rose in the week ended March 6": the seven days ending on that day, as "the year
      // ending March 31" is the twelve months; "the week to Feb. 22" holds the day alone, as "the
      // year to March" holds "March".
      const weekTo = WEEK_ENDED_BEFORE.exec(text.slice(Math.max(0, hit.u16Start - 24), hit.u16Start));
      if (weekTo && value && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
        const [y = 0, mo = 1, d = 1] = value.split("-").map(Number);
        const first = new Date(y, mo - 1, d - 6, 12);
        value = `${formatIso(first.getFullYear(), first.getMonth() + 1, first.getDate())}/${value}`;
        hit.u16Start -= weekTo[0].length;
      }
      found.push({ ...hit, value, yearOpen, sentence: i });
    }
  }
  if (ref) addSeasons(text, found, ref);
  if (ref) addBareSeasons(text, sentences, found, ref);
  if (ref) addPartsOfToday(text, found, ref);
  addQuarters(text, found);
  if (ref) addRelativeQuarters(text, sentences, found, ref);
  if (ref) addRelativePeriods(text, sentences, found, ref);
  if (ref) addSportSeasons(text, found, ref);
  if (ref) addMonthsOfThisYear(text, found, ref);
  addYearRanges(text, found);
  addDecadesAndCenturies(text, found);
  if (ref) addDecadesAgo(text, found, ref);
  if (ref) addHolidays(text, sentences, found, ref);
  addBareYears(text, found);
  addKindsOfYear(text, found);
  found.sort((a, b) => a.u16Start - b.u16Start);
  yearsFromSentence(text, sentences, found, ref);
  if (ref) addOrdinalDays(text, sentences, found, ref);
  joinBetween(text, found);
  widenPeriods(text, found);
  if (ref) calendarWeeks(text, found, ref);
  if (ref) weekends(text, sentences, found, ref);
  daysOfQuotes(text, sentences, found, ref);
  if (ref) anchoredWeekdays(text, found, ref);
  resolveDurations(text, found, periodReferences(text, found, ref));
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
  const leadsSentence = /^(?:[Ee]arlier|[Ll]ater)\s+(?:this|last|next)\b/.test(text);
  if (lead && !/^(?:mid|early|late)/i.test(text) && !leadsSentence) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  const clock = CLOCK_LEAD.exec(text);
  if (clock) {
    start += clock[0].length;
    text = text.slice(clock[0].length);
  }
  text = text.replace(TRAILING, "").replace(TIME_OF_DAY, "").replace(CLOCK_TRAIL, "");
  if (/\s(?:before|after)$/i.test(text) && CONJUNCTION_AFTER.test(s.text.slice(start + text.length, start + text.length + 20))) return null;
  if (DURATION.test(r.text.trim()) || COMPOUND_DURATION.test(r.text.trim()) || SUBDAY_OFFSET.test(text)) return null; // "in 17 years", "within 15 days": a measure
  if (!text || NOT_DATES.test(text) || !HAS_DATE_WORD.test(text)) return null;
  // "in the year to the end of September", "in the week after": chrono reads "in the year" as a
  // year from now; a period named by "the" alone is a reference to a period given elsewhere.
  if (/^the\s+(?:year|month|week|day)$/i.test(text)) return null;
  // "the journal Cardiology Today Review", "USA Today": a capitalised day word inside a sentence is a name.
  if (/^(?:Today|Tonight|Tomorrow|Yesterday)$/.test(text) && /[\p{L}\p{N},]\s+$/u.test(s.text.slice(Math.max(0, start - 3), start)))
    return null;
  // "Phan Thu Hà", "The Sun": an abbreviated weekday between capitalised words is part of a name.
  if (
    /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/.test(text) &&
    (/\p{Lu}[\p{L}\p{M}]*\s+$/u.test(s.text.slice(Math.max(0, start - 20), start)) ||
      /^\s+\p{Lu}\p{Ll}/u.test(s.text.slice(start + text.length, start + text.length + 4))) &&
    !MONTH_AROUND.test(s.text.slice(Math.max(0, start - 12), start + text.length + 12))
  )
    return null;
  const c = r.start;
  const known = c.isCertain("day") || c.isCertain("weekday") || c.isCertain("month") || c.isCertain("year");
  if (!known && !/\b(?:week|month|year|day)\b/i.test(text)) return null; // a time of day alone
  const part = PART_BEFORE.exec(s.text.slice(Math.max(0, start - 6), start));
  let from = part ? start - part[0].length : start;
  // "Earlier this year, …", "had expected earlier this month": the adverb is part of the date annotators mark.
  const adverb = /(?<![\p{L}\p{N}])(?:[Ee]arlier|[Ll]ater)\s+$/u.exec(s.text.slice(Math.max(0, start - 9), start));
  if (adverb && /^(?:this|last|next)\s/i.test(text)) from = start - adverb[0].length;
  return { u16Start: s.start + from, u16End: s.start + start + text.length };
}

/** "Nov. 12 to 14", "March to June 2019": "start/end", the end's year lending itself to the start. */
function intervalValue(s: Sentence, r: chrono.ParsedResult, hit: { u16Start: number; u16End: number }, ref: Date): string | null {
  const end = r.end;
  if (!end) return valueInSentence(s, r.start, hit, ref);
  const c = r.start;
  let startIso: string | null;
  let endIso: string | null;
  if (!c.isCertain("year") && end.isCertain("year")) {
    endIso = valueInSentence(s, end, hit, ref);
    const y = Number(endIso?.slice(0, 4));
    const month = c.get("month") ?? 1;
    const year = month > (end.get("month") ?? 12) ? y - 1 : y;
    startIso = c.isCertain("day") ? formatIso(year, month, c.get("day") ?? 1) : c.isCertain("month") ? formatIso(year, month) : null;
  } else {
    startIso = valueInSentence(s, c, hit, ref);
    const y = Number(startIso?.slice(0, 4));
    const sm = Number(startIso?.slice(5, 7)) || 1;
    const em = end.get("month") ?? sm;
    const year = end.isCertain("year") ? (end.get("year") ?? y) : em < sm ? y + 1 : y;
    if (end.isCertain("weekday") && !end.isCertain("day") && startIso?.length === 10) {
      const shift = ((end.get("weekday") ?? 0) - (c.get("weekday") ?? 0) + 7) % 7;
      const d = new Date(Number(startIso.slice(0, 4)), Number(startIso.slice(5, 7)) - 1, Number(startIso.slice(8, 10)) + shift, 12);
      endIso = formatIso(d.getFullYear(), d.getMonth() + 1, d.getDate());
    } else if (end.isCertain("day")) endIso = formatIso(year, em, end.get("day") ?? 1);
    else if (end.isCertain("month")) endIso = formatIso(year, em);
    else endIso = end.isCertain("year") ? formatIso(year) : null;
  }
  return startIso && endIso && startIso !== endIso ? `${startIso}/${endIso}` : startIso;
}

/** The value with the sentence's tense deciding where an under-specified date points. */
function valueInSentence(s: Sentence, c: chrono.ParsedComponents, hit: { u16Start: number; u16End: number }, ref: Date): string | null {
  const dir = directionInSentence(s, hit);
  const weekday = c.get("weekday");
  const mention = s.text.slice(hit.u16Start - s.start, hit.u16End - s.start);
  if (c.isCertain("weekday") && !c.isCertain("day") && weekday !== null && !WEEKDAY_MODIFIER.test(mention)) {
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
  if (dir === "past" && !c.isCertain("year") && c.isCertain("month")) {
    // Reported as past ("killed 11 people in September"): not later than publication.
    const month = c.get("month")!;
    const day = c.isCertain("day") ? c.get("day")! : undefined;
    const candidate = new Date(ref.getFullYear(), month - 1, day ?? 1, 12);
    const year = candidate.getTime() > ref.getTime() + DAY_MS ? ref.getFullYear() - 1 : ref.getFullYear();
    return formatIso(year, month, day);
  }
  return isoOfComponents(c, ref);
}

/** Which way an under-specified date of the sentence points: its tense, unless a schedule, a deadline or a comparison's base says otherwise. */
function directionInSentence(s: Sentence, hit: { u16Start: number; u16End: number }): Direction {
  let dir = tenseAround(s.text, hit.u16Start - s.start, hit.u16End - s.start);
  // "by December", "as soon as June", "until March": a deadline or a start, with no tense to
  // say otherwise, lies ahead.
  if (dir === null && presentSchedule(s.text, hit.u16Start - s.start)) dir = "future";
  if (dir === "past" && presentScheduleGoverns(s.text, hit.u16Start - s.start)) dir = "future";
  if (calledAhead(s.text, hit.u16Start - s.start)) dir = "future";
  // "short of the February estimate", "the March figures": a month naming a document that exists is past.
  if (
    /^\s+(?:estimates?|forecasts?|projections?|figures|data|reports?|survey|statistics|numbers|reading|readings)\b/i.test(
      s.text.slice(hit.u16End - s.start, hit.u16End - s.start + 14),
    ) &&
    /\bthe\s+$/i.test(s.text.slice(Math.max(0, hit.u16Start - s.start - 5), hit.u16Start - s.start))
  )
    dir = "past";
  // "up 18% from April", "down from March": the base of a change is a period already measured, so past.
  if (dir === null && COMPARISON_FROM.test(s.text.slice(Math.max(0, hit.u16Start - s.start - 40), hit.u16Start - s.start))) dir = "past";
  if (dir === null && DEADLINE_BEFORE.test(s.text.slice(Math.max(0, hit.u16Start - s.start - 16), hit.u16Start - s.start))) dir = "future";
  // "favoured keeping rates on hold until March", "agreed to extend it until June": a deadline
  // after a non-finite verb is the end of what was wanted, which lies ahead, though the wanting
  // was reported in the past ("stayed until March", "was working until May" keep the past).
  if (dir === "past" && NONFINITE_DEADLINE.test(s.text.slice(0, hit.u16Start - s.start))) dir = "future";
  // "closes at 7pm on Monday": with no tense to say otherwise, a clock time marks a schedule.
  if (
    dir === null &&
    /\b(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|noon|midnight)\s+(?:on\s+)?$/i.test(
      s.text.slice(Math.max(0, hit.u16Start - s.start - 20), hit.u16Start - s.start),
    )
  )
    dir = "future";
  return dir;
}

/** "a decade ago", "three decades ago": counted back from publication in years, as "20 years ago" is. */
const DECADES_AGO = /(?<![\p{L}\p{N}])(?:(an?|one|two|three|four|five|six|seven|eight|nine|ten)|(\d{1,2}))\s+decades?\s+ago\b/giu;

function addDecadesAgo(text: string, found: Found[], ref: Date): void {
  for (const m of text.matchAll(DECADES_AGO)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => f.u16Start < end && start < f.u16End)) continue;
    const n = parseNumber((m[1] ?? m[2] ?? "").toLowerCase()) ?? 0;
    if (n < 1) continue;
    found.push({ u16Start: start, u16End: end, value: String(ref.getFullYear() - 10 * n) });
  }
  found.sort((a, b) => a.u16Start - b.u16Start);
}

/** "from a year earlier", "two years later": counted from another date, not a frame for the sentence. */
const RELATIVE_TO_ANOTHER = /\b(?:earlier|later|before|after|ago|afterwards|previous|following)\b/i;
/**
 * "expected to lose $96 million in 2026 and that the cuts … would be completed by the end of
 * March", "warned last month that a stoppage lasting into mid-February …": a reported clause
 * ("that …", "and that …", "but said …") starts afresh; the date of the clause before does not
 * frame it.
 */
const NEW_CLAUSE = /[,;]?\s(?:and|but|while|whereas)\s+(?:that|said|says|added|warned)\b|;\s|\sthat\s/i;

/** "In October 2020, …", "Last year, …": a leading adverbial frames every clause of its sentence. */
function leadsSentence(text: string, sentenceStart: number, g: Found): boolean {
  return /^\s*(?:\p{L}+\s+){0,2}$/u.test(text.slice(sentenceStart, g.u16Start)) && /^\s*,/.test(text.slice(g.u16End, g.u16End + 2));
}

/**
 * "Last year, … in September", "In October 2020, … on Oct. 12": a month or day with no year
 * takes the year of a year or month-year mention that frames its sentence.
 */
function yearsFromSentence(text: string, sentences: readonly Sentence[], found: Found[], ref: Date | null): void {
  for (const f of found) {
    if (!f.yearOpen || !f.value || f.sentence === undefined) continue;
    const s = sentences[f.sentence];
    if (!s) continue;
    // "the forecast of early 2027 it had published in March": a month reported as past is not
    // after publication, whatever year the sentence speaks of.
    const latest = ref && directionInSentence(s, f) === "past" ? formatIso(ref.getFullYear(), ref.getMonth() + 1, ref.getDate()) : null;
    const month = f.value;
    // A year-only mention before it that frames the sentence ("Last year, …", "In 2019, …"),
    // not one that modifies a noun ("for last year's rulings"), unless that noun is what the
    // date is of, in the same clause ("next year's race had been moved to 2 May").
    const frames = found.filter(
      (g) =>
        g !== f &&
        g.value &&
        !g.yearOpen &&
        g.u16Start >= s.start &&
        g.u16End <= f.u16Start &&
        // (a full date lends its year only to a day: "on 2 March 2024 … on 6 May").
        (/^\d{4}(?:-\d{2})?$/.test(g.value) || (/^\d{4}-\d{2}-\d{2}$/.test(g.value) && month.length === 10)) &&
        !RELATIVE_TO_ANOTHER.test(text.slice(g.u16Start, g.u16End)) &&
        (leadsSentence(text, s.start, g) || !NEW_CLAUSE.test(text.slice(g.u16End, f.u16Start))) &&
        (!/^[’']s\b/.test(text.slice(g.u16End, g.u16End + 3)) || !/[,;:()—–]/.test(text.slice(g.u16End, f.u16Start))) &&
        !yearModifiesNoun(text, g) &&
        !comparisonBase(text, s.start, g) &&
        !inClauseBefore(text, s.start, g, f) &&
        (!latest || (g.value.slice(0, 4) + month.slice(4)).slice(0, latest.length) <= latest.slice(0, month.length)),
    );
    const frame = frames[frames.length - 1]?.value;
    const year = frame?.slice(0, 4);
    // "entered on 2 March 2024 … and were detected only on 6 May": a day after a full date of
    // its sentence takes that date's year, the year after if it would fall before that date.
    if (year && frame && frame.length === 10 && f.value.length === 10 && year + f.value.slice(4) < frame)
      f.value = String(Number(year) + 1) + f.value.slice(4);
    else if (year) f.value = year + f.value.slice(4);
  }
}

/**
 * "up from 4,960 in August 2025, and … in July", "higher than in 2019": the base of a
 * comparison is a period set against the sentence's own, not its time.
 */
const COMPARISON_BASE_BEFORE =
  /(?:\b(?:up|down|rose|fell|risen|fallen|climbed|dropped|increased|decreased|higher|lower|more|less|fewer|compared)\b[^.;:!?]{0,30}?\s(?:from|with|to)|\bthan|\bagainst)\s+(?:[^,;:.!?]|[.,](?=\d)){0,30}?(?:\b(?:in|on|at|during|for)\s+)?$/i;

function comparisonBase(text: string, sentenceStart: number, g: Found): boolean {
  return COMPARISON_BASE_BEFORE.test(text.slice(Math.max(sentenceStart, g.u16Start - 70), g.u16Start));
}

/** Words that open a subordinate or relative clause. */
const SUBORDINATOR = /\b(?:since|when|after|before|until|because|while|whereas|although|though|which|who|whom|whose|where)\b/i;

/**
 * "the highest since the trust was formed in 2004, according to figures published on 10
 * September": a year inside a subordinate or relative clause that closes before the date is that
 * clause's time, not the sentence's.
 */
function inClauseBefore(text: string, sentenceStart: number, g: Found, f: Found): boolean {
  if (leadsSentence(text, sentenceStart, g)) return false;
  if (!/[,;:()—–]/.test(text.slice(g.u16End, f.u16Start))) return false;
  const left = text.slice(sentenceStart, g.u16Start);
  const clause = left.slice(Math.max(left.lastIndexOf(","), left.lastIndexOf(";"), left.lastIndexOf("—"), left.lastIndexOf("(")) + 1);
  // "The ban, introduced in 2019, was lifted in June": a participle's aside is a clause of its own too.
  return SUBORDINATOR.test(clause) || (clause.length < left.length && /^\s*\p{Ll}{3,}(?:ed|en|ing)\b/u.test(clause));
}

/**
 * "for the 2025 crop … in January", "a 2022 ruling … in March": a year standing before a noun
 * names a kind of thing, not the time of the sentence, so it lends no year to its months.
 */
function yearModifiesNoun(text: string, g: Found): boolean {
  return (
    /^\d{4}$/.test(text.slice(g.u16Start, g.u16End)) &&
    /\b(?:the|a|an|its|their|his|her|this|that|whose)\s+$/i.test(text.slice(Math.max(0, g.u16Start - 8), g.u16Start)) &&
    /^\s+\p{Ll}{3,}/u.test(text.slice(g.u16End, g.u16End + 12)) &&
    !/^\s+(?:and|or|to|through|until|when|as|in|on|at|for|with)\b/i.test(text.slice(g.u16End, g.u16End + 12))
  );
}

/** "last November" is the latest November before publication, "next March" the first after. */
function monthFromModifier(modifier: string, month: number, ref: Date): string {
  const refMonth = ref.getMonth() + 1;
  const year = ref.getFullYear() + (modifier === "last" && month >= refMonth ? -1 : modifier === "next" && month <= refMonth ? 1 : 0);
  return formatIso(year, month);
}

/** "this morning", "tonight", "mid-year": parts of the publication day or year. */
function addPartsOfToday(text: string, found: Found[], ref: Date): void {
  for (const [re, value] of [
    [PART_OF_TODAY, formatIso(ref.getFullYear(), ref.getMonth() + 1, ref.getDate())],
    [MID_YEAR, formatIso(ref.getFullYear())],
  ] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.u16Start < end && start < f.u16End)) continue;
      found.push({ u16Start: start, u16End: end, value });
    }
  }
}

/** "by the 15th there were 37": a bare ordinal day, not an ordinal of something named after it. */
const ORDINAL_DAY =
  /\bthe\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!-|\s*\p{L}+(?!\p{L})(?<!\b(?:there|and|or|but|when|as|at|in|on|before|after|until|to|of|the|this|that|it|he|she|they|we|its|their|his|her|a|an|with|for|while|by)))/giu;

/**
 * "On June 3, … by the 15th": the day in the month of the date the text ties it to (the last
 * dated mention before it in its paragraph), else in the publication month (the previous month
 * if the day is after publication and the sentence is past, the next if ahead and future).
 * "the 15th of the month", "the 15th century", "the 15th-largest" are not.
 */
function addOrdinalDays(text: string, sentences: readonly Sentence[], found: Found[], ref: Date): void {
  ORDINAL_DAY.lastIndex = 0;
  let m: RegExpExecArray | null;
  const added: Found[] = [];
  while ((m = ORDINAL_DAY.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    if (/^\s+of\s+(?:the|this|a)\s+(?!month)/i.test(text.slice(end, end + 20))) continue; // "the 15th of the games"
    if (found.some((f) => f.u16Start < end && start < f.u16End)) continue;
    const day = Number(at(m, 1));
    const paragraph = text.lastIndexOf("\n", start) + 1;
    const prior = found
      .filter((f) => f.u16End <= start && f.u16Start >= paragraph && f.value && /^\d{4}-\d{2}(?:-\d{2})?$/.test(f.value))
      .at(-1);
    let value: string;
    if (prior?.value) value = formatIso(Number(prior.value.slice(0, 4)), Number(prior.value.slice(5, 7)), day);
    else {
      const s = sentences.find((x) => x.start <= start && end <= x.end);
      const dir = s ? tenseAround(s.text, start - s.start, end - s.start) : null;
      let month = ref.getMonth();
      if (dir === "past" && day > ref.getDate()) month -= 1;
      if (dir === "future" && day < ref.getDate()) month += 1;
      const d = new Date(ref.getFullYear(), month, day, 12);
      value = formatIso(d.getFullYear(), d.getMonth() + 1, d.getDate());
    }
    added.push({ u16Start: start, u16End: end, value });
  }
  found.push(...added);
  found.sort((a, b) => a.u16Start - b.u16Start);
}

const DAY_WORD_SHIFT: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
/** "next month", "the end of last week", "early next year": counted from the day the words were said. */
const RELATIVE_IN_QUOTE = /\b(next|last|this)\s+(week|month|year)$/i;
/** "Two years ago", "three weeks ago": counted back from the day the words were said. */
const AGO_IN_QUOTE = /^(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?\s+ago$/i;

/**
 * "posted late on Tuesday: “We let you down today.”", "“We start tomorrow,” she said on
 * Friday", "warned in a speech on Sept. 9: “… before the end of next month.”", "told them last
 * Tuesday that the money would be “in your accounts by Friday”": a day word, a weekday or a
 * month, week or year counted with "next"/"last"/"this" inside a quotation counts from the day
 * the quote was made, when the sentence that reports it dates it (outside the quotation marks).
 */
function daysOfQuotes(text: string, sentences: readonly Sentence[], found: Found[], ref: Date | null): void {
  for (const f of found) {
    const word = text.slice(f.u16Start, f.u16End).toLowerCase();
    const shift = DAY_WORD_SHIFT[word];
    const relative = RELATIVE_IN_QUOTE.exec(word);
    const ago = AGO_IN_QUOTE.exec(word);
    const weekday = WEEKDAYS.indexOf(word);
    if (shift === undefined && !(ref && f.value && (relative || ago || weekday >= 0))) continue;
    const paraStart = text.lastIndexOf("\n", f.u16Start) + 1;
    const nextBreak = text.indexOf("\n", f.u16End);
    const paraEnd = nextBreak < 0 ? text.length : nextBreak;
    const before = text.slice(paraStart, f.u16Start);
    const curlyOpen = before.lastIndexOf("“");
    const straight = [...before.matchAll(/"/g)];
    let open = -1;
    if (curlyOpen >= 0 && !before.slice(curlyOpen).includes("”")) open = paraStart + curlyOpen;
    else if (straight.length % 2 === 1) open = paraStart + (straight.at(-1)?.index ?? 0);
    if (open < 0) continue;
    const closeMark = text[open] === "“" ? "”" : '"';
    const closeAt = text.indexOf(closeMark, f.u16End);
    const close = closeAt < 0 || closeAt > paraEnd ? paraEnd : closeAt + 1;
    // The reporting sentence: back to the sentence end before the opening mark, on to the one after the closing mark.
    // (The sentence splitter's start, which knows "Sept. 9" is no sentence end, else the last stop.)
    const lead = text.slice(paraStart, open);
    const introStart =
      sentences.find((x) => x.start <= open && open < x.end)?.start ?? paraStart + (/.*[.!?][”"’]?\s+/s.exec(lead)?.[0].length ?? 0);
    const tail = /^[^.!?“"]*/.exec(text.slice(close, paraEnd))?.[0] ?? "";
    const day = found
      .filter(
        (g) =>
          g !== f &&
          g.value?.length === 10 &&
          DAY_WORD_SHIFT[text.slice(g.u16Start, g.u16End).toLowerCase()] === undefined &&
          ((g.u16Start >= introStart && g.u16End <= open) || (g.u16Start >= close && g.u16End <= close + tail.length)),
      )
      .at(-1);
    if (!day?.value) continue;
    const [y = 0, mo = 1, d = 1] = day.value.split("-").map(Number);
    if (shift !== undefined) {
      const date = new Date(y, mo - 1, d + shift, 12);
      f.value = formatIso(date.getFullYear(), date.getMonth() + 1, date.getDate());
    } else if (relative && f.value) {
      const n = { next: 1, last: -1, this: 0 }[at(relative, 1).toLowerCase() as "next" | "last" | "this"];
      const unit = at(relative, 2).toLowerCase();
      if (unit === "week") f.value = calendarWeekOf(new Date(y, mo - 1, d + 7 * n, 12));
      else if (unit === "month" && /^\d{4}-\d{2}$/.test(f.value)) {
        const m = new Date(y, mo - 1 + n, 1, 12);
        f.value = formatIso(m.getFullYear(), m.getMonth() + 1);
      } else if (unit === "year" && /^\d{4}$/.test(f.value)) f.value = formatIso(y + n);
    } else if (ago && f.value) {
      const w = at(ago, 1).toLowerCase();
      const n = parseNumber(w) ?? 0;
      const unit = at(ago, 2).toLowerCase();
      if (unit === "year" && /^\d{4}$/.test(f.value)) f.value = formatIso(y - n);
      else if (unit === "month" && /^\d{4}-\d{2}$/.test(f.value)) {
        const m = new Date(y, mo - 1 - n, 1, 12);
        f.value = formatIso(m.getFullYear(), m.getMonth() + 1);
      } else if (/^\d{4}-\d{2}-\d{2}$/.test(f.value)) {
        const date = new Date(y, mo - 1, d - n * (unit === "week" ? 7 : 1), 12);
        f.value = formatIso(date.getFullYear(), date.getMonth() + 1, date.getDate());
      }
    } else if (weekday >= 0 && f.value && ref && /^\d{4}-\d{2}-\d{2}$/.test(f.value)) {
      // The way the sentence's tense pointed it from publication, now from the day the words were said.
      const said = new Date(y, mo - 1, d, 12);
      const ahead = f.value > formatIso(ref.getFullYear(), ref.getMonth() + 1, ref.getDate());
      const k = ahead ? ((weekday - said.getDay() + 6) % 7) + 1 : -(((said.getDay() - weekday + 6) % 7) + 1);
      const date = new Date(y, mo - 1, d + k, 12);
      f.value = formatIso(date.getFullYear(), date.getMonth() + 1, date.getDate());
    }
  }
}

/** "last week", "this week", "next week": that calendar week, Monday to Sunday. */
function calendarWeeks(text: string, found: Found[], ref: Date): void {
  for (const f of found) {
    // "earlier this week", "later this week": the same calendar week as "this week".
    const m = /^(?:(?:earlier|later)\s+)?(last|this|next)\s+week$/i.exec(text.slice(f.u16Start, f.u16End));
    if (!m) continue;
    const shift = { last: -7, this: 0, next: 7 }[at(m, 1).toLowerCase() as "last" | "this" | "next"];
    f.value = calendarWeekOf(new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() + shift, 12));
  }
}

/**
 * "last weekend", "this weekend", "over the weekend": that Saturday and Sunday, as an interval
 * (as a calendar week is); "the weekend" by the tense of its sentence.
 */
function weekends(text: string, sentences: readonly Sentence[], found: Found[], ref: Date): void {
  const saturday = (shiftWeeks: number) => {
    // The Saturday of the publication's week (Monday to Sunday), moved by whole weeks.
    const d = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() - ((ref.getDay() + 6) % 7) + 5 + 7 * shiftWeeks, 12);
    const e = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 12);
    return `${formatIso(d.getFullYear(), d.getMonth() + 1, d.getDate())}/${formatIso(e.getFullYear(), e.getMonth() + 1, e.getDate())}`;
  };
  // Publication on a weekend: "this weekend" is that one; otherwise the past one is last week's.
  const onWeekend = ref.getDay() === 0 || ref.getDay() === 6;
  for (const f of found) {
    const m = /^(last|this|next|past|coming)\s+weekend$/i.exec(text.slice(f.u16Start, f.u16End));
    if (!m) continue;
    const w = at(m, 1).toLowerCase();
    f.value = saturday(w === "last" || w === "past" ? -1 : w === "next" ? 1 : 0);
  }
  for (const m of text.matchAll(/\b(?:over|at|during|on|through|since|by)\s+(the\s+weekend)\b(?![’']s|\s+of\b)/gi)) {
    const start = m.index + m[0].length - at(m, 1).length;
    const end = m.index + m[0].length;
    if (found.some((f) => f.u16Start < end && start < f.u16End)) continue;
    const s = sentences.find((x) => x.start <= start && end <= x.end);
    // (Its sentence's direction, as for any date: "The ceasefire expires at the weekend" is a schedule, ahead.)
    const dir = s ? directionInSentence(s, { u16Start: start, u16End: end }) : null;
    found.push({ u16Start: start, u16End: end, value: saturday(dir === "future" ? 0 : onWeekend ? 0 : -1) });
  }
  found.sort((a, b) => a.u16Start - b.u16Start);
}

/** "between Aug. 1 and Oct. 31", "between March 2017 and January 2018": one span, an interval. */
function joinBetween(text: string, found: Found[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const a = found[i];
    const b = found[i + 1];
    if (!a?.value || !b?.value || a.value.includes("/") || b.value.includes("/")) continue;
    if (!/^\s+and\s+$/i.test(text.slice(a.u16End, b.u16Start))) continue;
    if (!/\bbetween\s+$/i.test(text.slice(Math.max(0, a.u16Start - 10), a.u16Start))) continue;
    // "between March and June 2025": the first end takes the year of the last (the year before if its month is later).
    let first = a.value;
    if (a.yearOpen && !b.yearOpen && /^\d{4}-\d{2}/.test(first)) {
      const year = Number(b.value.slice(0, 4)) - (first.slice(5) > b.value.slice(5) ? 1 : 0);
      first = String(year) + first.slice(4);
    }
    // "fell between January and March", written in February: each end leaned back on its own
    // (2026-01, 2025-03); an interval runs forwards, so the open start takes the year before the end's.
    if (a.yearOpen && b.yearOpen && first.slice(0, 7) > b.value.slice(0, 7)) {
      const year = Number(b.value.slice(0, 4)) - (first.slice(5, 7) > b.value.slice(5, 7) ? 1 : 0);
      first = String(year) + first.slice(4);
    }
    // "between October 2025 and January": an open end is the first such month at or after the start.
    let last = b.value;
    if (b.yearOpen && !a.yearOpen && /^\d{4}-\d{2}/.test(last) && last.slice(0, 7) < first.slice(0, 7)) {
      const year = Number(first.slice(0, 4)) + (last.slice(5, 7) < first.slice(5, 7) ? 1 : 0);
      last = String(year) + last.slice(4);
    }
    found.splice(i, 2, { u16Start: a.u16Start, u16End: b.u16End, value: `${first}/${last}` });
  }
}

const YEAR_RANGE =
  /(?<![\p{L}\p{N}$€£¥₩.,/-])(?:(from|between)\s+)?(1[89]\d\d|20\d\d)(\s*[–—-]\s*|\/|\s+(?:to|and|through|until)\s+)(1[89]\d\d|20\d\d|\d\d)(?![\p{L}\p{N}%]|[.,/]\d|-\d)/giu;

/** Countries whose fiscal year runs July to June. */
const FISCAL_JULY =
  /\b(?:Australian?|New Zealand|Pakistan(?:i)?|Egypt(?:ian)?|Kenyan?|Ugandan?|Tanzanian?|Bangladesh(?:i)?|Nepal(?:i|ese)?)\b/;

/** "from 2010 to 2020", "between 1998 and 2004", "2019–21": one span (without "from"), an interval. */
function addYearRanges(text: string, found: Found[]): void {
  YEAR_RANGE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_RANGE.exec(text))) {
    const [mStart, mEnd] = [m.index, m.index + m[0].length];
    // "the winter of 2025-26": a period already named by these years (addSeasons) keeps them.
    if (found.some((f) => f.u16Start <= mStart && mEnd <= f.u16End && f.u16End - f.u16Start > mEnd - mStart && f.value?.includes("/")))
      continue;
    const lead = (m[1] ?? "").toLowerCase();
    const joint = at(m, 3).trim().toLowerCase();
    // "between" pairs with "and", "from" with "to"; without either a dash or "to" joins the ends.
    // "in 2022 and 2023": two years in a row joined by "and" are one period too.
    const consecutive = joint === "and" && !lead && Number(at(m, 4)) === Number(at(m, 2)) + 1;
    if (((lead === "between") !== (joint === "and") && !consecutive) || (lead === "from" && joint !== "to" && !/^[–—-]$/.test(joint)))
      continue;
    const first = Number(at(m, 2));
    // "2019–21": the second year written short is in the first one's century.
    const written = Number(at(m, 4));
    const last = written < 100 ? Math.floor(first / 100) * 100 + written : written;
    // "the 2026/27 financial year", "the 2025/2026 season": a slash joins only a year and the next.
    if (joint === "/" && last !== first + 1) continue;
    // "its 1910-45 colonization", "the 2019–21 drought": a dashed range used as a modifier
    // names a period the way an adjective does; annotators leave it.
    // "the 2025-26 fiscal year", "the 2025-26 season", "the 2025-26 winter": a period named by
    // its years, one span with "the" and its noun.
    const named = /^\s+(?:(fiscal|financial|budget|tax)\s+year|season|winter|(?:academic|school|marketing|crop)\s+year|harvest)\b/i.exec(
      text.slice(m.index + m[0].length, m.index + m[0].length + 20),
    );
    if (!m[1] && named && /[–—/-]/.test(joint) && /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) {
      if (last !== first + 1) continue;
      const month = FISCAL_JULY.test(text) ? 7 : 4;
      const value = named[1] ? `${formatIso(first, month)}/${formatIso(last, month - 1)}` : `${first}/${last}`;
      const start = m.index - 4;
      const end = m.index + m[0].length + named[0].length;
      for (let i = found.length - 1; i >= 0; i--) {
        const f = found[i];
        if (f && f.u16Start < end && start < f.u16End) found.splice(i, 1);
      }
      found.push({ u16Start: start, u16End: end, value });
      continue;
    }
    if (
      !m[1] &&
      /[–—-]/.test(joint) &&
      /(?:\b(?:its|the|their|his|her|a|an|this|that|our)|\p{L}[’']s)\s+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index)) &&
      /^\s+\p{Ll}{3,}/u.test(text.slice(m.index + m[0].length))
    )
      continue;
    if (last <= first || last - first > 200) continue;
    let start = m.index + (m[1] ? m[1].length + (/\s+/.exec(m[0].slice(m[1].length))?.[0].length ?? 1) : 0);
    const end = m.index + m[0].length;
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i];
      if (f && f.u16Start < end && start < f.u16End) found.splice(i, 1);
    }
    // "fiscal 2026-27", "FY2026-27": a split fiscal year, twelve months from April (from July
    // where the text is about a country whose year starts then), the span keeping its word.
    const fiscal =
      !m[1] && last === first + 1 ? /\b(?:fiscal|financial\s+year|FY)\s*$/i.exec(text.slice(Math.max(0, m.index - 16), m.index)) : null;
    if (fiscal) {
      const month = FISCAL_JULY.test(text) ? 7 : 4;
      start -= fiscal[0].length;
      found.push({ u16Start: start, u16End: end, value: `${formatIso(first, month)}/${formatIso(last, month - 1)}` });
      continue;
    }
    found.push({ u16Start: start, u16End: end, value: `${first}/${last}` });
  }
}

/** Capitalised words that may stand before a year that is a date: months, seasons, sentence openers, "Fiscal". */
const YEAR_WORDS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter|Fiscal|FY|In|By|Since|From|Until|Before|After|During|Through|Of|And|Or|To|Early|Late|Mid|Q[1-4]|H[12])$/;

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
    // "the Virtual Asset User Protection Act 2026", "Euro 2024": the last word of a name, inside
    // a sentence (a capitalised word after another word), that is not a month or a season.
    const nameBefore = /(?<=[\p{L}\p{N},]\s+)(\p{Lu}[\p{L}\p{M}]*)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
    if (nameBefore && !YEAR_WORDS.test(at(nameBefore, 1))) continue;
    // "asteroid 2009 QK31", "2019 nCoV": a designation, letters and digits after the number.
    if (/^\s+(?=[\p{Lu}\d]*\d)(?=[\p{Lu}\d]*\p{Lu})[\p{Lu}\d]{2,}\b/u.test(text.slice(end, end + 12))) continue;
    found.push({ u16Start: start, u16End: end, value: at(m, 1) });
  }
}

function dropContained(found: Found[]): Found[] {
  return found.filter(
    (f, i) =>
      !found.some(
        (g, j) => j !== i && g.u16Start <= f.u16Start && f.u16End <= g.u16End && (g.u16End - g.u16Start > f.u16End - f.u16Start || j < i),
      ),
  );
}
