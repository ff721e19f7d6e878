import { describe, expect, it } from "vitest";
import { matchLexicon, type LexiconEntry } from "@/lib/domain/suggest/string-match";
import { allSuggestions, findSuggestion, matchId, parseMatchId } from "@/lib/domain/suggest/suggestion-list";
import { LabeledRanges } from "@/lib/domain/suggest/labeled-ranges";
import { seededRandom } from "../support/seeded-random";

const entry = (label: string, text: string, attributes: Record<string, unknown> = {}) => ({ label, text, attributes });
const cps = (text: string, s: { start: number; end: number }) => Array.from(text).slice(s.start, s.end).join("");
const flat = (text: string, entries: LexiconEntry[]) => allSuggestions({ suggestions: [], matches: matchLexicon(text, entries) });

describe("string matcher", () => {
  it.each([
    ["plain", "Japan's curbs. Later, Japan's curbs again.", "Japan's curbs", 2],
    ["after emoji", "👍🏽🇯🇵 Kim Min-jun spoke; Kim Min-jun left.", "Kim Min-jun", 2],
    ["combining marks (NFC)", "Zoe\u0308 met Zoe\u0308.".normalize("NFC"), "Zoë", 2],
    ["a combining mark glued on is part of the word", "Zoe\u0308 met Zoe.", "Zoe", 1],
    ["CJK", "東京 and 東京", "東京", 2],
    ["CJK glued to a letter", "東京都 and 東京", "東京", 1],
    ["across a line break", "the export\ncontrols, and the export\ncontrols", "export\ncontrols", 2],
    ["starting with punctuation", "“Retaliation,” he said. “Retaliation,” again.", "“Retaliation,”", 2],
    ["ending in an emoji", "yes 👍🏽 and yes 👍🏽", "yes 👍🏽", 2],
    ["whole words only", "Japanese and Japan", "Japan", 1],
    ["a longer first word", "Japanese curbs and Japan curbs", "Japan curbs", 1],
    ["case-sensitive", "japan and Japan", "Japan", 1],
  ])("%s", (_, text, needle, count) => {
    const hits = flat(text, [entry("claim", needle, { holder: "X" })]);
    expect(hits).toHaveLength(count);
    for (const h of hits) {
      expect(cps(text, h)).toBe(needle);
      expect(h).toMatchObject({ label: "claim", source: "match", attributes: { holder: "X" } });
      expect(h.id).toBe(matchId("claim", h.start, h.end));
    }
  });

  it("ignores texts too short to mean anything", () => {
    expect(matchLexicon("a b a b", [entry("date", "a")])).toEqual([]);
  });

  it("sends a text once per label, with every place it occurs, and the first entry's attributes", () => {
    const groups = matchLexicon("9 percent, then 9 percent", [
      entry("measure", "9 percent", { unit: "%" }),
      entry("measure", "9 percent", { unit: "other" }),
      entry("claim", "9 percent"),
    ]);
    expect(groups).toEqual([
      { label: "measure", text: "9 percent", length: 9, attributes: { unit: "%" }, starts: [0, 16] },
      { label: "claim", text: "9 percent", length: 9, attributes: {}, starts: [0, 16] },
    ]);
  });

  // The word index must find exactly what a scan of every position finds.
  it("agrees with a scan of every position on random text with emoji, marks, CJK and line breaks", () => {
    const rnd = seededRandom(7);
    const pieces = [
      "the",
      "The",
      "export",
      "curbs",
      "Japan",
      "Japanese",
      "東京",
      "都",
      "👍🏽",
      "🇯🇵",
      "e\u0301",
      "é",
      "9",
      "%",
      "“",
      "”",
      ",",
      ".",
      " ",
      " ",
      "\n",
      "-",
    ];
    const isWord = (cp: string | undefined) => cp !== undefined && /[\p{L}\p{M}\p{N}]/u.test(cp);
    const scan = (text: string, needle: string) => {
      const cpsOf = Array.from(text);
      const n = Array.from(needle);
      const out: number[] = [];
      for (let i = 0; i + n.length <= cpsOf.length; i++) {
        if (cpsOf.slice(i, i + n.length).join("") !== needle) continue;
        if (isWord(n[0]) && isWord(cpsOf[i - 1])) continue;
        if (isWord(n.at(-1)) && isWord(cpsOf[i + n.length])) continue;
        out.push(i);
      }
      return out;
    };
    for (let round = 0; round < 40; round++) {
      let text = "";
      for (let i = 0; i < 300; i++) text += pieces[Math.floor(rnd() * pieces.length)];
      text = text.normalize("NFC");
      const cpsOf = Array.from(text);
      const needles = new Set<string>();
      for (let i = 0; i < 30; i++) {
        const s = Math.floor(rnd() * (cpsOf.length - 1));
        const t = cpsOf.slice(s, s + 1 + Math.floor(rnd() * 12)).join("");
        if (t.length >= 2 && t.trim()) needles.add(t);
      }
      const groups = matchLexicon(
        text,
        [...needles].map((t) => entry("claim", t)),
      );
      for (const needle of needles) {
        expect(groups.find((g) => g.text === needle)?.starts ?? [], JSON.stringify(needle)).toEqual(scan(text, needle));
      }
    }
  });
});

describe("the suggestions list on the wire", () => {
  it("expands grouped matches beside rule suggestions, by start and longest first", () => {
    const rule = { id: "r1", label: "date", start: 4, end: 8, text: "2019", attributes: {}, source: "date" };
    const list = allSuggestions({
      suggestions: [rule],
      matches: [{ label: "claim", text: "東京 2019", length: 7, attributes: { holder: "X" }, starts: [20, 1] }],
    });
    expect(list.map((s) => [s.id, s.start, s.end])).toEqual([
      ["m.claim.1.8", 1, 8],
      ["r1", 4, 8],
      ["m.claim.20.27", 20, 27],
    ]);
  });

  it("orders many groups as a comparator would, and finds a suggestion by either kind of id", () => {
    const rnd = seededRandom(3);
    const matches = Array.from({ length: 30 }, (_, i) => ({
      label: ["quote", "claim", "date"][i % 3] ?? "claim",
      text: `t${i}`,
      length: 1 + Math.floor(rnd() * 6),
      attributes: {},
      starts: [...new Set(Array.from({ length: 20 }, () => Math.floor(rnd() * 50)))].sort((a, b) => a - b),
    }));
    const rules = [{ id: "r9", label: "claim", start: 7, end: 9, text: "x", attributes: {}, source: "claim" }];
    const list = allSuggestions({ suggestions: rules, matches });
    const key = (s: { label: string; start: number; end: number }) => [s.start, -s.end, s.label];
    const sorted = [...list].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return Number(x[0]) - Number(y[0]) || Number(x[1]) - Number(y[1]) || String(x[2]).localeCompare(String(y[2]));
    });
    expect(list.map(key)).toEqual(sorted.map(key));
    expect(list).toHaveLength(1 + matches.reduce((n, g) => n + g.starts.length, 0));
    const some = list[17]!;
    expect(findSuggestion(list, some.id)).toBe(some);
    expect(findSuggestion(list, "r9")?.start).toBe(7);
    expect(findSuggestion(list, matchId("claim", 99, 100))).toBeUndefined();
    expect(findSuggestion(list, null)).toBeUndefined();
  });

  it("reads a match id back, and nothing else", () => {
    expect(parseMatchId(matchId("claim", 3, 9))).toEqual({ label: "claim", start: 3, end: 9 });
    expect(parseMatchId("m.claim.x.9")).toBeNull();
    expect(parseMatchId("ckz123")).toBeNull();
  });

  it("keeps (label, start, end) sets without mixing labels or ends", () => {
    const r = new LabeledRanges().add("claim", 1, 5).add("quote", 1, 6);
    expect([r.has("claim", 1, 5), r.has("claim", 1, 6), r.has("quote", 1, 6), r.has("date", 1, 5)]).toEqual([true, false, true, false]);
    expect(r.delete("claim", 1, 5)).toBe(true);
    expect(r.has("claim", 1, 5)).toBe(false);
  });
});
