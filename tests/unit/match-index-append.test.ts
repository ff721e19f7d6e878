// An index kept up to date by appending (lib/server/matching/claim-index.ts) must rank appended
// claims as a fresh build would, and skip excluded candidates without shrinking the shortlist.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "@/lib/server/matching/lexicon";
import { analyzeText } from "@/lib/domain/matching/analyze";
import { appendToMatchIndex, buildMatchIndex, rankAgainst } from "@/lib/domain/matching/ranker";

const lexicon = loadLexicon();
const item = (id: string, text: string) => ({ id, analysis: analyzeText(text, lexicon) });

// Hard characters in the texts: analysis must not trip on emoji, combining marks, CJK or line breaks.
const FIRST = [
  item("a", "Seoul said the tariffs on steel 👍🏽 were a reprisal for the court's ruling"),
  item("b", "Markets in Tokyo (東京) fell two percent\non Monday"),
  item("c", "The café\u0301 owners' association met the trade minister"),
];
const LATER = [item("d", "Tokyo denied that its export curbs punished Seoul for the verdicts"), item("e", "Rain is expected in Busan")];
const query = { analysis: analyzeText("Japan's export curbs were retaliation for the court verdicts", lexicon) };

describe("appending to a match index", () => {
  it("finds appended items by their vectors and terms, as a build of everything does", () => {
    const appended = appendToMatchIndex(buildMatchIndex(FIRST), LATER);
    const built = buildMatchIndex([...FIRST, ...LATER]);
    expect(appended.items.map((i) => i.id)).toEqual(["a", "b", "c", "d", "e"]);
    expect(Array.from(appended.matrix)).toEqual(Array.from(built.matrix));
    expect([...appended.postings.entries()].sort()).toEqual([...built.postings.entries()].sort());
    // The common direction is kept from the first build, so scores may differ a little; the order of the best does not.
    expect(rankAgainst(appended, query, { limit: 2 }).map((m) => m.id)).toEqual(rankAgainst(built, query, { limit: 2 }).map((m) => m.id));
  });

  it("returns the same index when nothing is added", () => {
    const index = buildMatchIndex(FIRST);
    expect(appendToMatchIndex(index, [])).toBe(index);
  });

  it("shortlists kept candidates however many are excluded", () => {
    const many = [...FIRST, ...LATER, ...Array.from({ length: 300 }, (_, i) => item(`x${i}`, `Unrelated line number ${i} about weather`))];
    const index = buildMatchIndex(many);
    const exclude = new Set(many.filter((m) => m.id !== "d" && m.id !== "a").map((m) => m.id));
    expect(
      rankAgainst(index, query, { limit: 5, shortlist: 10, exclude })
        .map((m) => m.id)
        .sort(),
    ).toEqual(["a", "d"]);
  });
});
