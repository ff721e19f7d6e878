import { describe, expect, it } from "vitest";
import { normalizeWithOffsets } from "@/lib/domain/formats/normalize-offsets";
import { normalizeText } from "@/lib/domain/text/text";

describe("normalizeWithOffsets", () => {
  it("is the identity on text that is already normalized", () => {
    const doc = normalizeWithOffsets("abc👍🏽");
    expect(doc.text).toBe("abc👍🏽");
    expect([0, 3, 5].map(doc.toNormalized)).toEqual([0, 3, 5]);
    expect(doc.toNormalized(6)).toBeNull();
    expect(doc.toNormalized(1.5)).toBeNull();
  });

  // Each row: raw text, raw code-point offset, expected normalized offset (null = inside a unit).
  const cases: [string, string, number, number | null][] = [
    ["CRLF: before the pair", "ab\r\ncd", 2, 2],
    ["CRLF: between CR and LF", "ab\r\ncd", 3, null],
    ["CRLF: after the pair", "ab\r\ncd", 4, 3],
    ["CRLF: end of text", "ab\r\ncd", 6, 5],
    ["lone CR", "a\rb", 2, 2],
    ["two CRLFs", "a\r\n\r\nb", 5, 3],
    ["combining: before e", "cafe\u0301 x", 3, 3],
    ["combining: between e and the mark", "cafe\u0301 x", 4, null],
    ["combining: after the mark", "cafe\u0301 x", 5, 4],
    ["combining: end", "cafe\u0301 x", 7, 6],
    ["mark with no precomposed form stays", "q\u0307e\u0301!", 1, 1],
    ["after q̇ and é", "q\u0307e\u0301!", 4, 3],
    ["reordered marks", "a\u0323\u0301b", 3, 2],
    ["astral after CRLF", "\r\n👍🏽x", 4, 3],
    ["Hangul jamo compose", "\u1100\u1161\u11A8 x", 3, 1],
  ];
  it.each(cases)("%s", (_name, raw, offset, expected) => {
    const doc = normalizeWithOffsets(raw);
    expect(doc.text).toBe(normalizeText(raw));
    expect(doc.toNormalized(offset)).toBe(expected);
  });

  it("maps every boundary so that slices of the raw text normalize to slices of the text", () => {
    const raw = "Line one\r\nCafe\u0301 q\u0307 日本 🇯🇵\r\nend";
    const doc = normalizeWithOffsets(raw);
    const rawCps = Array.from(raw);
    const textCps = Array.from(doc.text);
    for (let s = 0; s <= rawCps.length; s++) {
      for (let e = s; e <= rawCps.length; e++) {
        const ns = doc.toNormalized(s);
        const ne = doc.toNormalized(e);
        if (ns === null || ne === null) continue;
        expect(textCps.slice(ns, ne).join("")).toBe(normalizeText(rawCps.slice(s, e).join("")));
      }
    }
  });
});
