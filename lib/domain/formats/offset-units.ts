// Formats count offsets in different units. We store code points; Label Studio and doccano
// count UTF-16 code units (JavaScript string indices). Conversions go through OffsetIndex.
import type { OffsetIndex } from "../text/offsets";

export type OffsetUnit = "codepoint" | "utf16";

/** Offset in `unit` for a code-point offset of the indexed text. */
export function fromCodePoints(index: OffsetIndex, cp: number, unit: OffsetUnit): number {
  return unit === "utf16" ? index.toUtf16(cp) : cp;
}

export type ToCodePoint = { ok: true; value: number } | { ok: false; message: string };

/**
 * Code-point offset for an offset given in `unit`. Fractional and negative offsets pass
 * through for the span check to report; an offset past the end, or between the two halves
 * of a surrogate pair, fails here with a message in the source's unit.
 */
export function toCodePoints(index: OffsetIndex, offset: number, unit: OffsetUnit): ToCodePoint {
  if (unit === "codepoint" || !Number.isInteger(offset) || offset < 0) return { ok: true, value: offset };
  if (offset > index.utf16Length) {
    return { ok: false, message: `offset ${offset} is past the end of the document (${index.utf16Length} UTF-16 code units)` };
  }
  const cp = index.toCodePoint(offset);
  if (cp === null) {
    return { ok: false, message: `UTF-16 offset ${offset} splits a surrogate pair (an emoji or other astral character)` };
  }
  return { ok: true, value: cp };
}

/** Both ends of a range; values that are not numbers pass through for the span check. */
export function rangeToCodePoints(
  index: OffsetIndex,
  start: unknown,
  end: unknown,
  unit: OffsetUnit,
): { ok: true; start: unknown; end: unknown } | { ok: false; message: string } {
  const s = typeof start === "number" ? toCodePoints(index, start, unit) : { ok: true as const, value: start };
  if (!s.ok) return s;
  const e = typeof end === "number" ? toCodePoints(index, end, unit) : { ok: true as const, value: end };
  if (!e.ok) return e;
  return { ok: true, start: s.value, end: e.value };
}
