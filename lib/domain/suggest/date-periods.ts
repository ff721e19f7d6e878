// Periods longer than a day named in the text: seasons ("last winter", "in the spring"),
// quarters and halves ("the final quarter of 2025", "last quarter", "the first half"), sport
// seasons, and periods named around a date ("the year ending March 31", "the first five months
// of 2026", "the end of next year"), with the periods the text refers to without marking them
// ("the three months to Sept. 30"). Split from dates.ts, which runs them. Offsets are UTF-16. Pure.
import { formatIso } from "../dates/relative-dates";
import type { Sentence } from "./sentences";
import { tenseAround } from "./tense";
import { at } from "../at";
import { shiftIso, type Found } from "./date-anchors";
import { parseNumber } from "./numbers";
import { southernHemisphere } from "./locale";

/** "the final quarter of 2025", "Q3 2024": the interval of the quarter's months. */
const QUARTER =
  /\b(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(1[89]\d\d|20\d\d)\b|\bQ([1-4])\s+(1[89]\d\d|20\d\d)\b|\bH([12])\s+(1[89]\d\d|20\d\d)\b/gi;
/**
 * "the first quarter of next year", "the second quarter", "Q3": a quarter the text dates
 * relative to publication, or not at all (then the publication year; a quarter that has not
 * begun by publication, reported in the past, is the previous year's). Not a quarter of a game
 * ("the third quarter of the match") nor "the last quarter" (of anything).
 */
const RELATIVE_QUARTER =
  /\b(?:(the\s+)(first|second|third|fourth|final|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(next|this|last)\s+year)?|(?<![\p{L}\p{N}-])Q([1-4])(?:\s+of\s+(next|this|last)\s+year)?)(?![\p{L}\p{N}-]|\s+of\s+(?:the|a|an|\d)|\s+(?:century|mile|final|point)\b)/giu;
const QUARTER_NUMBER: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  final: 4,
  last: 4,
};
const SEASON =
  /\b(?:(last|this|next|past|coming)\s+(spring|summer|autumn|fall|winter)|(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(1[89]\d\d|20\d\d)(?:[–-](\d\d|20\d\d)(?![\p{N}-]))?)\b/giu;
const SEASON_MONTHS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 14],
};
/** South of the equator the seasons fall six months on: summer is December to February. */
const SOUTHERN_SEASON_MONTHS: Record<string, [number, number]> = {
  spring: [9, 11],
  summer: [12, 14],
  autumn: [3, 5],
  fall: [3, 5],
  winter: [6, 8],
};

export function seasonMonths(season: string, southern: boolean): [number, number] {
  return (southern ? SOUTHERN_SEASON_MONTHS : SEASON_MONTHS)[season.toLowerCase()] ?? [1, 12];
}

/**
 * "next summer", "the summer of 2019": the year the season falls in; "last winter" the two
 * years it spans, as "the winter of 2025-26" does; in a text set south of the equator
 * (locale.ts) it is "last summer" that spans two years.
 */
export function addSeasons(text: string, found: Found[], ref: Date): void {
  const southern = southernHemisphere(text);
  SEASON.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEASON.exec(text))) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (found.some((f) => f.u16Start < end && start < f.u16End && !(f.u16Start >= start && f.u16End <= end))) continue;
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i];
      if (f && f.u16Start >= start && f.u16End <= end) found.splice(i, 1); // the year inside it
    }
    const [first, last] = seasonMonths(m[2] ?? m[3] ?? "", southern);
    let year: number;
    if (m[4]) year = Number(m[4]);
    else {
      const month = ref.getMonth() + 1 + (ref.getMonth() + 1 < 3 ? 12 : 0) * (first === 12 ? 1 : 0); // January and February belong to the season before
      const base = ref.getFullYear() - (first === 12 && ref.getMonth() + 1 < 3 ? 1 : 0);
      const modifier = (m[1] ?? "").toLowerCase();
      if (modifier === "next" || modifier === "coming") year = month < first ? base : base + 1;
      else if (modifier === "last" || modifier === "past") year = month > last ? base : base - 1;
      else year = base;
    }
    if (m[5]) {
      // "the winter of 2025-26": the two years it is named by.
      const endYear = m[5].length === 2 ? Math.floor(year / 100) * 100 + Number(m[5]) : Number(m[5]);
      if (endYear !== year + 1) continue;
      found.push({ u16Start: start, u16End: end, value: `${year}/${endYear}` });
      continue;
    }
    // "last winter" written in August 2026: the winter of December 2025 to February 2026 spans both years.
    const crossesYear = !m[4] && first === 12;
    found.push({ u16Start: start, u16End: end, value: crossesYear ? `${year}/${year + 1}` : String(year) });
  }
}

/** "in the spring", "by the autumn": a season named with "the" alone (not "the fall", a noun too often). */
const BARE_SEASON =
  /\b(?:in|by|during|over|through|until|since|for)\s+(the\s+(spring|summer|autumn|winter))\b(?!\s+(?:of|months?|term|session|break|holidays?|games|olympics|transfer|window|season|solstice|equinox|school)\b)/gi;

/**
 * "investors had been approached in the spring" (the last spring before publication), "it would
 * publish a white paper in the autumn" (the next autumn): the year of that season, by the tense.
 */
export function addBareSeasons(text: string, sentences: readonly Sentence[], found: Found[], ref: Date): void {
  BARE_SEASON.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BARE_SEASON.exec(text))) {
    const start = m.index + m[0].indexOf(at(m, 1));
    const end = start + at(m, 1).length;
    if (found.some((f) => f.u16Start < end && start < f.u16End)) continue;
    const s = sentences.find((x) => x.start <= start && end <= x.end);
    if (!s) continue;
    const dir = tenseAround(s.text, start - s.start, end - s.start);
    const [first] = seasonMonths(at(m, 2), southernHemisphere(text));
    const month = ref.getMonth() + 1;
    let year = ref.getFullYear();
    if (dir === "past" && first > month) year -= 1;
    if (dir === "future" && first < month) year += 1;
    found.push({ u16Start: start, u16End: end, value: String(year) });
  }
}

/** "the final quarter of 2025" → 2025-10/2025-12; it replaces the bare year inside it. */
export function addQuarters(text: string, found: Found[]): void {
  QUARTER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUARTER.exec(text))) {
    const q = m[3] ? Number(m[3]) : (QUARTER_NUMBER[(m[1] ?? "").toLowerCase()] ?? 1);
    const year = Number(m[2] ?? m[4] ?? m[6]);
    const start = m.index;
    const end = start + m[0].length;
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i];
      if (f && f.u16Start < end && start < f.u16End) found.splice(i, 1);
    }
    // "H1 2026": a half-year, six months.
    const value = m[5]
      ? `${formatIso(year, m[5] === "1" ? 1 : 7)}/${formatIso(year, m[5] === "1" ? 6 : 12)}`
      : `${formatIso(year, 3 * q - 2)}/${formatIso(year, 3 * q)}`;
    found.push({ u16Start: start, u16End: end, value });
  }
}

export function addRelativeQuarters(text: string, sentences: readonly Sentence[], found: Found[], ref: Date): void {
  RELATIVE_QUARTER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RELATIVE_QUARTER.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => f.u16Start < end && start < f.u16End && !/^\d{4}$/.test(f.value ?? ""))) continue;
    const q = m[4] ? Number(m[4]) : (QUARTER_NUMBER[(m[2] ?? "").toLowerCase()] ?? 1);
    const relative = (m[3] ?? m[5] ?? "").toLowerCase();
    let year = ref.getFullYear() + (relative === "next" ? 1 : relative === "last" ? -1 : 0);
    if (!relative) {
      const s = sentences.find((x) => x.start <= start && end <= x.end);
      const dir = s ? tenseAround(s.text, start - s.start, end - s.start) : null;
      if (dir === "past" && 3 * q - 2 > ref.getMonth() + 1) year -= 1;
    }
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i];
      if (f && f.u16Start < end && start < f.u16End) found.splice(i, 1);
    }
    found.push({ u16Start: start, u16End: end, value: `${formatIso(year, 3 * q - 2)}/${formatIso(year, 3 * q)}` });
  }
}

/** "in the first half" (of a business year), "last quarter", "this quarter", "the end of the year". */
const RELATIVE_PERIOD =
  /\b(?:the\s+(first|second|1st|2nd)\s+half(?:\s+of\s+(?:the|this)\s+year)?(?![\p{L}\p{N}-]|\s+of\b|\s+(?:century|season|mile|hour|term)\b)|(last|this|next)\s+quarter(?![\p{L}\p{N}-]|\s+of\b|\s+(?:century|mile|final)\b)|the\s+(?:very\s+)?(?:start|beginning|middle|end)\s+of\s+the\s+year(?![\p{L}\p{N}-]|\s+(?:before|after|ago|earlier|later)\b))/giu;
/** Words of a match: "scored in the first half" is half of a game, not of a year. */
const MATCH_WORDS =
  /\b(?:scor\w*|goals?|minutes?|match(?:es)?|games?|half-time|halftime|penalt\w+|kick\w*|whistle|led|trailed|innings|tries|points|touchdowns?|quarterback|referee|striker|midfielder|striker|team|club|side|league|cup|play\w*)\b/i;
/** A figure or a change in a business period: "rose 9.4% in the first half". */
const BUSINESS_WORDS =
  /%|\bper\s?cent\b|\bpercent\b|[$€£¥₹]\s?\d|\b(?:rose|fell|grew|climbed|dropped|declined|increased|decreased|jumped|slipped|slumped|surged|gained|lost|rise|rises|rising|fall|falls|falling|grow|grows|growing|profits?|revenues?|margins?|orders|demand|sales|earnings|output|growth|volumes?|throughput|deficit|GDP|economy|exports?|imports?|prices?|rates?|inflation|results?|fiscal|financial|quarterly)\b/i;

/**
 * "the first half" (2026-01/2026-06 in 2026), "last quarter" (the calendar quarter before the
 * publication's), "this/next quarter", "the end of the year" (the year): periods counted from
 * publication, or from the year that frames the sentence ("In 2019, … by the end of the year").
 * A half is a half-year only in a sentence of figures, not of a match.
 */
export function addRelativePeriods(text: string, sentences: readonly Sentence[], found: Found[], ref: Date): void {
  RELATIVE_PERIOD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RELATIVE_PERIOD.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => f.u16Start < end && start < f.u16End)) continue;
    const s = sentences.find((x) => x.start <= start && end <= x.end);
    if (!s) continue;
    const year = frameYear(text, s, found, start) ?? ref.getFullYear();
    let value: string;
    if (m[1]) {
      if (MATCH_WORDS.test(s.text) || !BUSINESS_WORDS.test(s.text)) continue;
      let y = year;
      // "the second half" reported as past before it has begun is last year's.
      const dir = tenseAround(s.text, start - s.start, end - s.start);
      const first = /^(?:first|1st)$/i.test(m[1]);
      if (!first && dir === "past" && y === ref.getFullYear() && ref.getMonth() + 1 < 7) y -= 1;
      value = first ? `${y}-01/${y}-06` : `${y}-07/${y}-12`;
    } else if (m[2]) {
      const q = Math.floor(ref.getMonth() / 3) + { last: -1, this: 0, next: 1 }[m[2].toLowerCase() as "last" | "this" | "next"];
      const y = ref.getFullYear() + Math.floor(q / 4);
      const qq = ((q % 4) + 4) % 4;
      value = `${formatIso(y, 3 * qq + 1)}/${formatIso(y, 3 * qq + 3)}`;
    } else value = String(year);
    found.push({ u16Start: start, u16End: end, value });
  }
}

/** The year of a year-only mention earlier in the sentence that frames it ("In 2019, …"). */
function frameYear(text: string, s: Sentence, found: readonly Found[], before: number): number | null {
  const g = found
    .filter(
      (f) =>
        f.u16Start >= s.start &&
        f.u16End <= before &&
        f.value &&
        /^\d{4}$/.test(f.value) &&
        /^(?:in|during|by|for)\s/i.test(text.slice(Math.max(s.start, f.u16Start - 7), f.u16Start).trimStart() + " "),
    )
    .at(-1);
  return g?.value ? Number(g.value) : null;
}

/** Team sports whose season is one calendar year; the rest (football, hockey, basketball, rugby, cricket in England) span two. */
const CALENDAR_SEASON_SPORTS =
  /\b(?:baseball|MLB|Formula (?:One|1)|F1|NASCAR|IndyCar|MotoGP|golf|PGA|LPGA|tennis|ATP|WTA|cycling|NFL|WNBA|MLS|A-League)\b/;
const SPORT_CONTEXT =
  /\b(?:league|club|goals?|scored|matches|fixtures?|striker|midfielder|defender|goalkeeper|coach|manager|footballer|football|soccer|hockey|basketball|NBA|NHL|rugby|cricket|batsman|innings|Premier|Bundesliga|Serie A|La Liga|Ligue 1|Champions League|games|team|squad|playoffs?|baseball|MLB|tennis|golf|F1)\b/;

/**
 * "last season", "this season", "next season" of a sport: the interval of the two calendar years
 * a European-style season spans (begun in July–August: "this season" written in November 2026 is
 * 2026/2027), or the year for a sport played within one calendar year. Not a season of weather,
 * fashion or television (the text must be about sport).
 */
export function addSportSeasons(text: string, found: Found[], ref: Date): void {
  if (!SPORT_CONTEXT.test(text)) return;
  const calendar = CALENDAR_SEASON_SPORTS.test(text);
  for (const m of text.matchAll(
    /\b(last|this|next|the\s+previous|the\s+current)\s+season\b(?![\p{L}-]|\s+of\b|[’']s\s+(?:harvest|crop|flu))/giu,
  )) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => f.u16Start < end && start < f.u16End)) continue;
    const word = at(m, 1).toLowerCase();
    const shift = word === "last" || word.endsWith("previous") ? -1 : word === "next" ? 1 : 0;
    if (calendar) {
      found.push({ u16Start: start, u16End: end, value: String(ref.getFullYear() + shift) });
      continue;
    }
    const first = ref.getFullYear() - (ref.getMonth() + 1 < 7 ? 1 : 0) + shift;
    found.push({ u16Start: start, u16End: end, value: `${first}/${first + 1}` });
  }
}

const MONTH_NAMES =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
/** "the year ending March 31, 2027", "the fiscal year ended June 30": the twelve months to that date. */
const YEAR_ENDING_BEFORE = /\b(?:the\s+)?(?:(?:fiscal|financial|business)\s+)?year\s+(?:ending|ended|through)\s+$/i;
/** "the first half of next year", "the second half of 2025": six months of that year. */
const HALF_BEFORE = /\b(?:the\s+)?(first|second|1st|2nd)\s+half\s+of\s+(?:the\s+)?$/i;
/** "the first five months of 2026", "the last (final, closing) three months of the year": those months of that year, as a half is. */
const MONTHS_OF_BEFORE =
  /\b(?:the\s+)?(first|opening|last|final|closing)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months\s+of\s+(?:the\s+)?$/i;
/** "the end of next year", "the start of March": the part keeps the precision of the period. */
const PART_OF_BEFORE = /\b(?:the\s+)?(?:very\s+)?(?:start|beginning|middle|end)\s+of\s+(?:the\s+)?$/i;
/** "the July-September quarter": a range of months named as the quarter or period it is. */
const PERIOD_AFTER = /^\s+(?:quarter|period|half|season)\b/i;
/** "the three months to Sept. 30": a period ending on a date, a reference for "a year earlier" (not itself marked). */
const MONTHS_TO_BEFORE = new RegExp(
  `\\b(?:the\\s+)?(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+months\\s+(?:to|ended|ending|through)\\s+$`,
  "i",
);
const MONTH_PERIOD = new RegExp(`^(?:(?:next|last|this)\\s+)?(?:${MONTH_NAMES})\\.?(?:\\s+\\d{4})?$`, "i");

/**
 * Periods named around a date: "the year ending March 31, 2027" (2026-04/2027-03), "the first
 * half of next year" (2027-01/2027-06), "the end of next year" (the year), "the July-September
 * quarter" (the span takes "the" and "quarter"). The span grows to the whole phrase.
 */
export function widenPeriods(text: string, found: Found[]): void {
  for (const f of found) {
    if (!f.value) continue;
    const before = text.slice(Math.max(0, f.u16Start - 50), f.u16Start);
    const mention = text.slice(f.u16Start, f.u16End);
    const fiscal = YEAR_ENDING_BEFORE.exec(before);
    if (fiscal && /^\d{4}-\d{2}/.test(f.value) && !f.value.includes("/")) {
      const last = f.value.slice(0, 7);
      f.value = `${shiftIso(last, "month", -11)}/${last}`;
      f.u16Start -= fiscal[0].length;
      continue;
    }
    const half = HALF_BEFORE.exec(before);
    if (half && /^\d{4}$/.test(f.value)) {
      const first = /^(?:first|1st)$/i.test(at(half, 1));
      f.value = `${f.value}-${first ? "01" : "07"}/${f.value}-${first ? "06" : "12"}`;
      f.u16Start -= half[0].length;
      continue;
    }
    const months = MONTHS_OF_BEFORE.exec(before);
    if (months && /^\d{4}$/.test(f.value)) {
      const n = parseNumber(at(months, 2)) ?? NaN;
      const [first, last] = /^(?:first|opening)$/i.test(at(months, 1)) ? [1, n] : [13 - n, 12];
      f.value = `${formatIso(Number(f.value), first)}/${formatIso(Number(f.value), last)}`;
      f.u16Start -= months[0].length;
      continue;
    }
    // chrono reads "end of next year" as its last day; annotators mark the period's part as the period.
    const partInside = /^(?:the\s+)?(?:start|beginning|middle|end)\s+of\s+(?:the\s+)?(.+)$/i.exec(mention);
    const partBefore = partInside ? null : PART_OF_BEFORE.exec(before);
    if (partInside || partBefore) {
      const rest = partInside ? at(partInside, 1) : mention;
      if (/^(?:(?:next|last|this|that|the)\s+)?year$|^\d{4}$/i.test(rest)) f.value = f.value.slice(0, 4);
      else if (MONTH_PERIOD.test(rest) || /^(?:(?:next|last|this|that|the)\s+)?month$/i.test(rest)) f.value = f.value.slice(0, 7);
      if (partBefore) f.u16Start -= partBefore[0].length;
      else if (/^the\s$/i.test(text.slice(f.u16Start - 4, f.u16Start))) f.u16Start -= 4;
      continue;
    }
    if (/^\d{4}-\d{2}\/\d{4}-\d{2}$/.test(f.value) && PERIOD_AFTER.test(text.slice(f.u16End, f.u16End + 12))) {
      const the = /\bthe\s+$/i.exec(before);
      if (the) {
        f.u16Start -= the[0].length;
        f.u16End += at(PERIOD_AFTER.exec(text.slice(f.u16End, f.u16End + 12)) ?? [""], 0).length;
      }
    }
  }
}

/**
 * Periods the text refers to without marking a date: "the three months to Sept. 30" (the
 * interval of its months) and "the quarter" (the last quarter named before it). "a year
 * earlier" counts from these.
 */
export function periodReferences(text: string, found: readonly Found[], ref: Date | null): Found[] {
  // "the quarter" of a report is one that has ended by publication, not one planned.
  const published = ref ? formatIso(ref.getFullYear(), ref.getMonth() + 1) : "9999-12";
  const out: Found[] = [];
  for (const f of found) {
    if (!f.value || f.value.includes("/") || f.value.length < 7) continue;
    const m = MONTHS_TO_BEFORE.exec(text.slice(Math.max(0, f.u16Start - 40), f.u16Start));
    const n = m ? (parseNumber(at(m, 1)) ?? NaN) : 0;
    if (m && n >= 2 && n <= 12) {
      const last = f.value.slice(0, 7);
      out.push({ u16Start: f.u16Start - m[0].length, u16End: f.u16End, value: `${shiftIso(last, "month", 1 - n)}/${last}` });
    }
  }
  for (const m of text.matchAll(/\bthe\s+quarter\b(?!\s+(?:of|to|ended|ending|through)\b)(?![\s-]+(?:point|century|final|mile))/gi)) {
    const quarter = [...found, ...out]
      .filter((f) => f.u16End <= m.index && f.value && /^\d{4}-\d{2}\/\d{4}-\d{2}$/.test(f.value))
      .filter((f) => {
        const [a = "", b = ""] = f.value!.split("/");
        return shiftIso(a, "month", 2) === b && b <= published;
      })
      .sort((a, b) => a.u16End - b.u16End)
      .pop();
    if (quarter) out.push({ u16Start: m.index, u16End: m.index + m[0].length, value: quarter.value });
  }
  return out;
}

/** "the first four months of the year", "the last two months of this year": months of the publication year. */
const MONTHS_OF_THIS_YEAR =
  /\bthe\s+(first|opening|last|final|closing)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months\s+of\s+(?:the|this)\s+year\b/gi;

export function addMonthsOfThisYear(text: string, found: Found[], ref: Date): void {
  for (const m of text.matchAll(MONTHS_OF_THIS_YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => f.u16Start < end && start < f.u16End && !(start <= f.u16Start && f.u16End <= end))) continue;
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i];
      if (f && start <= f.u16Start && f.u16End <= end) found.splice(i, 1);
    }
    const n = parseNumber(at(m, 2)) ?? NaN;
    const [first, last] = /^(?:first|opening)$/i.test(at(m, 1)) ? [1, n] : [13 - n, 12];
    const year = ref.getFullYear();
    found.push({ u16Start: start, u16End: end, value: `${formatIso(year, first)}/${formatIso(year, last)}` });
  }
}
