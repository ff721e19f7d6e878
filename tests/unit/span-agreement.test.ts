import { describe, expect, it } from "vitest";
import { cohenKappa, krippendorffAlpha } from "@/lib/domain/agreement/agreement";
import { buildPairMatrix } from "@/lib/domain/agreement/agreement-matrix";
import { AgreementAccumulator } from "@/lib/domain/agreement/span-agreement";
import { matchSpans, scoreCounts, type LabelledRange } from "@/lib/domain/agreement/span-matching";
import { seededRandom } from "../support/seeded-random";

// Offsets everywhere are Unicode code points, half-open [start, end).
const text =
  'Seoul 🇰🇷 called it "an apparent retaliatory step" 😠\n日本は「報復措置ではない」と述べた。\nCafe\u0301 n\u0303 2019-07-01 👩‍👩‍👧 end';
const chars = Array.from(text);

/** Code-point span of the `nth` occurrence of `needle` in `text`. */
function span(label: string, needle: string, nth = 0): LabelledRange {
  let from = 0;
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, from);
    from = at + 1;
  }
  if (at < 0) throw new Error(`${needle} not in text`);
  const start = Array.from(text.slice(0, at)).length;
  return { label, start, end: start + Array.from(needle).length };
}

const r = (label: string, start: number, end: number): LabelledRange => ({ label, start, end });

describe("matchSpans", () => {
  it.each([
    {
      name: "exact needs label, start and end",
      ref: [r("claim", 0, 10), r("quote", 2, 5)],
      cand: [r("claim", 0, 10), r("quote", 2, 6)],
      exact: { tp: 1, fp: 1, fn: 1 },
      overlap: { tp: 2, fp: 0, fn: 0 },
    },
    {
      name: "a different label never matches",
      ref: [r("claim", 0, 10)],
      cand: [r("quote", 0, 10)],
      exact: { tp: 0, fp: 1, fn: 1 },
      overlap: { tp: 0, fp: 1, fn: 1 },
    },
    {
      name: "nested spans pair one-to-one",
      ref: [r("claim", 0, 20), r("claim", 5, 10)],
      cand: [r("claim", 0, 19), r("claim", 5, 11)],
      exact: { tp: 0, fp: 2, fn: 2 },
      overlap: { tp: 2, fp: 0, fn: 0 },
    },
    {
      name: "one span across two neighbours is credited once",
      ref: [r("claim", 0, 5), r("claim", 5, 10)],
      cand: [r("claim", 3, 8)],
      exact: { tp: 0, fp: 1, fn: 2 },
      overlap: { tp: 1, fp: 0, fn: 1 },
    },
    {
      name: "the largest overlap wins over input order",
      ref: [r("claim", 0, 4), r("claim", 2, 12)],
      cand: [r("claim", 3, 12)],
      exact: { tp: 0, fp: 1, fn: 2 },
      overlap: { tp: 1, fp: 0, fn: 1 },
    },
    {
      name: "touching ranges do not overlap",
      ref: [r("date", 0, 5)],
      cand: [r("date", 5, 9)],
      exact: { tp: 0, fp: 1, fn: 1 },
      overlap: { tp: 0, fp: 1, fn: 1 },
    },
    {
      name: "duplicates match as often as they occur",
      ref: [r("quote", 1, 3), r("quote", 1, 3)],
      cand: [r("quote", 1, 3)],
      exact: { tp: 1, fp: 0, fn: 1 },
      overlap: { tp: 1, fp: 0, fn: 1 },
    },
  ])("$name", ({ ref, cand, exact, overlap }) => {
    expect(matchSpans(ref, cand, "exact").overall).toEqual(exact);
    expect(matchSpans(ref, cand, "overlap").overall).toEqual(overlap);
    expect(matchSpans([...ref].reverse(), [...cand].reverse(), "overlap").overall).toEqual(overlap);
  });

  it("splits counts per label", () => {
    const result = matchSpans([r("claim", 0, 9), r("date", 3, 4)], [r("claim", 1, 9), r("measure", 5, 6)], "overlap");
    expect(result.byLabel).toEqual({
      claim: { tp: 1, fp: 0, fn: 0 },
      date: { tp: 0, fp: 0, fn: 1 },
      measure: { tp: 0, fp: 1, fn: 0 },
    });
  });

  it("scores counts, with null instead of NaN", () => {
    expect(scoreCounts({ tp: 2, fp: 1, fn: 3 })).toEqual({ tp: 2, fp: 1, fn: 3, precision: 2 / 3, recall: 0.4, f1: 0.5 });
    expect(scoreCounts({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: null, recall: null, f1: null });
    expect(scoreCounts({ tp: 0, fp: 0, fn: 2 })).toMatchObject({ precision: null, recall: 0, f1: 0 });
  });
});

/** Reference implementation: one explicit unit per character, fed to krippendorffAlpha. */
function unitsPerCharacter(length: number, layers: Map<string, LabelledRange[]>, label: string): number[][] {
  return [...layers.values()].map((spans) =>
    Array.from({ length }, (_, i) => (spans.some((s) => s.label === label && s.start <= i && i < s.end) ? 1 : 0)),
  );
}

const layersOfText = new Map<string, LabelledRange[]>([
  [
    "ann-a",
    [
      span("claim", 'called it "an apparent retaliatory step"'),
      span("quote", "an apparent retaliatory step"),
      span("claim", "日本は「報復措置ではない」と述べた"),
      span("date", "2019-07-01"),
      span("quote", "🇰🇷"),
    ],
  ],
  [
    "ann-b",
    [
      span("claim", 'it "an apparent retaliatory step" 😠'),
      span("quote", '"an apparent retaliatory step"'),
      span("claim", "「報復措置ではない」"),
      span("claim", "Cafe\u0301 n\u0303"),
      span("date", "2019-07-01 👩‍👩‍👧"),
    ],
  ],
  [
    "ann-c",
    [
      span("claim", 'called it "an apparent retaliatory step" 😠\n日本は'),
      span("quote", "apparent"),
      span("quote", "retaliatory"),
      span("date", "2019"),
    ],
  ],
]);

describe("AgreementAccumulator", () => {
  it("counts code points, not UTF-16 units: an emoji or a flag is one character per code point", () => {
    expect(span("quote", "🇰🇷")).toEqual({ label: "quote", start: 6, end: 8 });
    expect(span("date", "👩‍👩‍👧").end - span("date", "👩‍👩‍👧").start).toBe(5);
    expect(span("claim", "e\u0301").end - span("claim", "e\u0301").start).toBe(2);
  });

  it("computes per-label span alpha equal to krippendorffAlpha over one unit per character", () => {
    const acc = new AgreementAccumulator();
    acc.addDocument("d1", chars.length, layersOfText);
    const result = acc.result();
    for (const label of ["claim", "quote", "date"]) {
      const expected = krippendorffAlpha(unitsPerCharacter(chars.length, layersOfText, label), "nominal");
      expect(result.byLabel[label].alpha).toBeCloseTo(expected as number, 10);
    }
    const pooled = ["claim", "date", "quote"].map((l) => unitsPerCharacter(chars.length, layersOfText, l));
    const pooledUnits = [0, 1, 2].map((c) => pooled.flatMap((perLabel) => perLabel[c]));
    expect(result.overall.alpha).toBeCloseTo(krippendorffAlpha(pooledUnits, "nominal") as number, 10);
    expect(result.perDocument[0].alpha).toBeCloseTo(result.overall.alpha as number, 10);
  });

  it("sums coincidences across documents before computing alpha", () => {
    const docs = randomDocuments(12, 7);
    const acc = new AgreementAccumulator({ labels: ["claim", "quote", "measure"] });
    for (const d of docs) acc.addDocument(d.id, d.length, d.layers);
    const result = acc.result();
    for (const label of ["claim", "quote", "measure"]) {
      const perDoc = docs.map((d) => unitsPerCharacter(d.length, d.layers, label));
      const joined = [0, 1, 2].map((c) => perDoc.flatMap((units) => units[c]));
      expect(result.byLabel[label].alpha).toBeCloseTo(krippendorffAlpha(joined, "nominal") as number, 9);
    }
  });

  it("gives each pair Cohen's kappa over (character, label) units and summed F1 counts", () => {
    const acc = new AgreementAccumulator();
    acc.addDocument("d1", chars.length, layersOfText);
    const { pairs } = acc.result();
    expect(pairs.map((p) => `${p.first}/${p.second}`)).toEqual(["ann-a/ann-b", "ann-a/ann-c", "ann-b/ann-c"]);
    const labels = ["claim", "date", "quote"];
    const unitsOf = (who: string) =>
      labels.flatMap((l) => unitsPerCharacter(chars.length, new Map([[who, layersOfText.get(who)!]]), l)[0].map(String));
    const ab = pairs[0];
    expect(ab.kappa).toBeCloseTo(cohenKappa(unitsOf("ann-a"), unitsOf("ann-b")) as number, 10);
    const counts = matchSpans(layersOfText.get("ann-a")!, layersOfText.get("ann-b")!, "overlap").overall;
    expect(ab.overlap).toMatchObject(counts);
    expect(ab.documents).toBe(1);
  });

  it("lists documents lowest agreement first, undefined last", () => {
    const acc = new AgreementAccumulator();
    const same = new Map([
      ["a", [r("claim", 0, 4)]],
      ["b", [r("claim", 0, 4)]],
    ]);
    const different = new Map([
      ["a", [r("claim", 0, 4)]],
      ["b", [r("claim", 2, 8)]],
    ]);
    const empty = new Map([
      ["a", []],
      ["b", []],
    ]);
    const single = new Map([["a", [r("claim", 0, 4)]]]);
    acc.addDocument("same", 10, same);
    acc.addDocument("empty", 10, empty);
    acc.addDocument("different", 10, different);
    acc.addDocument("single", 10, single);
    const docs = acc.result().perDocument;
    expect(docs.map((d) => d.docId)).toEqual(["different", "same", "empty", "single"]);
    expect(docs[1]).toMatchObject({ alpha: 1, f1: 1, annotators: 2, spans: 2 });
    expect(docs[2]).toMatchObject({ alpha: null, f1: null });
  });

  it("builds a symmetric pair matrix in the caller's order", () => {
    const acc = new AgreementAccumulator();
    acc.addDocument("d1", chars.length, layersOfText);
    const matrix = buildPairMatrix(acc.result().pairs, ["ann-c", "ann-a", "ann-b", "nobody"]);
    expect(matrix.f1[0][1]).toBe(matrix.f1[1][0]);
    expect(matrix.f1[1][1]).toBeNull();
    expect(matrix.kappa[3][0]).toBeNull();
    expect(matrix.documents[1][2]).toBe(1);
  });

  it("rejects spans outside the document and repeated documents", () => {
    const acc = new AgreementAccumulator();
    expect(() => acc.addDocument("d", 5, new Map([["a", [r("claim", 3, 6)]]]))).toThrow(RangeError);
    acc.addDocument("d2", 5, new Map([["a", [r("claim", 3, 5)]]]));
    expect(() => acc.addDocument("d2", 5, new Map())).toThrow(RangeError);
  });

  // Scale correctness only; speed is measured by `npm run bench:agreement`, never asserted here.
  it("aggregates 10,000 documents × 3 annotators with 200,000 spans", () => {
    const docs = randomDocuments(10_000, 1, 5_000, 200_000 / 30_000);
    expect(docs.reduce((n, d) => n + [...d.layers.values()].reduce((m, s) => m + s.length, 0), 0)).toBeGreaterThan(190_000);
    const acc = new AgreementAccumulator({ labels: ["claim", "quote", "measure", "date"] });
    for (const d of docs) acc.addDocument(d.id, d.length, d.layers);
    const result = acc.result();
    expect(result.documents).toBe(10_000);
    expect(result.overall.alpha).not.toBeNull();
    expect(result.perDocument).toHaveLength(10_000);
  }, 30_000);
});

/** Seeded documents whose annotators copy a shared "truth" with jittered boundaries. */
function randomDocuments(count: number, seed: number, length = 120, spansPerAnnotator = 6) {
  const random = seededRandom(seed);
  const labels = ["claim", "quote", "measure", "date"];
  return Array.from({ length: count }, (_, d) => {
    const truth = Array.from({ length: Math.round(spansPerAnnotator) }, () => {
      const start = Math.floor(random() * (length - 10));
      return r(labels[Math.floor(random() * labels.length)], start, start + 1 + Math.floor(random() * 9));
    });
    const layers = new Map<string, LabelledRange[]>();
    for (const annotator of ["a", "b", "c"]) {
      const spans = truth.map((s) => {
        if (random() < 0.15) return r(labels[Math.floor(random() * labels.length)], s.start, s.end);
        const start = Math.max(0, s.start + Math.floor(random() * 3) - 1);
        return r(s.label, start, Math.max(start + 1, Math.min(length, s.end + Math.floor(random() * 3) - 1)));
      });
      layers.set(annotator, spans);
    }
    return { id: `doc-${d}`, length, layers };
  });
}
