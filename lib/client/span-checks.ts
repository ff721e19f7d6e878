// Client-side checks before a change is applied (the server checks again): a usable range
// with its exact text, and no second span with the same label over the same range. Pure.
import type { OffsetIndex } from "@/lib/domain/text/offsets";
import type { ClientSpan } from "./span-types";

/** The exact text of the code-point range [start, end), or why the range is unusable. */
export function checkRange(index: OffsetIndex, start: number, end: number): { text: string } | { error: string } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > index.length) {
    return { error: "That range is outside the document." };
  }
  if (end <= start) return { error: "A span needs at least one character." };
  const text = index.slice(start, end);
  if (text.trim() === "") return { error: "A span cannot be only whitespace." };
  return { text };
}

/** Why [start, end) with `label` would duplicate a span other than `exceptKey`, or null. */
export function duplicateOf(
  spans: Iterable<ClientSpan>,
  label: string,
  start: number,
  end: number,
  exceptKey: string | null,
): string | null {
  for (const s of spans) {
    if (s.key !== exceptKey && s.label === label && s.start === start && s.end === end) {
      return `You already tagged this exact text as "${label}".`;
    }
  }
  return null;
}
