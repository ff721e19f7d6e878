// Exports must be byte-for-byte reproducible: spans are written in one fixed order, and
// attribute objects with their keys sorted, whatever order the database returned.
import { type Span, compareSpans } from "../spans/spans";

/** By layer, then reading order (start, longer first, label), then id. */
export function orderSpans(spans: readonly Span[]): Span[] {
  return [...spans].sort((a, b) => compareStrings(a.layer, b.layer) || compareSpans(a, b) || compareStrings(a.id, b.id));
}

export function sortRecordKeys(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareStrings(a, b)));
}

/** Code-unit comparison: unlike localeCompare it does not depend on the machine's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
