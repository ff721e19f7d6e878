// Publication dates are kept as given: a calendar date (YYYY-MM-DD) or a date-time with an
// explicit offset (YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]). Pure validation.
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function isRealDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** null when valid, else a message naming the expected forms. */
export function checkPublishedAt(value: string): string | null {
  const expected = "use YYYY-MM-DD or YYYY-MM-DDTHH:MM with a time zone, e.g. 2019-07-14T17:10+09:00";
  const m = DATE.exec(value) ?? DATE_TIME.exec(value);
  if (!m) return `"${value}" is not a date: ${expected}`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(y, mo, d)) return `"${value}" is not a real calendar date`;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) {
    return `"${value}" has an invalid time`;
  }
  return null;
}

/** The article's own calendar date (local to its offset), for display and date anchoring. */
export function publishedDay(value: string | null): string | null {
  return value ? value.slice(0, 10) : null;
}
