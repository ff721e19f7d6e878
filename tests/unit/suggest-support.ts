// Shared by the suggester unit tests: run the rule suggesters and look up by label and text.
import { suggestByRules } from "@/lib/domain/suggest/rules";
import type { Suggested } from "@/lib/domain/suggest/types";

export function suggest(text: string, publishedAt: string | null = "2019-11-20", outlet = "Test Wire"): Suggested[] {
  return suggestByRules({ text, publishedAt, outlet });
}

export function find(list: Suggested[], label: string, text: string): Suggested | undefined {
  return list.find((s) => s.label === label && s.text === text);
}

/** Every suggestion's offsets are code points whose slice is its text. */
export function codePointSlice(text: string, s: { start: number; end: number }): string {
  return Array.from(text).slice(s.start, s.end).join("");
}
