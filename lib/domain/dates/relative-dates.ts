// Normalizing a date mention ("last week", "Thursday", "July 4", "in 2018") to ISO, anchored
// on the article's publication date. Parsing is chrono-node's; this module only chooses the
// reference, adds bare years to chrono's grammar, and decides the precision of the answer.
// Pure: chrono is a pure library and no clock is read.
import * as chrono from "chrono-node";
import { at } from "../at";

const YEAR = "(1[5-9]\\d\\d|2[01]\\d\\d)";

/**
 * A year with a lead-in ("in 2013", "mid-2019"): chrono's English grammar has no bare
 * years. The lead-in is part of the match because chrono drops digit-only results as
 * unlikely dates; a mention that is nothing but a year is read directly (BARE_YEAR).
 */
const yearParser: chrono.Parser = {
  pattern: () => new RegExp(`\\b(?:in|since|by|until|before|after|from|mid|early|late)[\\s-]+${YEAR}\\b`, "i"),
  extract: (_context, match) => ({ year: Number(match[1]) }),
};
const BARE_YEAR = new RegExp(`^\\s*${YEAR}\\s*$`);

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAME =
  "(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)";

/**
 * "October last year", "March next year": chrono reads the month and the year phrase as two
 * dates, so "October last year" in a 2019-11 article came out as 2019-10. The year phrase
 * moves the year from the reference; the month is then certain and the year is too.
 */
const monthOfRelativeYearParser: chrono.Parser = {
  pattern: () => new RegExp(`\\b${MONTH_NAME}\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, "i"),
  extract: (context, match) => {
    const month = MONTHS.indexOf(at(match, 1).slice(0, 3).toLowerCase()) + 1; // both groups are required
    const shift = { last: -1, this: 0, next: 1 }[at(match, 2).toLowerCase() as "last" | "this" | "next"];
    return { month, year: context.reference.instant.getFullYear() + shift };
  },
};

/**
 * "since May", "until May", "late May": chrono keeps a bare "May" only after "in" (elsewhere it
 * is taken for the modal verb). Capitalised after another preposition of time, and not the
 * first name of someone ("by May Chen"), it is the month; the preposition is part of the
 * match so that chrono's filter keeps it, and the date suggester trims it as it trims "in".
 */
const MAY_PREPOSITIONS = ["since", "until", "till", "by", "from", "before", "after", "during", "through", "throughout", "early", "late"];
// Case-sensitive ("May", not "may"), so each preposition is written in both cases.
const MAY_AFTER_PREPOSITION = new RegExp(
  `\\b(?:${MAY_PREPOSITIONS.map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${w.slice(1)}`).join("|")})\\s+May\\b(?!\\s+\\p{Lu}|[-–]?\\s?\\d)`,
  "u",
);
/** A bare "May" read as the month: the year implied, not known, so that the tense of the sentence can still move it. */
const mayTheMonth = (context: chrono.ParsingContext) =>
  context.createParsingComponents().assign("month", 5).imply("day", 1).imply("year", findYearNear(context.reference.instant, 5));
const mayAfterPrepositionParser: chrono.Parser = { pattern: () => MAY_AFTER_PREPOSITION, extract: mayTheMonth };

/**
 * "in the three months to May", "the year ending May": after a period ending on it, "May" is
 * the month, not the modal verb or a name. The word before it is part of the match (chrono
 * keeps a bare "May" only after "in"); the date suggester trims it as it trims "in".
 */
const MAY_ENDING_PERIOD = /(?<=\b(?:months|weeks|year|quarter|period|half)\s+)(?:to|ending|ended|through)\s+May\b(?!\s+\p{Lu}|[-–]?\s?\d)/u;
const mayEndingPeriodParser: chrono.Parser = { pattern: () => MAY_ENDING_PERIOD, extract: mayTheMonth };

/**
 * "between March and May", "from March to May", "April or May": "May" joined to another month
 * is the month too, not the modal verb or a name. The joining word is part of the match (chrono
 * keeps a bare "May" only after "in"); the date suggester trims it as it trims "in", or reads
 * the two months as one range.
 */
const MAY_AFTER_MONTH = new RegExp(`(?<=\\b${MONTH_NAME}\\s+)(?:and|or|to|through|until|till)\\s+May\\b(?!\\s+\\p{Lu}|[-–]?\\s?\\d)`, "u");
const mayAfterMonthParser: chrono.Parser = { pattern: () => MAY_AFTER_MONTH, extract: mayTheMonth };

/** The year chrono would imply for a month alone: the closest to the reference. */
function findYearNear(ref: Date, month: number): number {
  const years = [ref.getFullYear() - 1, ref.getFullYear(), ref.getFullYear() + 1];
  const distance = (y: number) => Math.abs(new Date(y, month - 1, 15, 12).getTime() - ref.getTime());
  return years.reduce((best, y) => (distance(y) < distance(best) ? y : best));
}

/** chrono's casual English plus bare years with a lead-in, "<month> last/next year", "since May" and "the three months to May". */
export const dateParser = chrono.casual.clone();
dateParser.parsers.push(yearParser, monthOfRelativeYearParser, mayAfterPrepositionParser, mayEndingPeriodParser, mayAfterMonthParser);

/**
 * A month or day given without a year ("in February", "Aug. 24") reaches at most this many
 * days past publication; further out it is taken from the year before. chrono picks the
 * closest year, which in a news report is wrong for "concerned in February" written in
 * August, and right for "due on Aug. 24" written on Aug. 14.
 */
const MAX_FORWARD_DAYS = 31;
const DAY_MS = 86_400_000;

/** Two far-apart anchors: a mention that reads the same against both is absolute. */
const FAR_ANCHORS = [new Date(1990, 0, 1, 12), new Date(2040, 6, 1, 12)];

/**
 * ISO value (YYYY-MM-DD, YYYY-MM or YYYY: only as precise as the text) of a date mention,
 * or null when chrono finds no date in it. Relative text is anchored on the publication's
 * local date ("2019-07-14T17:10:00+09:00" anchors on July 14, never on its UTC date); with
 * no usable publication date only absolute mentions ("July 13, 2019") get a value.
 * A bare weekday is the closest such day (chrono's default), since news reports scheduled
 * events ("talks on Friday") as often as past ones ("said Thursday").
 */
export function normalizeDateMention(text: string, publishedAt: string | null): string | null {
  const bareYear = BARE_YEAR.exec(text);
  if (bareYear) return at(bareYear, 1);
  const anchor = publishedAt ? parseLocalDate(publishedAt) : null;
  if (anchor) return normalizeAgainst(text, anchor);
  const readings = FAR_ANCHORS.map((ref) => normalizeAgainst(text, ref));
  const [first = null] = readings;
  return readings.every((r) => r === first) ? first : null;
}

/** Noon on the local calendar date an ISO date or date-time starts with (offset ignored). */
export function parseLocalDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(year, month - 1, day, 12);
  const valid = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return valid ? date : null;
}

function normalizeAgainst(text: string, ref: Date): string | null {
  const [result] = dateParser.parse(text, ref);
  return result ? isoOfComponents(result.start, ref) : null;
}

/**
 * The ISO value of parsed date components, only as precise as the text, with the
 * lean-back rule for a month or day given without a year.
 */
export function isoOfComponents(c: chrono.ParsedComponents, ref: Date): string | null {
  const year = c.get("year");
  const month = c.get("month");
  const day = c.get("day");
  if (year === null || month === null || day === null) return null;
  const leansBack =
    !c.isCertain("year") &&
    !c.isCertain("weekday") &&
    new Date(year, month - 1, day, 12).getTime() - ref.getTime() > MAX_FORWARD_DAYS * DAY_MS;
  const y = leansBack ? year - 1 : year;
  if (c.isCertain("day") || c.isCertain("weekday")) return formatIso(y, month, day);
  if (c.isCertain("month")) return formatIso(y, month);
  if (c.isCertain("year")) return formatIso(y);
  return null;
}

export function formatIso(year: number, month?: number, day?: number): string {
  const parts = [String(year).padStart(4, "0")];
  if (month !== undefined) parts.push(String(month).padStart(2, "0"));
  if (day !== undefined) parts.push(String(day).padStart(2, "0"));
  return parts.join("-");
}
