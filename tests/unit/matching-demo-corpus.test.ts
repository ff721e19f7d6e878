// The matcher on the real demo annotations (prisma/demo/annotations.json): every claim of each
// document's working layer (gold where adjudicated, else annotator 1's, the layers the demo
// links from) ranked against each demo proposition's statement. The matcher has no table of
// this corpus's words; these figures are what general WordNet and word-vector evidence gives
// (npm run eval:linking has the full picture, with paraphrases in other words).
import { describe, expect, it } from "vitest";
import { loadEvalData } from "../../eval/linking/data";
import { loadLexicon } from "@/lib/server/matching/lexicon";
import { analyzeText } from "@/lib/domain/matching/analyze";
import { buildMatchIndex, rankAgainst } from "@/lib/domain/matching/ranker";
import { CLAIM_PRIOR_MODEL } from "@/lib/domain/matching/model";
import { suggestStance } from "@/lib/domain/matching/stance";

const lexicon = loadLexicon();
const { claims, propositions } = loadEvalData();
const demo = claims.filter((c) => c.set === "demo");
const index = buildMatchIndex(demo.map((c) => ({ id: c.id, analysis: analyzeText(c.text, lexicon) })));
const positions = (key: string) => {
  const statement = propositions.find((p) => p.key === key)!.statement;
  const ranked = rankAgainst(
    index,
    { analysis: analyzeText(statement, lexicon) },
    {
      model: CLAIM_PRIOR_MODEL,
      limit: demo.length,
      shortlist: demo.length,
    },
  );
  return demo.filter((c) => c.proposition === key).map((c) => ranked.findIndex((m) => m.id === c.id) + 1);
};

describe("matching on the demo corpus's own annotations", () => {
  it("has the data this test is about", () => {
    expect(demo.length).toBeGreaterThan(40);
    expect(demo.filter((c) => c.proposition).length).toBe(14);
  });

  it("puts five of the seven retaliation mentions in the top seven of 45 claims", () => {
    expect(positions("retaliation").filter((p) => p <= 7).length).toBeGreaterThanOrEqual(5);
  });

  it("puts every mention of the 1965 settlement in the top eight", () => {
    expect(Math.max(...positions("settled-1965"))).toBeLessThanOrEqual(8);
  });

  it("suggests the demo's own stances for the denial and the attributed reading", () => {
    const statement = analyzeText(propositions.find((p) => p.key === "retaliation")!.statement, lexicon);
    const denial = demo.find((c) => c.text.startsWith("the tighter export controls were not"))!;
    const seen = demo.find((c) => c.text.startsWith("South Korea saw the moves"))!;
    expect(suggestStance(analyzeText(denial.text, lexicon), statement).stance).toBe("refutes");
    expect(suggestStance(analyzeText(seen.text, lexicon), statement).stance).toBe("reports");
  });
});
