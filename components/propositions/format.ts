// Display formatting for the proposition pages. Dates stay in the source's own calendar day
// (the stored value as given), never shifted through the viewer's time zone.
// The one format is lib/domain/dates/date-display's.
import { formatDate } from "@/lib/domain/dates/date-display";

/** The calendar day only ("14 Jul 2019"), for timelines and mention cards. */
export function formatDay(value: string | null): string {
  const m = value ? /^\d{4}-\d{2}-\d{2}/.exec(value) : null;
  return m ? formatDate(m[0]) : "undated";
}

/** A UTC timestamp as "22 Nov 2026, 14:05 UTC": unambiguous for reviewers in different zones. */
export function formatTimestamp(iso: string): string {
  return formatDate(iso);
}

export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}
