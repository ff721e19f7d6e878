import { describe, expect, it } from "vitest";
import { alignLayers, type AlignmentItem } from "@/lib/domain/adjudication/alignment";
import type { Span } from "@/lib/domain/spans/spans";

// Offsets are Unicode code points, half-open [start, end).
let nextId = 0;
function s(label: string, start: number, end: number, attributes: Record<string, unknown> = {}, note = ""): Span {
  nextId++;
  return { id: `span-${nextId}`, label, start, end, text: "", attributes, note, authorId: "", layer: "" };
}

// The flag is two code points, 😠 one, "é" is e + U+0301 (two), "\n" one.
const text = "🇰🇷 called it 報復 😠 Cafe\u0301\n2019";
function at(needle: string): [number, number] {
  const start = Array.from(text.slice(0, text.indexOf(needle))).length;
  return [start, start + Array.from(needle).length];
}

type Layers = Record<string, Span[]>;
const toMap = (layers: Layers) => new Map(Object.entries(layers));

/** Compact view of an item: kind, range and "label[start,end)<-annotators" per version. */
function summarize(item: AlignmentItem): string {
  const versions = item.versions.map((v) => `${v.span.label}[${v.span.start},${v.span.end})<-${v.annotatorIds.join("+")}`);
  const missing = item.missing.length ? ` missing ${item.missing.join("+")}` : "";
  return `${item.kind} [${item.start},${item.end}) ${versions.join(" | ")}${missing}`;
}

describe("alignLayers", () => {
  it.each<{ name: string; layers: Layers; expected: string[] }>([
    {
      name: "agreed: same label, range and attributes (key order and notes don't matter)",
      layers: {
        a: [s("claim", 0, 5, { holder: "Seoul", stance: "asserts" }, "my note")],
        b: [s("claim", 0, 5, { stance: "asserts", holder: "Seoul" })],
      },
      expected: ["agreed [0,5) claim[0,5)<-a+b"],
    },
    {
      name: "attribute_mismatch: same label and range, attributes differ",
      layers: { a: [s("claim", 0, 5, { stance: "asserts" })], b: [s("claim", 0, 5, { stance: "denies" })] },
      expected: ["attribute_mismatch [0,5) claim[0,5)<-a | claim[0,5)<-b"],
    },
    {
      name: "label_mismatch: same range, different labels",
      layers: { a: [s("claim", 3, 9)], b: [s("quote", 3, 9)], c: [s("claim", 3, 9)] },
      expected: ["label_mismatch [3,9) claim[3,9)<-a+c | quote[3,9)<-b"],
    },
    {
      name: "label_mismatch never pairs two spans of one annotator",
      layers: { a: [s("claim", 0, 5), s("quote", 0, 5)], b: [s("claim", 0, 5)] },
      expected: ["agreed [0,5) claim[0,5)<-a+b", "partial [0,5) quote[0,5)<-a missing b"],
    },
    {
      name: "boundary_mismatch: same label, overlapping ranges",
      layers: { a: [s("claim", 0, 10)], b: [s("claim", 2, 10)], c: [s("claim", 0, 10)] },
      expected: ["boundary_mismatch [0,10) claim[0,10)<-a+c | claim[2,10)<-b"],
    },
    {
      name: "partial: an annotator with an empty layer is missing",
      layers: { a: [s("date", 4, 8)], b: [] },
      expected: ["partial [4,8) date[4,8)<-a missing b"],
    },
    {
      name: "partial outranks other disagreements",
      layers: { a: [s("claim", 0, 10)], b: [s("claim", 1, 10)], c: [] },
      expected: ["partial [0,10) claim[0,10)<-a | claim[1,10)<-b missing c"],
    },
    {
      name: "a different label with a different range is not a counterpart",
      layers: { a: [s("claim", 0, 10)], b: [s("quote", 0, 9)] },
      expected: ["partial [0,10) claim[0,10)<-a missing b", "partial [0,9) quote[0,9)<-b missing a"],
    },
    {
      name: "nested spans of one label stay separate when both annotators have both",
      layers: { a: [s("claim", 0, 50), s("claim", 10, 20)], b: [s("claim", 10, 21), s("claim", 0, 48)] },
      expected: ["boundary_mismatch [0,50) claim[0,50)<-a | claim[0,48)<-b", "boundary_mismatch [10,21) claim[10,21)<-b | claim[10,20)<-a"],
    },
    {
      name: "exact nested matches pair first",
      layers: { a: [s("claim", 0, 50), s("claim", 10, 20)], b: [s("claim", 10, 20), s("claim", 0, 50)] },
      expected: ["agreed [0,50) claim[0,50)<-a+b", "agreed [10,20) claim[10,20)<-a+b"],
    },
    {
      name: "the inner span found by one annotator only is partial, not merged into the outer",
      layers: { a: [s("claim", 0, 50), s("claim", 10, 20)], b: [s("claim", 0, 50)] },
      expected: ["agreed [0,50) claim[0,50)<-a+b", "partial [10,20) claim[10,20)<-a missing b"],
    },
    {
      name: "a claim containing a quote and a date: labels cluster separately",
      layers: {
        a: [s("claim", 0, 40), s("quote", 5, 30), s("date", 32, 40)],
        b: [s("claim", 0, 40), s("quote", 5, 31), s("date", 32, 40)],
      },
      expected: [
        "agreed [0,40) claim[0,40)<-a+b",
        "boundary_mismatch [5,31) quote[5,31)<-b | quote[5,30)<-a",
        "agreed [32,40) date[32,40)<-a+b",
      ],
    },
    {
      name: "best overlap wins when one span overlaps two candidates",
      layers: { a: [s("claim", 0, 10), s("claim", 12, 30)], b: [s("claim", 8, 28)] },
      expected: ["partial [0,10) claim[0,10)<-a missing b", "boundary_mismatch [8,30) claim[8,28)<-b | claim[12,30)<-a"],
    },
    {
      name: "astral characters, combining marks, CJK and line breaks: offsets in code points",
      layers: {
        a: [s("claim", ...at("called it 報復 😠")), s("quote", ...at("🇰🇷"))],
        b: [s("claim", ...at("called it 報復 ")), s("quote", ...at("🇰🇷"))],
        c: [s("claim", ...at("called it 報復 😠")), s("quote", ...at("🇰🇷")), s("date", ...at("Cafe\u0301\n2019"))],
      },
      expected: [
        "agreed [0,2) quote[0,2)<-a+b+c",
        "boundary_mismatch [3,17) claim[3,17)<-a+c | claim[3,16)<-b",
        "partial [18,28) date[18,28)<-c missing a+b",
      ],
    },
  ])("$name", ({ layers, expected }) => {
    expect(alignLayers(toMap(layers)).map(summarize)).toEqual(expected);
  });

  it("keys depend on versions only: not on span ids, notes, span order or annotator order", () => {
    const build = () => ({
      a: [s("claim", 0, 50, { holder: "Seoul" }), s("claim", 10, 20), s("quote", 60, 70)],
      b: [s("claim", 0, 48, { holder: "Seoul" }), s("claim", 10, 20), s("quote", 60, 70, {}, "x")],
      c: [s("claim", 0, 50, { holder: "Tokyo" })],
    });
    const first = alignLayers(toMap(build()));
    const shuffled = build();
    const reversed = new Map(
      Object.entries(shuffled)
        .reverse()
        .map(([k, v]) => [k, [...v].reverse()]),
    );
    const second = alignLayers(reversed);
    expect(second.map((i) => i.key)).toEqual(first.map((i) => i.key));
    expect(second.map(summarize)).toEqual(first.map(summarize));
    expect(new Set(first.map((i) => i.key)).size).toBe(first.length);
  });

  it("keeps keys unique when items propose identical versions", () => {
    const items = alignLayers(toMap({ a: [s("claim", 0, 5), s("claim", 0, 5)], b: [s("claim", 0, 5)] }));
    expect(items.map((i) => i.kind)).toEqual(["agreed", "partial"]);
    expect(items[1].key).toBe(`${items[0].key}~2`);
  });

  it("puts every span in exactly one item, with at most one span per annotator", () => {
    const random = lcg(42);
    const labels = ["claim", "quote", "date"];
    const layers = new Map<string, Span[]>();
    for (const who of ["a", "b", "c", "d"]) {
      layers.set(
        who,
        Array.from({ length: 40 }, () => {
          const start = Math.floor(random() * 200);
          return s(labels[Math.floor(random() * 3)], start, start + 1 + Math.floor(random() * 30));
        }),
      );
    }
    const items = alignLayers(layers);
    const seen = items.flatMap((i) => i.versions.flatMap((v) => v.annotatorIds));
    expect(seen.length).toBe(160);
    for (const item of items) {
      const ids = item.versions.flatMap((v) => v.annotatorIds);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids, ...item.missing].sort()).toEqual(["a", "b", "c", "d"]);
    }
    for (let i = 1; i < items.length; i++) {
      expect(items[i - 1].start < items[i].start || (items[i - 1].start === items[i].start && items[i - 1].end >= items[i].end)).toBe(true);
    }
  });
});

function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}

describe("alignLayers and proposition links", () => {
  const linked = (links: { propositionId: string; stance: string }[]) => ({ ...s("claim", ...at("報復 😠")), links });
  it("claims linked differently are their own kind of disagreement, with one version per set of links", () => {
    const items = alignLayers(
      toMap({ a: [linked([{ propositionId: "p1", stance: "supports" }])], b: [linked([{ propositionId: "p1", stance: "refutes" }])] }),
    );
    const [start, end] = at("報復 😠");
    expect(items.map(summarize)).toEqual([`link_mismatch [${start},${end}) claim[${start},${end})<-b | claim[${start},${end})<-a`]);
  });

  it("the same links in any order agree, and a claim without links keeps its old item key", () => {
    const two = [
      { propositionId: "p1", stance: "supports" },
      { propositionId: "p2", stance: "reports" },
    ];
    const agreed = alignLayers(toMap({ a: [linked(two)], b: [linked([...two].reverse())] }));
    expect(agreed.map((i) => i.kind)).toEqual(["agreed"]);
    const plain = alignLayers(toMap({ a: [s("claim", ...at("報復 😠"))] }));
    const emptyLinks = alignLayers(toMap({ a: [linked([])] }));
    expect(emptyLinks[0].key).toBe(plain[0].key);
    expect(agreed[0].key).not.toBe(plain[0].key);
  });
});
