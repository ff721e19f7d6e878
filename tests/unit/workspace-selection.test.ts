import { describe, expect, it } from "vitest";
import { OffsetIndex } from "@/lib/domain/text/offsets";
import { domPointToUtf16, selectionToCodePoints, type NodeLike } from "@/lib/client/selection-offsets";
import { graphemeCeil, graphemeFloor, snapRange, stepBoundary } from "@/lib/client/text-boundaries";

/** Where `needle` starts and ends (UTF-16) inside `hay`, to write selections readably. */
function at(hay: string, needle: string, from = 0): [number, number] {
  const i = hay.indexOf(needle, from);
  if (i < 0) throw new Error(`${needle} not in text`);
  return [i, i + needle.length];
}

describe("snapRange", () => {
  const text = 'Seoul called it "an apparent retaliatory step" on Thursday.\nNext line';
  it.each([
    ["mid-word start and end widen to whole words", 'alled it "an appar', 'called it "an apparent'],
    ["surrounding spaces are trimmed", " apparent ", "apparent"],
    ["punctuation that was selected stays", '"an', '"an'],
    ["a selection ending at a line break stops before it", "Thursday.\n", "Thursday."],
  ])("%s", (_name, selected, expected) => {
    const [a, b] = at(text, selected);
    const r = snapRange(text, a, b, "word")!;
    expect(text.slice(r[0], r[1])).toBe(expected);
  });

  it("exact mode keeps partial words but never splits a grapheme", () => {
    const [a, b] = at(text, "alled it");
    expect(snapRange(text, a, b, "exact")).toEqual([a, b]);
  });

  it("whitespace only selects nothing", () => {
    const [a, b] = at(text, "\n");
    expect(snapRange(text, a, b, "word")).toBeNull();
  });

  it.each([
    ["skin-tone emoji", "ok 👍🏽 yes", "👍🏽", 1, 3],
    ["flag", "go 🇯🇵 now", "🇯🇵", 2, 3],
    ["combining mark", "cafe\u0301 au", "e\u0301", 1, 1],
    ["ZWJ family", "a 👩‍💻 b", "👩‍💻", 2, 2],
  ])("never splits a %s (exact mode)", (_name, t, cluster, cutStart, cutEnd) => {
    const [a, b] = at(t, cluster);
    // Select from inside the cluster to inside the cluster.
    const r = snapRange(t, a + cutStart, b - cutEnd, "exact")!;
    expect(t.slice(r[0], r[1])).toContain(cluster);
    expect(graphemeFloor(t, a + 1)).toBe(a);
    expect(graphemeCeil(t, a + 1)).toBe(b);
  });

  it("finds a word longer than the segmenting window", () => {
    const long = "x".repeat(300);
    const t = `before ${long} after`;
    const r = snapRange(t, 150, 160, "word")!;
    expect(t.slice(r[0], r[1])).toBe(long);
  });

  it("snaps CJK text to dictionary words", () => {
    const t = "日本政府は輸出規制を強化した。";
    const [a] = at(t, "出");
    const [, b] = at(t, "規");
    const r = snapRange(t, a, b, "word")!;
    expect(t.slice(r[0], r[1])).toBe("輸出規制");
  });
});

describe("selectionToCodePoints", () => {
  it("converts snapped UTF-16 offsets to code points with the exact text", () => {
    const text = "👍🏽 Japan 🇯🇵 said\nq\u0301uick";
    const index = new OffsetIndex(text);
    const [a, b] = at(text, "pan 🇯");
    expect(selectionToCodePoints(index, a, b, "word")).toEqual({ start: 3, end: 11, text: "Japan 🇯🇵" });
    const [c, d] = at(text, "\u0301ui");
    expect(selectionToCodePoints(index, c, d, "word")).toEqual({ start: 17, end: 23, text: "q\u0301uick" });
    // The code-point range really is that text (what the server checks).
    expect(index.slice(17, 23)).toBe("q\u0301uick");
  });
});

describe("stepBoundary", () => {
  const text = "one, “two” three\nfour";
  it.each([
    ["start moves left onto punctuation", 6, -1, "start", "word", 5],
    ["start moves right to the next word", 0, 1, "start", "word", 3],
    ["end moves right to a word end", 3, 1, "end", "word", 4],
    ["end crosses a line break", 16, 1, "end", "word", 21],
    ["grapheme step", 5, 1, "start", "grapheme", 6],
  ] as const)("%s", (_name, from, dir, kind, step, expected) => {
    expect(stepBoundary(text, from, dir, kind, step)).toBe(expected);
  });

  it("never stops inside an astral character", () => {
    const t = "a 👍🏽 b";
    expect(stepBoundary(t, 2, 1, "end", "grapheme")).toBe(6);
    expect(stepBoundary(t, 6, -1, "start", "grapheme")).toBe(2);
  });
});

describe("domPointToUtf16", () => {
  // Minimal stand-ins for the reader's markup: <p data-po><span data-o>text</span><mark …><mark data-o>…
  function el(attrs: Record<string, string>, children: NodeLike[]): NodeLike {
    const node = {
      nodeType: 1,
      parentNode: null as NodeLike | null,
      childNodes: children,
      get textContent() {
        return children.map((c) => c.textContent).join("");
      },
      getAttribute: (n: string) => attrs[n] ?? null,
    };
    children.forEach((c) => (c.parentNode = node));
    return node;
  }
  function txt(s: string): NodeLike {
    return { nodeType: 3, parentNode: null, childNodes: [], textContent: s };
  }
  const t1 = txt("Hello ");
  const t2 = txt("wo👍🏽");
  const t3 = txt("rld");
  const inner = el({ "data-o": "106", "data-k": "a" }, [t2]);
  const outer = el({ "data-k": "b" }, [inner]);
  const leaf1 = el({ "data-o": "100" }, [t1]);
  const leaf3 = el({ "data-o": "112" }, [t3]);
  const para = el({ "data-po": "100", "data-pi": "3" }, [leaf1, outer, leaf3]);

  it.each([
    ["text node offset", t1, 2, 102],
    ["text inside nested marks", t2, 3, 109],
    ["element point before a child", para, 1, 106],
    ["element point after the last child", para, 3, 115],
    ["leaf element, end", leaf3, 1, 115],
    ["wrapper mark, start", outer, 0, 106],
  ])("%s", (_name, node, offset, expected) => {
    expect(domPointToUtf16(node, offset)).toBe(expected);
  });

  it("ignores text outside the reader's leaves", () => {
    const stray = txt("x");
    el({ "data-po": "0" }, [stray]);
    expect(domPointToUtf16(stray, 0)).toBeNull();
  });
});
