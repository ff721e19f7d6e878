// Shared by the suggester unit tests: run the rule suggesters and look up by label and text.
import { suggestByRules } from "@/lib/domain/suggest/rules";
import { expect } from "vitest";
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

/** The text suggests a quote `span` spoken by `speaker`. */
export function expectQuoteBy(text: string, span: string, speaker: string): void {
  const all = suggest(text).filter((s) => s.label === "quote");
  const hit = all.find((s) => s.text === span);
  expect(hit, JSON.stringify(all)).toBeDefined();
  expect(hit!.attributes.speaker).toBe(speaker);
}

/** The same, and the quote's code-point offsets slice the text to `span`. */
export function expectQuoteAtCodePoints(text: string, span: string, speaker: string): void {
  const hit = find(suggest(text), "quote", span);
  expect(hit, JSON.stringify(suggest(text))).toBeDefined();
  expect(codePointSlice(text, hit!)).toBe(span);
  expect(hit!.attributes.speaker).toBe(speaker);
}
