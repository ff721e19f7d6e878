// Dates resolved from another date of the text rather than from the publication date: "a
// month later", "the same day", "the previous year" count from the dated mention before them
// ("the date the text ties them to"), else from publication. Offsets are UTF-16 (RawHit). Pure.
import { formatIso } from "../dates/relative-dates";
import { at } from "../at";
import { parseNumber } from "./numbers";

/** A date mention found so far, with its ISO value (null when the text gives none). */
export interface Found {
  u16Start: number;
  u16End: number;
  value: string | null;
  /** A month or day with no year in the text: another dated mention of its sentence may give one. */
  yearOpen?: boolean;
  sentence?: number;
}

// Groups: 1-3 "two days later"; 4-5 "the next day"; 6-7 "the day before" (not "the day before
// the vote", which names its own event); 8-9 "that day", "later that month".
const DURATION_LATER =
  /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(day|week|month|year|decade)s?\s+(later|earlier|afterwards|before)\b|\bthe\s+(next|following|previous|preceding|same)\s+(day|week|month|year)\b|\bthe\s+(day|week|month|year)\s+(before|after|earlier|later)\b(?!\s+(?:the|a|an|his|her|its|their|this|that|he|she|it|they|we|\p{Ll}+ing)\b)|\b(?:(?:[Ll]ater|[Ee]arlier)\s+)?(?<![Aa]t\s|[Oo]n\s|[Ii]n\s|[Bb]y\s)(that)\s+(day|month|year)\b(?!\s+(?:of|when|in|on|the)\b|[’']s)/giu;

/** "a month later": a duration from the preceding dated mention (month or day precision). */
export function resolveDurations(text: string, found: Found[], references: readonly Found[] = []): void {
  DURATION_LATER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DURATION_LATER.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    // One of the two alternatives matched, so one unit group is set; a decade counts ten years.
    const decade = /^decade$/i.test(m[2] ?? "");
    const unit = decade ? "year" : (m[2] ?? m[5] ?? m[6] ?? m[9] ?? "").toLowerCase();
    // "the next day", "the day before", "that day": a named day, month or year, as precise as its unit.
    const named = m[4] ?? m[6] ?? m[8];
    const same = /same/i.test(m[4] ?? "") || m[8] !== undefined;
    const count = (same ? 0 : m[1] ? (parseNumber(m[1]) ?? NaN) : 1) * (decade ? 10 : 1);
    const back = m[3] ? /earlier|before/i.test(m[3]) : m[7] ? /before|earlier/i.test(m[7]) : /previous|preceding/i.test(m[4] ?? "");
    // "the previous year" is a year, "the same day" a day: as precise as its unit.
    const precision = unit === "day" || unit === "week" ? 10 : unit === "month" ? 7 : 4;
    // The mention ending last before it; a period referred to ("the three months to Sept. 30")
    // wins over the date inside it.
    const prior = [...found, ...references]
      .filter(
        (f) =>
          f.u16End <= start &&
          f.value &&
          // An interval is as precise as the end "later" counts from (its start for "earlier").
          ((f.value.split("/")[back ? 0 : 1] ?? f.value).length >= (named || unit !== "year" ? precision : 7) ||
            // "the 2024-25 season … a year earlier": a period of years is as precise as "a year".
            (unit === "year" && !named && /^\d{4}\/\d{4}$/.test(f.value)) ||
            // "growth of 5.2% in 2026, up from 4.7% a year earlier": a year in the same clause;
            // "in 2023. Two years later, …": a year in the sentence just before, which "later" follows on.
            (unit === "year" &&
              !named &&
              /^\d{4}$/.test(f.value) &&
              start - f.u16End < 600 &&
              (text.slice(f.u16End, start).match(/[.!?;]\s/g)?.length ?? 0) <= 1)),
      )
      .sort((a, b) => a.u16End - b.u16End || a.u16End - a.u16Start - (b.u16End - b.u16Start))
      .at(-1);
    const i = found.findIndex((f) => f.u16Start < end && start < f.u16End);
    // With no date of the text to count from, it counts from publication, as chrono read it.
    const fromPublication = i >= 0 ? found[i]?.value : null;
    if (i >= 0) found.splice(i, 1);
    // An interval before: "later" counts from its end, "earlier" from its start; "a year
    // earlier" after a period is the same period a year before.
    const parts = prior?.value?.split("/") ?? [];
    let value: string | null;
    if (parts.length === 2 && unit === "year" && !named) value = parts.map((p) => shiftIso(p, unit, back ? -count : count)).join("/");
    else {
      const priorValue = prior?.value ? (parts[back ? 0 : 1] ?? parts[0] ?? prior.value) : null;
      value = priorValue ? shiftIso(priorValue, unit, back ? -count : count) : null;
    }
    if (!value && fromPublication && !fromPublication.includes("/")) value = fromPublication.slice(0, precision);
    if (value && named) value = value.slice(0, Math.max(precision, 4));
    // "the following week", "the previous week": a week named from a day of the text is that
    // calendar week, Monday to Sunday, as "last week" is; "a week later" stays a day.
    if (value && named && unit === "week" && /^\d{4}-\d{2}-\d{2}$/.test(value)) value = calendarWeekOf(value);
    if (value && decade)
      value = value
        .split("/")
        .map((v) => v.slice(0, 4))
        .join("/"); // "two decades later": a year
    found.push({ u16Start: start, u16End: end, value });
    found.sort((a, b) => a.u16Start - b.u16Start);
  }
}

/** The calendar week (Monday to Sunday) holding a day (an ISO date or a local Date), as an interval. */
export function calendarWeekOf(day: string | Date): string {
  const [y = 0, mo = 1, d = 1] =
    typeof day === "string" ? day.split("-").map(Number) : [day.getFullYear(), day.getMonth() + 1, day.getDate()];
  const monday = new Date(y, mo - 1, d - ((new Date(y, mo - 1, d, 12).getDay() + 6) % 7), 12);
  const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6, 12);
  return `${formatIso(monday.getFullYear(), monday.getMonth() + 1, monday.getDate())}/${formatIso(sunday.getFullYear(), sunday.getMonth() + 1, sunday.getDate())}`;
}

/** An ISO date or month (or a year, by years) moved by n units: year, month, week or day. */
export function shiftIso(iso: string, unit: string, n: number): string {
  const [y, mo, d] = iso.split("-").map(Number);
  if (y !== undefined && mo === undefined && unit === "year") return formatIso(y + n);
  // Otherwise callers pass month or day precision ("YYYY-MM", "YYYY-MM-DD"): year and month are there.
  if (y === undefined || mo === undefined) return iso;
  if (unit === "year") return formatIso(y + n, mo, d);
  if (unit === "month") {
    const date = new Date(y, mo - 1 + n, d ?? 1, 12);
    return d ? formatIso(date.getFullYear(), date.getMonth() + 1, date.getDate()) : formatIso(date.getFullYear(), date.getMonth() + 1);
  }
  const date = new Date(y, mo - 1, (d ?? 1) + n * (unit === "week" ? 7 : 1), 12); // day precision here (see resolveDurations), so d is set
  return formatIso(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

const COUNTED_FROM_ANOTHER = /\b(?:later|earlier|afterwards|before|after|next|following|previous|preceding|same)\b/i;
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** "the previous Tuesday", "the following Monday": "the" ties the weekday to a date of the text, not to publication. */
const ANCHORED_WEEKDAY_BEFORE = /\bthe\s+(previous|preceding|following|next)\s+$/i;

/**
 * "Flight EC918 landed on Tuesday. On the previous Tuesday, …": the latest such weekday before
 * the dated mention that comes before it (the first after, for "the following"), or before or
 * after publication when the text has none. The span takes "the previous".
 */
export function anchoredWeekdays(text: string, found: Found[], ref: Date): void {
  for (const f of found) {
    const weekday = WEEKDAYS.indexOf(text.slice(f.u16Start, f.u16End).toLowerCase());
    if (weekday < 0) continue;
    const m = ANCHORED_WEEKDAY_BEFORE.exec(text.slice(Math.max(0, f.u16Start - 20), f.u16Start));
    if (!m) continue;
    // A date counted from another ("Two days later") is not resolved yet (resolveDurations):
    // its value is still counted from publication, so it anchors nothing.
    const anchor = found
      .filter(
        (g) =>
          g !== f &&
          g.u16End <= f.u16Start - m[0].length &&
          g.value &&
          /^\d{4}-\d{2}-\d{2}$/.test(g.value) &&
          !COUNTED_FROM_ANOTHER.test(text.slice(g.u16Start, g.u16End)),
      )
      .sort((a, b) => a.u16End - b.u16End)
      .at(-1);
    const [y, mo, d] = anchor?.value ? anchor.value.split("-").map(Number) : [ref.getFullYear(), ref.getMonth() + 1, ref.getDate()];
    const from = new Date(y ?? 0, (mo ?? 1) - 1, d ?? 1, 12);
    const back = /previous|preceding/i.test(at(m, 1));
    // Strictly before or after: "the previous Tuesday" of a Tuesday is a week before it.
    const shift = back ? -(((from.getDay() - weekday + 6) % 7) + 1) : ((weekday - from.getDay() + 6) % 7) + 1;
    let date = new Date(from.getFullYear(), from.getMonth(), from.getDate() + shift, 12);
    // "landed on Tuesday. … On the previous Tuesday": "previous" sets it apart from the Tuesday
    // already named, so where that would be the same day it is the week before (or after).
    const named = (iso: string) =>
      found.some(
        (g) => g !== f && g.u16End <= f.u16Start && g.value === iso && WEEKDAYS.includes(text.slice(g.u16Start, g.u16End).toLowerCase()),
      );
    if (named(formatIso(date.getFullYear(), date.getMonth() + 1, date.getDate())))
      date = new Date(date.getFullYear(), date.getMonth(), date.getDate() + (back ? -7 : 7), 12);
    f.value = formatIso(date.getFullYear(), date.getMonth() + 1, date.getDate());
    f.u16Start -= m[0].length;
  }
}
