import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateAttributes } from "@/lib/domain/spans/attributes";
import { DemoAnnotationError, resolveDemoAnnotations, type DemoAnnotations, type DemoSpan } from "@/lib/server/demo/demo-annotations";
import { OffsetIndex } from "@/lib/domain/text/offsets";
import { normalizeDateMention } from "@/lib/domain/dates/relative-dates";
import { normalizeText } from "@/lib/domain/text/text";

const DEMO_DIR = path.join(__dirname, "..", "..", "prisma", "demo");
const manifest: { documents: { file: string; published: string | null }[] } = JSON.parse(
  fs.readFileSync(path.join(DEMO_DIR, "corpus", "manifest.json"), "utf8"),
);
const texts = new Map(
  manifest.documents.map((d) => [d.file, normalizeText(fs.readFileSync(path.join(DEMO_DIR, "corpus", d.file), "utf8"))]),
);
const published = new Map(manifest.documents.map((d) => [d.file, d.published]));
const raw: unknown = JSON.parse(fs.readFileSync(path.join(DEMO_DIR, "annotations.json"), "utf8"));
const demo: DemoAnnotations = resolveDemoAnnotations(raw, texts);
const ANNOTATORS = ["a1", "a2"];
const LABELS = ["claim", "quote", "measure", "date"];

/** Every layer of every document, gold included, as [file, layer, spans]. */
function allLayers(): [string, string, DemoSpan[]][] {
  return demo.documents.flatMap((d) => [
    ...Object.entries(d.layers).map(([layer, spans]) => [d.file, layer, spans] as [string, string, DemoSpan[]]),
    ...(d.gold ? [[d.file, "gold", d.gold] as [string, string, DemoSpan[]]] : []),
  ]);
}

type Disagreement = "label" | "boundary" | "attribute" | "only-one";

/** How a1 and a2 differ on one document: one entry per a1 or a2 span that is not an exact match. */
function compareAnnotators(a: DemoSpan[], b: DemoSpan[]): { agreed: number; kinds: Disagreement[] } {
  const kinds: Disagreement[] = [];
  let agreed = 0;
  const classify = (s: DemoSpan, other: DemoSpan[], countAgreement: boolean) => {
    const same = other.find((o) => o.label === s.label && o.start === s.start && o.end === s.end);
    if (same) {
      if (JSON.stringify(same.attributes) === JSON.stringify(s.attributes)) agreed += countAgreement ? 1 : 0;
      else if (countAgreement) kinds.push("attribute");
    } else if (other.some((o) => o.start === s.start && o.end === s.end)) {
      if (!other.some((o) => o.label === s.label && o.start < s.end && s.start < o.end) && countAgreement) {
        kinds.push("label");
      }
    } else if (other.some((o) => o.label === s.label && o.start < s.end && s.start < o.end)) {
      if (countAgreement) kinds.push("boundary");
    } else {
      kinds.push("only-one");
    }
  };
  a.forEach((s) => classify(s, b, true));
  b.forEach((s) => classify(s, a, false));
  return { agreed, kinds };
}

describe("demo annotations", () => {
  it("cover every corpus document with both annotators' layers", () => {
    expect(demo.documents.map((d) => d.file).sort()).toEqual([...texts.keys()].sort());
    for (const d of demo.documents) {
      for (const a of ANNOTATORS) {
        expect(d.layers[a]?.length ?? 0, `${d.file} ${a}`).toBeGreaterThanOrEqual(10);
        expect(d.layers[a].length, `${d.file} ${a}`).toBeLessThanOrEqual(32);
      }
    }
  });

  it.each(allLayers())("%s [%s]: every span's text is the document's text at its offsets", (file, _layer, spans) => {
    const index = new OffsetIndex(texts.get(file)!);
    for (const s of spans) {
      expect(s.start).toBeLessThan(s.end);
      expect(index.slice(s.start, s.end)).toBe(s.text);
      expect(LABELS).toContain(s.label);
      expect(validateAttributes(s.label, s.attributes)).toMatchObject({ ok: true });
    }
  });

  it("gives every claim, quote, measure and date its attributes", () => {
    const required: Record<string, string[]> = {
      claim: ["holder", "stance", "voice", "hedged"],
      quote: ["speaker", "kind"],
      measure: ["value", "unit"],
      date: ["value"],
    };
    for (const [file, layer, spans] of allLayers()) {
      for (const s of spans) {
        expect(Object.keys(s.attributes).sort(), `${file} [${layer}] ${s.text}`).toEqual([...required[s.label]].sort());
      }
    }
  });

  it.each(ANNOTATORS)("layer %s uses all four labels", (a) => {
    const labels = new Set(demo.documents.flatMap((d) => d.layers[a].map((s) => s.label)));
    expect([...labels].sort()).toEqual([...LABELS].sort());
  });

  it("nests: some claim contains both a quote and a date of its own layer", () => {
    const nested = allLayers().some(([, , spans]) =>
      spans.some(
        (c) =>
          c.label === "claim" && ["quote", "date"].every((l) => spans.some((s) => s.label === l && c.start <= s.start && s.end <= c.end)),
      ),
    );
    expect(nested).toBe(true);
  });

  it("annotators agree on most spans but disagree in every way an adjudicator meets", () => {
    const kinds = new Set<Disagreement>();
    for (const d of demo.documents) {
      const { agreed, kinds: found } = compareAnnotators(d.layers.a1, d.layers.a2);
      found.forEach((k) => kinds.add(k));
      expect(agreed, d.file).toBeGreaterThan(found.length);
      expect(found.length, `${d.file} has disagreements`).toBeGreaterThan(0);
    }
    expect([...kinds].sort()).toEqual(["attribute", "boundary", "label", "only-one"]);
  });

  it("has adjudicated gold for at least two documents, drawing on both annotators", () => {
    const withGold = demo.documents.filter((d) => d.gold);
    expect(withGold.length).toBeGreaterThanOrEqual(2);
    for (const d of withGold) {
      expect(d.goldStatus).toBe("adjudicated");
      const key = (s: DemoSpan) => `${s.label}|${s.start}|${s.end}|${JSON.stringify(s.attributes)}`;
      const a1 = new Set(d.layers.a1.map(key));
      const a2 = new Set(d.layers.a2.map(key));
      for (const s of d.gold!) expect(a1.has(key(s)) || a2.has(key(s)), `${d.file} gold ${s.text}`).toBe(true);
    }
    const onlyA2 = withGold.flatMap((d) =>
      d.gold!.filter((s) => !d.layers.a1.some((o) => o.start === s.start && o.end === s.end && o.label === s.label)),
    );
    expect(onlyA2.length).toBeGreaterThan(0);
  });

  it("normalizes a1's and gold's dates as normalizeDateMention does, or says why not", () => {
    for (const [file, layer, spans] of allLayers().filter(([, layer]) => layer !== "a2")) {
      for (const s of spans.filter((x) => x.label === "date")) {
        const computed = normalizeDateMention(s.text, published.get(file) ?? null);
        if (computed === s.attributes.value) continue;
        expect(s.note, `${file} [${layer}] ${s.text}: ${String(s.attributes.value)} vs ${computed}`).not.toBe("");
      }
    }
  });

  it("links only claims, from gold where the document has it and from a1 otherwise", () => {
    for (const p of demo.propositions) {
      for (const link of p.links) {
        const doc = demo.documents.find((d) => d.file === link.file)!;
        expect(link.span.label, `${p.key}: ${link.span.text}`).toBe("claim");
        expect(link.layer).toBe(doc.gold ? "gold" : "a1");
        const spans = link.layer === "gold" ? doc.gold! : doc.layers[link.layer];
        expect(spans[link.spanIndex]).toBe(link.span);
      }
    }
  });

  it("links the retaliation proposition in every article that addresses it, both ways", () => {
    const retaliation = demo.propositions.find((p) => p.key === "retaliation")!;
    const addressing = [...texts].filter(([, t]) => /retaliat|retribution|tit-for-tat/i.test(t)).map(([f]) => f);
    expect(addressing).toHaveLength(5);
    expect(new Set(retaliation.links.map((l) => l.file))).toEqual(new Set(addressing));
    const stances = new Set(retaliation.links.map((l) => l.stance));
    expect(stances).toContain("supports");
    expect(stances).toContain("refutes");
  });

  // file → how its main retaliation mention is framed: [link stance, voice, hedged, claim stance, holder]
  const RETALIATION_FRAMING: [string, string, string, boolean, string, string][] = [
    ["000_a8cbe098b11bed10.txt", "refutes", "attributed", false, "denies", "Japanese government"],
    ["001_40fdf063e4bbc483.txt", "supports", "outlet", true, "asserts", "Yonhap"],
    ["002_82f7c4e5c6eb419c.txt", "reports", "outlet", false, "asserts", "Kyodo"],
    ["003_edcc0c6cf2354502.txt", "supports", "outlet", true, "asserts", "Yonhap"],
    ["004_16519993c73f4477.txt", "reports", "attributed", false, "asserts", "South Korean government"],
  ];
  it.each(RETALIATION_FRAMING)("%s frames retaliation as %s (%s voice, hedged %s)", (file, stance, voice, hedged, claimStance, holder) => {
    const links = demo.propositions.find((p) => p.key === "retaliation")!.links.filter((l) => l.file === file);
    const match = links.find((l) => l.stance === stance);
    expect(match?.span.attributes).toEqual({ holder, stance: claimStance, voice, hedged });
  });

  it("records a reconciliation citing linked evidence", () => {
    const reconciled = demo.propositions.filter((p) => p.reconciliation);
    expect(reconciled.length).toBeGreaterThan(0);
    for (const p of reconciled)
      expect(
        p.links.some((l) => l.evidence),
        p.key,
      ).toBe(true);
  });
});

describe("resolveDemoAnnotations errors", () => {
  const file = "doc.txt";
  const docTexts = new Map([[file, "Japan said Thursday. Seoul said Thursday too. “Curly” 😀 end"]]);
  const base = (spans: unknown[], links: unknown[] = []) => ({
    annotators: { a1: "a1@example.com" },
    documents: [{ file, layers: { a1: spans } }],
    propositions: [{ key: "p", statement: "s", links }],
  });
  const claimSpan = { label: "claim", text: "Japan said Thursday", attributes: { holder: "Japan" } };

  it("resolves occurrences and code points past an astral character", () => {
    const data = base([
      { label: "date", text: "Thursday", occurrence: 2, attributes: { value: "2019-07-11" } },
      { label: "quote", text: "end" },
    ]);
    const [thursday, end] = resolveDemoAnnotations(data, docTexts).documents[0].layers.a1;
    expect([thursday.start, thursday.end]).toEqual([32, 40]);
    const text = docTexts.get(file)!;
    expect(end.end).toBe(Array.from(text).length);
    expect(end.start).toBe(text.length - 3 - 1); // the emoji is two UTF-16 units, one code point
  });

  it.each([
    ["text not found", base([{ label: "claim", text: "Tokyo said" }]), /doc\.txt \[a1\]: text "Tokyo said" not found/],
    ["occurrence past the last match", base([{ label: "date", text: "Thursday", occurrence: 3 }]), /"Thursday" found only 2 time/],
    ["straight quotes for curly ones", base([{ label: "quote", text: '"Curly"' }]), /"\\"Curly\\"" not found/],
    ["invalid attributes", base([{ label: "date", text: "Thursday", attributes: { value: "July 11" } }]), /attributes\.value/],
    ["duplicate span", base([claimSpan, claimSpan]), /duplicate claim "Japan said Thursday"/],
    ["unknown file", { ...base([]), documents: [{ file: "nope.txt", layers: {} }] }, /nope\.txt: no such document text/],
    ["unknown layer", { ...base([]), documents: [{ file, layers: { a9: [] } }] }, /layer "a9" is not an annotator key/],
    [
      "link to a non-claim",
      base([{ label: "quote", text: "Japan said Thursday" }], [{ file, layer: "a1", text: "Japan said Thursday", stance: "reports" }]),
      /proposition "p": doc\.txt \[a1\]: no claim "Japan said Thursday"/,
    ],
    [
      "link to a missing gold layer",
      base([claimSpan], [{ file, layer: "gold", text: "Japan said Thursday", stance: "supports" }]),
      /no such layer/,
    ],
    ["bad link stance", base([claimSpan], [{ file, layer: "a1", text: "Japan said Thursday", stance: "likes" }]), /stance/],
  ])("throws on %s", (_name, data, message) => {
    expect(() => resolveDemoAnnotations(data, docTexts)).toThrow(DemoAnnotationError);
    expect(() => resolveDemoAnnotations(data, docTexts)).toThrow(message);
  });
});
