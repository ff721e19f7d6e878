import { describe, expect, it } from "vitest";
import { matchLexicon } from "@/lib/domain/suggest/string-match";

const entry = (label: string, text: string, attributes: Record<string, unknown> = {}) => ({ label, text, attributes });
const cps = (text: string, s: { start: number; end: number }) => Array.from(text).slice(s.start, s.end).join("");

describe("string matcher", () => {
  it.each([
    ["plain", "Japan's curbs. Later, Japan's curbs again.", "Japan's curbs", 2],
    ["after emoji", "👍🏽🇯🇵 Kim Min-jun spoke; Kim Min-jun left.", "Kim Min-jun", 2],
    ["combining marks (NFC)", "Zoe\u0308 met Zoe\u0308.".normalize("NFC"), "Zoë", 2],
    ["CJK", "東京 and 東京", "東京", 2],
    ["across a line break", "the export\ncontrols, and the export\ncontrols", "export\ncontrols", 2],
    ["whole words only", "Japanese and Japan", "Japan", 1],
    ["case-sensitive", "japan and Japan", "Japan", 1],
  ])("%s", (_, text, needle, count) => {
    const hits = matchLexicon(text, [entry("claim", needle, { holder: "X" })]);
    expect(hits).toHaveLength(count);
    for (const h of hits) {
      expect(cps(text, h)).toBe(needle);
      expect(h).toMatchObject({ label: "claim", source: "match", attributes: { holder: "X" } });
    }
  });

  it("ignores texts too short to mean anything", () => {
    expect(matchLexicon("a b a b", [entry("date", "a")])).toEqual([]);
  });
});
