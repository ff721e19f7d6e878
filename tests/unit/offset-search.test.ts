import { describe, expect, it } from "vitest";
import { countCodePoints, lastAtOrBefore, lowerBound, OffsetIndex, upperBound } from "@/lib/domain/text/offsets";
import { normalizeText } from "@/lib/domain/text/text";
import { paragraphAt, paragraphAtUtf16, splitParagraphs } from "@/lib/client/paragraphs";

// Every hard case: astral emoji with a skin-tone modifier, a flag, a combining mark that NFC
// cannot compose ("q\u0301" stays two code points), a composed é, CJK, Korean, line breaks
// (CRLF and CR become LF), an empty line and an emoji right before a line break.
const TEXT = normalizeText("Tokyo 👍🏽 said\r\nq\u0301 café 🇯🇵\r\r日本の輸出規制 😀\nend 한국");

/** The reference: code points as JavaScript's string iterator sees them. */
const cps = Array.from(TEXT);

describe("countCodePoints", () => {
  it("counts what Array.from counts, for every UTF-16 prefix (a cut pair counts once)", () => {
    for (let u = 0; u <= TEXT.length; u++) {
      expect(countCodePoints(TEXT, u), `prefix ${u}`).toBe(Array.from(TEXT.slice(0, u)).length);
    }
    expect(countCodePoints(TEXT)).toBe(cps.length);
  });

  it("clamps the end to the text", () => {
    expect(countCodePoints("a😀", 99)).toBe(2);
    expect(countCodePoints("a😀", -1)).toBe(0);
    expect(countCodePoints("q\u0301")).toBe(2);
    expect(countCodePoints("")).toBe(0);
  });
});

describe("OffsetIndex.sliceClamped", () => {
  const index = new OffsetIndex(TEXT);

  it("equals slice inside the text", () => {
    for (let s = 0; s <= cps.length; s += 3) {
      for (let e = s; e <= cps.length; e += 5) expect(index.sliceClamped(s, e)).toBe(cps.slice(s, e).join(""));
    }
    const flag = cps.indexOf("🇯");
    expect(index.sliceClamped(flag, flag + 2)).toBe("🇯🇵");
    const nl = cps.indexOf("\n");
    expect(index.sliceClamped(nl, nl + 1)).toBe("\n");
  });

  it("clamps past the ends and gives '' for empty, reversed or NaN ranges instead of throwing", () => {
    expect(index.sliceClamped(cps.length - 2, cps.length + 10)).toBe("한국");
    expect(index.sliceClamped(-5, 5)).toBe("Tokyo");
    expect(index.sliceClamped(4, 4)).toBe("");
    expect(index.sliceClamped(8, 3)).toBe("");
    expect(index.sliceClamped(Number.NaN, 2)).toBe("To");
    expect(index.sliceClamped(6.9, 8.2)).toBe("👍🏽");
  });
});

describe("lowerBound, upperBound, lastAtOrBefore", () => {
  const linearLower = (xs: number[], v: number) => {
    const i = xs.findIndex((x) => x >= v);
    return i === -1 ? xs.length : i;
  };
  const linearUpper = (xs: number[], v: number) => {
    const i = xs.findIndex((x) => x > v);
    return i === -1 ? xs.length : i;
  };

  it.each([
    ["empty", []],
    ["one", [4]],
    ["with duplicates", [0, 2, 2, 2, 5, 9, 9]],
    ["dense", [0, 1, 2, 3, 4, 5, 6, 7]],
  ])("agree with a linear scan (%s)", (_, xs: number[]) => {
    for (let v = -2; v <= 11; v++) {
      expect(lowerBound(xs, v), `lower ${v}`).toBe(linearLower(xs, v));
      expect(upperBound(xs, v), `upper ${v}`).toBe(linearUpper(xs, v));
      expect(lastAtOrBefore(xs, v), `last ${v}`).toBe(Math.max(0, linearUpper(xs, v) - 1));
    }
  });

  it("read the key through the accessor and search typed arrays", () => {
    const runs = [{ at: 0 }, { at: 3 }, { at: 3 }, { at: 10 }];
    expect(lowerBound(runs, 3, (r) => r.at)).toBe(1);
    expect(upperBound(runs, 3, (r) => r.at)).toBe(3);
    expect(lastAtOrBefore(runs, 9, (r) => r.at)).toBe(2);
    const index = new OffsetIndex(TEXT);
    // utf16At is the index's sorted table of code-point starts: searching it inverts toUtf16.
    for (let cp = 0; cp <= index.length; cp++) expect(lastAtOrBefore(index.utf16At, index.toUtf16(cp))).toBe(cp);
  });
});

describe("paragraphs through the offsets module", () => {
  const paragraphs = splitParagraphs(TEXT);

  it("give each line its code-point and UTF-16 range, as the string iterator counts", () => {
    const lines = TEXT.split("\n");
    expect(paragraphs.map((p) => p.text)).toEqual(lines);
    for (const p of paragraphs) {
      expect(cps.slice(p.start, p.end).join("")).toBe(p.text);
      expect(TEXT.slice(p.u16Start, p.u16End)).toBe(p.text);
    }
    expect(paragraphs[paragraphs.length - 1].end).toBe(cps.length);
  });

  it("reuse an index the caller already built", () => {
    expect(splitParagraphs(TEXT, new OffsetIndex(TEXT))).toEqual(paragraphs);
  });

  it("find the paragraph of every code point and UTF-16 index", () => {
    for (let cp = 0; cp <= cps.length; cp++) {
      // the line breaks before cp; a "\n" itself belongs to the paragraph it ends
      const breaksBefore = cps.slice(0, cp).filter((c) => c === "\n").length;
      expect(paragraphAt(paragraphs, cp), `cp ${cp}`).toBe(breaksBefore);
    }
    for (let u = 0; u <= TEXT.length; u++) {
      expect(paragraphAtUtf16(paragraphs, u), `u16 ${u}`).toBe(TEXT.slice(0, u).split("\n").length - 1);
    }
  });
});
