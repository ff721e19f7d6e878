import { describe, expect, it } from "vitest";
import { codePointSlice, find, suggest } from "./suggest-support";

describe("measure suggester", () => {
  it.each([
    [
      "A fine of 100 million won ($86,400) was set.",
      [
        ["100 million won", 100_000_000, "KRW"],
        ["$86,400", 86_400, "USD"],
      ],
    ],
    ["Curbs on three chemicals began.", [["three chemicals", 3, "chemicals"]]],
    ["They have 90 days to respond.", [["90 days", 90, "days"]]],
    ["Exports fell 30 percent.", [["30 percent", 30, "%"]]],
    ["Exports fell 4.5%.", [["4.5%", 4.5, "%"]]],
    ["The rate is minus 0.1 percent.", [["minus 0.1 percent", -0.1, "%"]]],
    ["A four-day visit.", [["four-day", 4, "days"]]],
    ["Fares rose by 25 cents.", [["25 cents", 0.25, "USD"]]],
    ["It costs €4.3 billion.", [["€4.3 billion", 4_300_000_000, "EUR"]]],
    ["Ridership is 18,000 a day.", [["18,000", 18_000, undefined]]],
    ["Some 120 million tonnes of methane.", [["120 million tonnes", 120_000_000, "tonnes"]]],
  ] as [string, [string, number, string | undefined][]][])("%s", (text, expected) => {
    const list = suggest(text).filter((s) => s.label === "measure");
    for (const [span, value, unit] of expected) {
      const hit = find(list, "measure", span);
      expect(hit, JSON.stringify(list)).toBeDefined();
      expect(hit!.attributes).toEqual(unit ? { value, unit } : { value });
    }
  });

  it.each([
    ["The vote was 7-2.", "7-2"],
    ["Its 1910-45 colonial rule.", "1910"],
    ["The two neighbors disagree.", "two neighbors"],
    ["At 17:10 the talks ended.", "17"],
    ["The pact was signed in 1965.", "1965"],
  ])("%s: %s is not a measure", (text, not) => {
    const list = suggest(text).filter((s) => s.label === "measure");
    expect(list.some((m) => m.text.includes(not) || not.includes(m.text))).toBe(false);
  });

  it.each([
    ["👍🏽🇯🇵 Exports fell 30 percent.", "30 percent"],
    ["Cafe\u0301 sales fell 30 percent.".normalize("NFC"), "30 percent"],
    ["日本の exports fell 30 percent.", "30 percent"],
    ["Exports\nfell 30 percent.", "30 percent"],
  ])("code-point offsets: %j", (text, span) => {
    const hit = find(suggest(text), "measure", span)!;
    expect(codePointSlice(text, hit)).toBe(span);
  });
});
