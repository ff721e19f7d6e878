// The "background" feature of the matcher (lib/domain/matching): a candidate's sentence-vector
// evidence less its cosine with the mean of the texts ranked against it (hubness). Hand-made
// sentences of other topics; the real lexicon (generated/lexicon).
import { describe, expect, it } from "vitest";
import { loadLexicon } from "@/lib/server/matching/lexicon";
import { analyzeText } from "@/lib/domain/matching/analyze";
import { FEATURE_NAMES, pairEvidence } from "@/lib/domain/matching/features";
import { suggestStance } from "@/lib/domain/matching/stance";
import { appendToMatchIndex, buildMatchIndex, rankAgainst } from "@/lib/domain/matching/ranker";

const lexicon = loadLexicon();
const a = (text: string) => analyzeText(text, lexicon);
const BG = FEATURE_NAMES.indexOf("background");

const statements = [
  ["fares", "The city council decided to end its agreement with the bus company"],
  ["depots", "The bus company closed three depots in the northern districts"],
  ["strike", "Drivers went on strike over unpaid overtime"],
].map(([id, text]) => ({ id: id!, analysis: a(text!) }));
const claims = [
  "The council voted to scrap the contract with the bus operator",
  "Three garages in the north were shut by the operator",
  "Bus drivers walked out, demanding their overtime pay",
  "Commuters waited for hours in the rain on Monday",
].map((text) => ({ analysis: a(text) }));

describe("background (hubness) feature", () => {
  it.each([
    ["no background given", undefined, null],
    ["an empty background", [], null],
    ["the claims as background", claims, "vector"],
  ] as const)("an index built with %s: a background mean when it has texts, and features of full length", (_, background, kind) => {
    const index = buildMatchIndex(statements, background ? { background } : {});
    if (kind === null) expect(index.background).toBeNull();
    else expect(index.background).toHaveLength(index.dimensions);
    const ranked = rankAgainst(index, claims[0]!, { limit: 3 });
    for (const m of ranked) {
      expect(m.features).toHaveLength(FEATURE_NAMES.length);
      // Without a background the feature is the sentence vectors' plain cosine.
      // ("vector" is that cosine floored at 0).
      if (kind === null) expect(Math.max(0, m.features[BG]!)).toBeCloseTo(m.features[FEATURE_NAMES.indexOf("vector")]!, 6);
      else expect(Number.isFinite(m.features[BG])).toBe(true);
    }
  });

  it("is zero for every candidate when the background is the query alone (its mean is the query's own vector)", () => {
    const index = buildMatchIndex(statements, { background: [claims[1]!] });
    for (const m of rankAgainst(index, claims[1]!, { limit: 3 })) expect(Math.abs(m.features[BG]!)).toBeLessThan(1e-5);
  });

  it("is the vector cosine less the candidate's cosine with the background mean: lower for a query like the background", () => {
    const index = buildMatchIndex(statements, { background: claims });
    const typical = rankAgainst(index, claims[0]!, { limit: 3 }).find((m) => m.id === "fares")!;
    const own = rankAgainst(buildMatchIndex(statements, { background: [claims[3]!] }), claims[0]!, { limit: 3 }).find(
      (m) => m.id === "fares",
    )!;
    // The same pair, the same vector evidence; against a background of claims about the council
    // contract among others, less of it is specific to this query than against the commuters alone.
    expect(typical.features[FEATURE_NAMES.indexOf("vector")]).toBeCloseTo(own.features[FEATURE_NAMES.indexOf("vector")]!, 6);
    expect(typical.features[BG]).toBeLessThan(own.features[BG]!);
  });

  it("is kept when claims are appended to an index, and is the plain cosine for a pair scored without an index", () => {
    const index = buildMatchIndex(statements, { background: claims });
    const appended = appendToMatchIndex(index, [{ id: "x", analysis: a("Ticket prices rose by a tenth") }]);
    expect(appended.background).toBe(index.background);
    const alone = pairEvidence(claims[0]!, statements[0]!).features;
    expect(Math.max(0, alone[BG]!)).toBeCloseTo(alone[FEATURE_NAMES.indexOf("vector")]!, 6);
  });
});

describe("stance: verbs of depicting frame as those of portraying do", () => {
  it.each([
    [
      "The tabloid depicted the depot closures as the mayor's revenge on the drivers",
      "The closures were revenge on the drivers",
      "reports",
    ],
    ["Cartoonists portrayed the strike as a tantrum", "Drivers went on strike", "reports"],
    ["The drivers went on strike, a walkout the tabloids depicted as a tantrum", "Drivers went on strike", "supports"],
  ] as const)("%s → %s: %s", (claim, statement, stance) => {
    expect(suggestStance(a(claim), a(statement)).stance).toBe(stance);
  });
});
