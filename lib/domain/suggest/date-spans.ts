// Where a date span starts and ends, per the gold conventions (eval/suggestions/held-out.ts):
// - a time of day is not part of it: "Wednesday night", "3 p.m. on Tuesday", "17:10 July 14,
//   2019" are marked "Wednesday", "Tuesday", "July 14, 2019" (the value has no time either);
// - "early"/"mid-"/"late"/"earlier"/"later"/"the end of" right before a month, year, season or
//   week narrow it and belong to it ("early next year", "mid-December", "earlier this month",
//   "the end of 2025"); before a day they tell the time of day ("late Tuesday", "earlier on
//   Thursday") and stay out;
// - a date that is a noun phrase keeps its article, as "the following month" does in the gold:
//   "the end of March", "the summer of 2015" (but "the 1965 agreement" is "1965");
// - a range is two dates, one per end: "from March 3 to 5" gives "March 3" and "5" (with
//   March from its other end), since a value is one point and each end is looked up alone.
// Offsets are UTF-16, relative to the text given. Pure.
import type * as chrono from "chrono-node";

const AMPM = "(?:[aApP]\\.?[mM]\\.?)";
const ZONE = "(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|KST|JST|BST|CET|CEST|local time)";
const CLOCK = `(?:(?:about|around|approximately)\\s+)?(?:\\d{1,2}(?::\\d{2})?\\s*${AMPM}|\\d{1,2}:\\d{2}|noon|midnight)(?:\\s+${ZONE})?`;
const LEAD_TIME = new RegExp(`^(?:at\\s+)?${CLOCK}(?:\\s*,\\s*|\\s+)(?:(?:on|of)\\s+)?`, "i");
const TRAIL_TIME = new RegExp(`(?:\\s*,?\\s*(?:at\\s+)?${CLOCK}|\\s+(?:morning|afternoon|evening|night|${ZONE}))+\\.?$`, "i");
const MODIFIER_BEFORE = /(?:\b(?:early|late|earlier|later)\s+|\bmid-?\s*|\b(?:the\s+)?(?:end|start|beginning|middle|close|turn)\s+of\s+|\b(?:end|start)-)$/i;
/** A date phrase that is a noun needing its article: "the end of March", "the summer of 2015". */
const ARTICLE_NOUN = /^(?:end|start|beginning|middle|close|turn|spring|summer|autumn|fall|winter)\s+of\b/i;
/** Words between the two ends of a range; dashes only when no word connector is there. */
const RANGE_WORD = /\s+(?:to|through|thru|until|till|and)\s+/i;
const RANGE_DASH = /\s*[-–—]\s*(?=\p{L}|\d)/u;

export interface DatePart {
  /** UTF-16 offset of the part in the parsed text. */
  index: number;
  text: string;
  components: chrono.ParsedComponents;
}

/** The result as one part, or as its two ends when chrono read a range. */
export function rangeParts(r: chrono.ParsedResult): DatePart[] {
  const whole = [{ index: r.index, text: r.text, components: r.start }];
  if (!r.end) return whole;
  const m = RANGE_WORD.exec(r.text) ?? lastDash(r.text);
  if (!m || m.index === 0) return whole;
  const rightStart = m.index + m[0].length;
  if (rightStart >= r.text.length) return whole;
  return [
    { index: r.index, text: r.text.slice(0, m.index), components: r.start },
    { index: r.index + rightStart, text: r.text.slice(rightStart), components: r.end },
  ];
}

function lastDash(text: string): RegExpExecArray | null {
  // "March 3-5", "2019–2020": the last dash, so an ISO date's own dashes stay inside its end.
  const re = new RegExp(RANGE_DASH.source, "gu");
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) last = m;
  return last;
}

/** [start, end) of the text once a leading and a trailing time of day are left out. */
export function withoutTimeOfDay(text: string): [number, number] {
  const lead = LEAD_TIME.exec(text);
  const start = lead ? lead[0].length : 0;
  const trail = TRAIL_TIME.exec(text.slice(start));
  const end = trail ? start + trail.index : text.length;
  return [start, Math.max(start, end)];
}

/** How many units before `start` in `sentence` a narrowing "early"/"mid-"/"late" takes up. */
export function modifierBefore(sentence: string, start: number): number {
  const m = MODIFIER_BEFORE.exec(sentence.slice(Math.max(0, start - 24), start));
  return m ? m[0].length : 0;
}

/** How many units before `start` its article takes up when the date is a noun phrase ("the end of March"). */
export function articleBefore(sentence: string, start: number, end: number): number {
  if (!ARTICLE_NOUN.test(sentence.slice(start, end))) return 0;
  const m = /\bthe\s+$/i.exec(sentence.slice(Math.max(0, start - 6), start));
  return m ? m[0].length : 0;
}

const WEEKDAY_ONLY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*$/i;
const WEEKDAY_ABBREVIATION = /^(?:mon|tues?|wed|thur?s?|fri|sat|sun)$/i;
/** Titles and named days with a weekday in them: "The Sunday Times", "Super Tuesday". */
const TITLE_AFTER = /^\s+(?:Times|Telegraph|Herald|Mirror|Express|Post|Star|Tribune|Independent|Mail|Observer|Age|Sport|Night|Business)\b/;
const NAME_BEFORE = /\b(?:Super|Black|Cyber|Good|Bloody|Ash|Easter|Palm|Maundy|Holy|Giving|Manic|Mail on)\s+$/;

/**
 * A weekday that is part of a name, not a date: a bare abbreviation in prose ("The Sun
 * reported"), a paper's title ("The Sunday Times", "Mail on Sunday"), a named day ("Super
 * Tuesday", "Black Friday", whose date the weekday alone does not give).
 */
export function weekdayInName(sentence: string, start: number, end: number): boolean {
  const text = sentence.slice(start, end);
  if (!WEEKDAY_ONLY.test(text)) return false;
  if (WEEKDAY_ABBREVIATION.test(text) && sentence[end] !== ".") return true;
  return TITLE_AFTER.test(sentence.slice(end, end + 20)) || NAME_BEFORE.test(sentence.slice(Math.max(0, start - 10), start));
}

const MONTH_ONLY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const CAPITALIZED_AFTER = /^\s+\p{Lu}\p{Ll}/u;
const TIME_WORD_BEFORE = /\b(?:in|on|since|until|till|by|from|to|through|of|last|next|this|early|late|mid|before|after|during|between|and|or)[\s-]+$/i;

/** "June Carter said", "reporter April Ryan": a month alone before a capitalized word, with no preposition before it, is a first name. */
export function monthAsName(sentence: string, start: number, end: number): boolean {
  if (!MONTH_ONLY.test(sentence.slice(start, end))) return false;
  return CAPITALIZED_AFTER.test(sentence.slice(end, end + 3)) && !TIME_WORD_BEFORE.test(sentence.slice(Math.max(0, start - 10), start));
}
