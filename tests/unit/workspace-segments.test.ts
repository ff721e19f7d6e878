import { describe, expect, it } from "vitest";
import { splitParagraphs, paragraphAt, paragraphRange } from "@/lib/client/paragraphs";
import { layoutParagraph } from "@/lib/client/segments";
import { bucketSpans, keepUnchangedBuckets, NO_SPANS, updateBuckets } from "@/lib/client/paragraph-buckets";
import type { ClientSpan } from "@/lib/client/span-types";

function span(key: string, start: number, end: number, label = "claim"): ClientSpan {
  return { key, label, start, end, text: "", attributes: {}, note: "" };
}

/** Segments as "text[keys outermost first]" for readable expectations. */
function show(text: string, spans: ClientSpan[]): string[] {
  const [para] = splitParagraphs(text);
  return layoutParagraph(para, spans).segments.map(
    (s) => `${text.slice(s.u16Start, s.u16End)}[${s.covering.map((c) => `${c.span.key}${c.track}`).join(",")}]`,
  );
}

describe("splitParagraphs", () => {
  it("splits at \\n with code-point and UTF-16 ranges, keeping empty lines", () => {
    const ps = splitParagraphs("a👍🏽b\n\n日本");
    expect(ps.map((p) => [p.start, p.end, p.u16Start, p.u16End, p.text])).toEqual([
      [0, 4, 0, 6, "a👍🏽b"],
      [5, 5, 7, 7, ""],
      [6, 8, 8, 10, "日本"],
    ]);
  });

  it("finds the paragraph of a code point and the paragraphs a span touches (half-open)", () => {
    const ps = splitParagraphs("ab\ncd\nef");
    expect(paragraphAt(ps, 0)).toBe(0);
    expect(paragraphAt(ps, 2)).toBe(0); // the "\n" belongs to the line it ends
    expect(paragraphAt(ps, 3)).toBe(1);
    expect(paragraphRange(ps, 1, 3)).toEqual([0, 0]); // ends at paragraph 1's start: does not touch it
    expect(paragraphRange(ps, 1, 7)).toEqual([0, 2]);
  });
});

describe("layoutParagraph (boundary sweep)", () => {
  const text = "Japan said the curbs were not retaliation";
  it.each([
    ["no spans: one plain segment", [], ["Japan said the curbs were not retaliation[]"]],
    [
      "nested: a quote inside a claim, the contained one nearer the text",
      [span("c", 0, 41), span("q", 11, 20, "quote")],
      ["Japan said [c1]", "the curbs[c1,q0]", " were not retaliation[c1]"],
    ],
    ["crossing overlap", [span("a", 0, 10), span("b", 6, 20)], ["Japan [a0]", "said[b1,a0]", " the curbs[b1]", " were not retaliation[]"]],
    [
      "same range, two labels, each its own track",
      [span("a", 0, 5), span("b", 0, 5, "quote")],
      ["Japan[b1,a0]", " said the curbs were not retaliation[]"],
    ],
    [
      "disjoint spans share track 0",
      [span("a", 0, 5), span("b", 11, 20)],
      ["Japan[a0]", " said [a0]".replace("[a0]", "[]"), "the curbs[b0]", " were not retaliation[]"],
    ],
  ] as const)("%s", (_name, spans, expected) => {
    expect(show(text, [...spans])).toEqual(expected);
  });

  it("clips spans to the paragraph and maps astral characters to UTF-16", () => {
    const doc = "x\n👍🏽 ok 🇯🇵\ny";
    const ps = splitParagraphs(doc);
    const layout = layoutParagraph(ps[1], [span("a", 0, 5), span("b", 5, 10)]);
    const pieces = layout.segments.map((s) => doc.slice(s.u16Start, s.u16End));
    expect(pieces).toEqual(["👍🏽 ", "ok 🇯🇵"]);
    expect(layout.segments.map((s) => s.covering.map((c) => c.span.key).join())).toEqual(["a", "b"]);
    expect(layout.depth).toBe(1);
  });

  it("handles many overlapping spans with every covering set right", () => {
    const doc = "w ".repeat(400);
    const spans = Array.from({ length: 300 }, (_, i) => span(`s${i}`, (i * 7) % 700, ((i * 7) % 700) + 5 + (i % 40)));
    const [para] = splitParagraphs(doc);
    const { segments, depth } = layoutParagraph(para, spans);
    for (const seg of segments) {
      const expected = spans
        .filter((s) => s.start <= seg.start && s.end >= seg.end)
        .map((s) => s.key)
        .sort();
      expect(seg.covering.map((c) => c.span.key).sort()).toEqual(expected);
      const tracks = seg.covering.map((c) => c.track);
      expect(new Set(tracks).size).toBe(tracks.length); // overlapping spans never share a track
      expect(tracks).toEqual([...tracks].sort((a, b) => b - a));
    }
    expect(depth).toBeGreaterThan(1);
  });
});

describe("layoutParagraph with suggestions", () => {
  const sg = (id: string, start: number, end: number, label = "date") => ({ id, label, start, end });
  /** Segments as "text[span keys|suggestion ids]". */
  function showWith(doc: string, pi: number, spans: ClientSpan[], marks: ReturnType<typeof sg>[]): string[] {
    const para = splitParagraphs(doc)[pi];
    return layoutParagraph(para, spans, marks).segments.map(
      (s) =>
        `${doc.slice(s.u16Start, s.u16End)}[${s.covering.map((c) => c.span.key).join(",")}|${s.suggestions.map((m) => m.id).join(",")}]`,
    );
  }

  it("cuts the paragraph at suggestion boundaries, with no span at all", () => {
    expect(showWith("on 1 July 2019 Japan", 0, [], [sg("d", 3, 14)])).toEqual(["on [|]", "1 July 2019[|d]", " Japan[|]"]);
  });

  it("suggestions and spans cut each other; suggestions take no underline track", () => {
    const doc = "Japan said the curbs were not retaliation";
    const [para] = splitParagraphs(doc);
    const layout = layoutParagraph(para, [span("c", 0, 20)], [sg("q", 11, 30, "quote")]);
    expect(layout.depth).toBe(1);
    expect(
      layout.segments.map(
        (s) => `${doc.slice(s.u16Start, s.u16End)}[${s.covering.map((c) => c.span.key)}|${s.suggestions.map((m) => m.id)}]`,
      ),
    ).toEqual(["Japan said [c|]", "the curbs[c|q]", " were not [|q]", "retaliation[|]"]);
  });

  it("clips a suggestion to its paragraph, over emoji, combining marks, CJK and line breaks", () => {
    // code points: a, 👍, 🏽, q, U+0301 (0–4; NFC keeps q́ as two); "\n" 5; 日本が 6–8; "\n" 9; z 10
    const doc = "a👍🏽q\u0301\n日本が\nz";
    expect(showWith(doc, 0, [], [sg("x", 1, 8)])).toEqual(["a[|]", "👍🏽q\u0301[|x]"]);
    expect(showWith(doc, 1, [span("k", 7, 9)], [sg("x", 1, 8)])).toEqual(["日[|x]", "本[k|x]", "が[k|]"]);
    expect(showWith(doc, 2, [], [sg("x", 1, 8)])).toEqual(["z[|]"]); // does not touch it
  });

  it("lists every suggestion covering a segment when they overlap", () => {
    expect(showWith("abcdef", 0, [], [sg("a", 0, 4), sg("b", 2, 6)])).toEqual(["ab[|a]", "cd[|a,b]", "ef[|b]"]);
  });
});

describe("keepUnchangedBuckets", () => {
  it("gives back a paragraph's previous array when it holds the same items", () => {
    const ps = splitParagraphs("aaa\nbbb\nccc");
    const x = { id: "x", label: "date", start: 0, end: 2 };
    const y = { id: "y", label: "date", start: 4, end: 6 };
    const first = bucketSpans(ps, [x, y]);
    const second = keepUnchangedBuckets(first, bucketSpans(ps, [x]));
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toEqual([]);
    expect(second[2]).toBe(first[2]);
    expect(keepUnchangedBuckets(null, first)).toBe(first);
    expect(keepUnchangedBuckets(first, bucketSpans(ps, [x, y]))).toBe(first); // nothing changed: the same buckets
    // New objects for the same suggestions (a poll) keep the arrays when compared by value.
    const same = (a: typeof x, b: typeof x) => a.id === b.id && a.start === b.start && a.end === b.end;
    expect(keepUnchangedBuckets(first, bucketSpans(ps, [{ ...x }, { ...y }]), same)).toBe(first);
    expect(keepUnchangedBuckets(first, bucketSpans(ps, [{ ...x }, { ...y }]))).not.toBe(first);
  });
});

describe("bucketSpans / updateBuckets", () => {
  const ps = splitParagraphs("aaa\nbbb\nccc");
  const byKey = (spans: ClientSpan[]) => new Map(spans.map((s) => [s.key, s]));

  it("gives each paragraph the spans touching it", () => {
    const first = bucketSpans(ps, [span("a", 0, 2), span("b", 2, 6)]);
    expect(first.map((x) => x.map((s) => s.key))).toEqual([["a", "b"], ["b"], []]);
    expect(first[2]).toBe(NO_SPANS);
  });

  it("after an edit, only the touched paragraphs get new arrays", () => {
    const a = span("a", 0, 2);
    const b = span("b", 2, 6);
    const m1 = byKey([a, b]);
    const first = bucketSpans(ps, m1.values());
    const c = span("c", 9, 10);
    const m2 = byKey([a, b, c]);
    const second = updateBuckets(ps, first, m1, m2);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2].map((s) => s.key)).toEqual(["c"]);
    const retagged = { ...a, label: "quote" };
    const m3 = byKey([retagged, b, c]);
    const third = updateBuckets(ps, second, m2, m3);
    expect(third[0]).not.toBe(second[0]);
    expect(third[0]).toContain(retagged);
    expect(third[1]).toBe(second[1]);
    const m4 = byKey([retagged, c]); // b deleted
    const fourth = updateBuckets(ps, third, m3, m4);
    expect(fourth.map((x) => x.map((s) => s.key))).toEqual([["a"], [], ["c"]]);
    expect(fourth[1]).toBe(NO_SPANS);
    const moved = { ...c, start: 4, end: 10 }; // now crosses paragraphs 1 and 2
    const fifth = updateBuckets(ps, fourth, m4, byKey([retagged, moved]));
    expect(fifth.map((x) => x.map((s) => s.key))).toEqual([["a"], ["c"], ["c"]]);
    expect(updateBuckets(ps, fifth, m4, m4)).toBe(fifth);
  });

  it("matches a full rebuild after random edits", () => {
    const doc = Array.from({ length: 30 }, (_, i) => "word ".repeat(1 + (i % 7))).join("\n");
    const paras = splitParagraphs(doc);
    const n = Array.from(doc).length;
    let map = new Map<string, ClientSpan>();
    let buckets = bucketSpans(paras, map.values());
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let step = 0; step < 300; step++) {
      const next = new Map(map);
      const key = `k${Math.floor(rnd() * 40)}`;
      if (next.has(key) && rnd() < 0.4) next.delete(key);
      else {
        const start = Math.floor(rnd() * (n - 1));
        next.set(key, span(key, start, Math.min(n, start + 1 + Math.floor(rnd() * 60))));
      }
      buckets = updateBuckets(paras, buckets, map, next);
      map = next;
      const full = bucketSpans(paras, map.values());
      expect(buckets.map((x) => x.map((s) => s.key).sort())).toEqual(full.map((x) => x.map((s) => s.key).sort()));
    }
  });
});
