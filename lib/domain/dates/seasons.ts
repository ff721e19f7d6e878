// Seasons as dates: "next summer", "last winter", "the summer of 2015", "spring 2019". The ISO
// value can only say the year (there is no season precision), so that is what these give:
// the year the season starts in, northern-hemisphere seasons (news wires mostly write from
// there). A season needs a year or a last/this/next word to count as a date: "spring" alone is
// also water, "fall" a verb and "the Arab Spring" a name. Pure.
import type * as chrono from "chrono-node";

/** First month of each season; winter starts in December, so it belongs to that year. */
const START_MONTH: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

export const seasonParser: chrono.Parser = {
  pattern: () =>
    /\b(?:(last|past|this|next|coming)\s+(spring|summer|autumn|fall|winter)\b|(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(1[5-9]\d\d|2[01]\d\d)\b)/i,
  extract: (context, match) => {
    if (match[4]) return { year: Number(match[4]) };
    const ref = context.reference.instant;
    return { year: seasonYear(match[2]!.toLowerCase(), match[1]!.toLowerCase(), ref) };
  },
};

/**
 * The year of "last/this/next <season>" seen from `ref`: "next" is the first one not yet begun,
 * "last" the latest one already over, "this" the one under way or else the one in ref's year.
 */
export function seasonYear(season: string, which: string, ref: Date): number {
  const startMonth = START_MONTH[season] ?? 1;
  const start = (y: number) => new Date(y, startMonth - 1, 1, 0);
  const end = (y: number) => new Date(y, startMonth + 2, 1, 0); // three months later
  const y0 = ref.getFullYear();
  const t = ref.getTime();
  if (which === "next" || which === "coming") return start(y0 - 1).getTime() > t ? y0 - 1 : start(y0).getTime() > t ? y0 : y0 + 1;
  if (which === "last" || which === "past") return end(y0).getTime() <= t ? y0 : end(y0 - 1).getTime() <= t ? y0 - 1 : y0 - 2;
  return start(y0 - 1).getTime() <= t && t < end(y0 - 1).getTime() ? y0 - 1 : y0;
}
