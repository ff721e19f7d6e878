import { describe, expect, it } from "vitest";
import { codePointLength, normalizeText } from "@/lib/domain/text/text";
import { OffsetIndex, sliceCodePoints } from "@/lib/domain/text/offsets";
import { checkSpanRange, compareSpans, overlaps } from "@/lib/domain/spans/spans";
import { hashText } from "@/lib/server/documents/text-hash";

// One fixture with every hard case: astral emoji (with skin tone modifier), a flag (two
// regional indicators), a decomposed combining mark, CJK, Korean, and both line-break kinds.
const RAW = "Tokyo 👍🏽 said\r\ncafe\u0301 🇯🇵 日本の輸出規制\rend 한국";
const TEXT = normalizeText(RAW);

describe("normalizeText", () => {
  it.each([
    ["a\r\nb", "a\nb"],
    ["a\rb", "a\nb"],
    ["a\r\n\r\nb", "a\n\nb"],
    ["cafe\u0301", "café"],
    ["\u1100\u1161", "\uAC00"], // Hangul jamo compose to one syllable under NFC
    ["日本", "日本"],
    ["👍🏽", "👍🏽"],
  ])("%j → %j", (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it("is idempotent and hashes the normalized form", () => {
    expect(normalizeText(TEXT)).toBe(TEXT);
    expect(hashText(TEXT)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashText(normalizeText("x\r\ny"))).toBe(hashText("x\ny"));
  });
});

describe("code points", () => {
  it("counts astral characters once and UTF-16 units twice", () => {
    expect(codePointLength("👍🏽")).toBe(2); // thumbs up + skin tone modifier
    expect("👍🏽".length).toBe(4);
    expect(codePointLength("🇯🇵")).toBe(2);
    expect(codePointLength("日本")).toBe(2);
    expect(codePointLength(TEXT)).toBe(Array.from(TEXT).length);
  });

  it("converts both ways and slices by code points", () => {
    const idx = new OffsetIndex(TEXT);
    const cps = Array.from(TEXT);
    for (let cp = 0; cp <= cps.length; cp++) {
      const u = idx.toUtf16(cp);
      expect(u).toBe(cps.slice(0, cp).join("").length);
      expect(idx.toCodePoint(u)).toBe(cp);
    }
    const start = cps.indexOf("日");
    expect(idx.slice(start, start + 7)).toBe("日本の輸出規制");
    expect(sliceCodePoints(TEXT, 6, 8)).toBe("👍🏽");
  });

  it("refuses UTF-16 positions inside a surrogate pair", () => {
    const idx = new OffsetIndex("a👍b");
    expect(idx.toCodePoint(2)).toBeNull(); // between the two halves of 👍
    expect(idx.floorCodePoint(2)).toBe(1);
    expect(idx.toCodePoint(3)).toBe(2);
  });

  it("keeps line breaks as single code points after normalization", () => {
    const idx = new OffsetIndex(TEXT);
    const lf = Array.from(TEXT).indexOf("\n");
    expect(idx.slice(lf, lf + 1)).toBe("\n");
    expect(TEXT).not.toContain("\r");
  });
});

describe("checkSpanRange", () => {
  const idx = new OffsetIndex(TEXT);
  const cps = Array.from(TEXT);
  const at = (s: number, e: number) => cps.slice(s, e).join("");
  const flag = cps.indexOf("🇯");

  it.each([
    ["the emoji with its modifier", 6, 8],
    ["the flag", flag, flag + 2],
    ["the composed é", cps.indexOf("é"), cps.indexOf("é") + 1],
    ["a span across a line break", 9, 16],
    ["the Korean word at the end", cps.length - 2, cps.length],
  ])("accepts %s", (_, s, e) => {
    expect(checkSpanRange(idx, s, e, at(s, e))).toBeNull();
  });

  it.each([
    ["negative", -1, 3, "offset_negative"],
    ["reversed", 5, 3, "offset_reversed"],
    ["empty", 4, 4, "span_empty"],
    ["past the end", 0, cps.length + 1, "offset_out_of_range"],
    ["fractional", 0.5, 3, "offset_not_integer"],
  ])("refuses %s offsets", (_, s, e, code) => {
    expect(checkSpanRange(idx, s, e, "x")?.code).toBe(code);
  });

  it("refuses text that does not match, e.g. UTF-16 offsets used as code points", () => {
    const utf16Start = TEXT.indexOf("日");
    const problem = checkSpanRange(idx, utf16Start, utf16Start + 2, "日本");
    expect(problem?.code).toBe("text_mismatch");
    expect(problem?.message).toMatch(/expected/);
  });
});

describe("span ordering and overlap", () => {
  it("orders by start, containers before contents", () => {
    const spans = [
      { start: 5, end: 8, label: "quote" },
      { start: 0, end: 20, label: "claim" },
      { start: 5, end: 12, label: "claim" },
    ];
    expect(spans.sort(compareSpans).map((s) => `${s.start}-${s.end}`)).toEqual(["0-20", "5-12", "5-8"]);
  });

  it("treats ranges as half-open", () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 8 })).toBe(false);
    expect(overlaps({ start: 0, end: 6 }, { start: 5, end: 8 })).toBe(true);
  });
});
