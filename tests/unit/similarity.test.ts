import { describe, expect, it } from "vitest";
import { buildRanker, extractTerms, rankBySimilarity } from "@/lib/domain/similarity";

// Claims as they appear in the demo corpus (prisma/demo/corpus/).
const RETALIATION_CLAIMS = {
  // 001 Yonhap, own voice, hedged
  yonhapMeasure:
    "Japan toughened restrictions on exports to South Korea of key industrial materials used in semiconductors and displays in an apparent retaliatory measure in a separate row over Japan's wartime forced labor",
  yonhapStep:
    "Japan imposed the export curbs on July 4, in an apparent retaliatory step for last year's Supreme Court rulings here that ordered Japanese firms to compensate victims of wartime forced labor",
  // 003 Yonhap
  yonhap2021:
    "Japan imposed export restrictions on South Korea in apparent retaliation for Seoul's Supreme Court rulings ordering Japanese firms to compensate victims of forced labor during Japan's 1910-45 colonial rule",
  // 000 wire: Japan's denial
  japanDenial: "Japan maintained that the tighter export controls were not a retaliatory measure against South Korea",
  // 004 Kyodo: attributed to Seoul
  kyodoRetribution: "South Korea saw the moves as retribution for the court decision",
  // 002 Kyodo
  kyodoTitForTat:
    "The compensation issue is at the heart of a bitter diplomatic feud between Japan and South Korea that has escalated into tit-for-tat tightening of export controls.",
};

const UNRELATED_CLAIMS = {
  trilateral:
    "U.S. officials have expressed concern that tensions between South Korea and Japan over Tokyo's export restrictions against Seoul are not conducive to trilateral cooperation between the three countries",
  biden:
    "The U.S. administration of President Joe Biden is very committed to improved relations between South Korea and Japan as cooperation between the allies is key to dealing with various regional issues, including a nuclear-armed North Korea",
  gsomia:
    "South Korea has recently suggested it may pull out of the pact, which enables the countries to share information about North Korean missile threats.",
  pompeo:
    "U.S. State Secretary Mike Pompeo recently expressed his support for Japan's stance that the issue of compensation over wartime labor was settled by a 1965 agreement between Tokyo and Seoul",
  spurned:
    "the United States has offered high-level trilateral talks with the South and Japan to discuss the issue, but Japan has spurned the offer, citing scheduling problems",
  pactExit:
    "The diplomatic spat escalated when South Korea announced in August 2019 it would pull out of a military intelligence-sharing pact with Japan that helps them deal with missile threats from North Korea",
  normalization:
    "Japan, for its part, has claimed the rulings are not in line with international law and run counter to the foundation of friendly and cooperative relations between the two neighbors since the 1965 normalization of diplomatic ties.",
};

// On-topic background, not the same claim: it shares the court and forced labour but says
// nothing about retaliation. Lexically it sits close to the shortest retaliation claims.
const BACKGROUND_COURT =
  "Last month, a South Korean appellate court upheld a lower court's order to a Japanese steelmaker to compensate the South Korean victims of forced labor during World War II.";

const PROPOSITION =
  "Japan's July 2019 export controls on South Korea were retaliation for the South Korean court rulings on wartime forced labour";

const asCandidates = (claims: Record<string, string>) => Object.entries(claims).map(([id, text]) => ({ id, text }));

describe("extractTerms", () => {
  it.each([
    ["retaliate", "retali"],
    ["retaliated", "retali"],
    ["retaliation", "retali"],
    ["retaliatory", "retali"], // Porter gives "retaliatori"; related-terms unifies it
    ["retaliations", "retali"],
    ["retribution", "~retaliation"],
    ["reprisals", "~retaliation"],
    ["tit-for-tat", "~retaliation"],
    ["labour", "labor"], // the model's normal form unifies spellings before stemming
    ["rulings", "rule"],
    ["South Korean", "korea"],
  ])("%s yields the term %s", (word, term) => {
    expect(extractTerms(word)).toContain(term);
  });

  it("drops stop words, punctuation and possessive clitics, and keeps compounds whole", () => {
    expect(extractTerms("Japan’s tit-for-tat curbs, for the record.")).toEqual([
      "japan",
      "tit-for-tat",
      "~retaliation",
      "tit",
      "tat",
      "curb",
      "record",
    ]);
  });
});

describe("rank: inflected and related wordings", () => {
  const candidates = [
    { id: "noun", text: "It was retaliation." },
    { id: "verb", text: "Tokyo chose to retaliate." },
    { id: "adjective", text: "a retaliatory step" },
    { id: "synonym", text: "seen as retribution" },
    { id: "unrelated", text: "trilateral cooperation among the allies" },
  ];

  it.each(["retaliation", "retaliate", "retaliatory", "retaliated"])("query %s matches every form", (query) => {
    const ids = rankBySimilarity(query, candidates).map((m) => m.id);
    expect(ids.slice(0, 3).sort()).toEqual(["adjective", "noun", "verb"]);
    expect(ids[3]).toBe("synonym"); // a synonym matches, below the same word
    expect(ids).not.toContain("unrelated");
  });
});

describe("rank: the demo corpus", () => {
  const ranker = buildRanker(asCandidates({ ...UNRELATED_CLAIMS, ...RETALIATION_CLAIMS, background: BACKGROUND_COURT }));
  const ranked = ranker.rank(PROPOSITION, 100);
  const position = (id: string) => ranked.findIndex((m) => m.id === id);

  it("ranks every retaliation mention above every unrelated claim", () => {
    const worstRetaliation = Math.max(...Object.keys(RETALIATION_CLAIMS).map(position));
    const unrelatedPositions = Object.keys(UNRELATED_CLAIMS).map(position).filter((p) => p >= 0);
    expect(Object.keys(RETALIATION_CLAIMS).map(position)).not.toContain(-1);
    expect(worstRetaliation).toBeLessThan(Math.min(...unrelatedPositions));
  });

  it("ranks the explicit retaliation wordings above on-topic background", () => {
    const explicit = ["yonhapMeasure", "yonhapStep", "yonhap2021", "japanDenial"].map(position);
    expect(Math.max(...explicit)).toBeLessThan(position("background"));
  });

  it("reports the candidate's own words that matched, strongest first", () => {
    const byId = new Map(ranked.map((m) => [m.id, m]));
    expect(byId.get("kyodoRetribution")?.matchedTerms).toEqual(expect.arrayContaining(["retribution", "court"]));
    expect(byId.get("kyodoTitForTat")?.matchedTerms).toContain("tit-for-tat");
    expect(byId.get("yonhap2021")?.matchedTerms[0]).toBe("retaliation");
  });

  it("gives scores in (0, 1], best first", () => {
    for (const m of ranked) expect(m.score).toBeGreaterThan(0);
    for (const m of ranked) expect(m.score).toBeLessThanOrEqual(1 + 1e-9);
    expect(ranked.map((m) => m.score)).toEqual([...ranked.map((m) => m.score)].sort((a, b) => b - a));
  });
});

describe("rank: offering propositions for a claim being linked", () => {
  const propositions = [
    { id: "gsomia", text: "South Korea's threat to leave the GSOMIA intelligence-sharing pact was meant to pressure Japan" },
    { id: "retaliation", text: PROPOSITION },
    { id: "us-mediation", text: "The United States offered to mediate trilateral talks between Japan and South Korea" },
  ];

  it.each(Object.entries(RETALIATION_CLAIMS))("%s → the retaliation proposition first", (_id, claim) => {
    expect(rankBySimilarity(claim, propositions, 1)[0]?.id).toBe("retaliation");
  });
});

describe("rank: edge cases", () => {
  const candidates = [
    { id: "a", text: "export controls" },
    { id: "b", text: "export controls" },
    { id: "c", text: "missile threats" },
  ];

  it("returns nothing for a query with no content words", () => {
    expect(rankBySimilarity("the of and, ...", candidates)).toEqual([]);
    expect(rankBySimilarity("", candidates)).toEqual([]);
  });

  it("omits candidates sharing no term, keeps input order on ties, honours limit", () => {
    expect(rankBySimilarity("export controls", candidates).map((m) => m.id)).toEqual(["a", "b"]);
    expect(rankBySimilarity("export controls", candidates, 1).map((m) => m.id)).toEqual(["a"]);
    expect(rankBySimilarity("export controls", candidates, 0)).toEqual([]);
  });

  it("scores an identical text 1", () => {
    expect(rankBySimilarity("export controls", [{ id: "a", text: "Export controls!" }])[0].score).toBeCloseTo(1, 9);
  });

  it("handles no candidates", () => {
    expect(buildRanker([]).rank(PROPOSITION)).toEqual([]);
  });
});
