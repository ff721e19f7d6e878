// Client-side shapes of spans. Offsets are Unicode code points over the stored document
// text, half-open [start, end) — the same unit the server stores and checks.

import type { SpanFields } from "@/lib/domain/spans/spans";

/** Everything about a span that the annotator can change; what the save queue syncs. */
export type SpanData = SpanFields;

/**
 * A span in the workspace. `key` is stable for the whole session: a server id for spans
 * that were loaded, a temporary key for spans created here (the save queue maps it to the
 * server id, which changes again if an undo re-creates a deleted span).
 */
export interface ClientSpan extends SpanData {
  key: string;
}

/** A span as the JSON API returns it (the fields the workspace reads). */
export interface ServerSpan extends SpanData {
  id: string;
  version: number;
}

export interface LabelDef {
  key: string;
  name: string;
  color: string;
  hotkey: string;
}

export function sameSpanData(a: SpanData | null, b: SpanData | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.label === b.label &&
    a.start === b.start &&
    a.end === b.end &&
    a.text === b.text &&
    a.note === b.note &&
    sameAttributes(a.attributes, b.attributes)
  );
}

export function sameAttributes(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.is(a[k], b[k]));
}

/** Drop unset values ("" / null / undefined) so "unset" has one form, as the server does. */
export function cleanAttributes(attrs: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== "" && v !== null && v !== undefined) out[k] = v;
  return out;
}

export function toSpanData(s: SpanData): SpanData {
  return { label: s.label, start: s.start, end: s.end, text: s.text, attributes: s.attributes, note: s.note };
}
