import { describe, expect, it } from "vitest";
import { codePointSlice, find, suggest } from "./suggest-support";

// Article dates: 2019-11-20 is a Wednesday.
describe("date suggester", () => {
  it.each([
    ["The law is to be promulgated on Wednesday.", "Wednesday", "2019-11-20"],
    ["The law will take effect on Friday.", "Friday", "2019-11-22"],
    ["Officials met on Friday.", "Friday", "2019-11-15"],
    ["Tokyo said Monday it would respond.", "Monday", "2019-11-18"],
    ["The court ruled in October last year.", "October last year", "2018-10"],
    ["Sales fell in March 2007.", "March 2007", "2007-03"],
    ["The talks are due on Dec. 3.", "Dec. 3", "2019-12-03"],
    ["The ruling came in February.", "February", "2019-02"],
    ["The pact was signed in 1965.", "1965", "1965"],
    ["The 1965 agreement settled claims.", "1965", "1965"],
    ["It began on July 4, 2019. A month later, talks collapsed.", "A month later", "2019-08-04"],
    ["Prices rose last year.", "last year", "2018"],
    ["It happened mid-2025, officials said.", "mid-2025", "2025"],
  ])("%s → %s = %s", (text, span, value) => {
    const hit = find(suggest(text), "date", span);
    expect(hit, JSON.stringify(suggest(text).filter((s) => s.label === "date"))).toBeDefined();
    expect(hit!.attributes).toEqual({ value });
  });

  it.each([
    ["The price rose 30 percent in two weeks.", "in two weeks"],
    ["It was the first rise in 17 years.", "in 17 years"],
    ["It will march on.", "march"],
    ["He said now is the time.", "now"],
  ])("%s: no date for %s (a duration, a verb, or not a date)", (text, not) => {
    const dates = suggest(text).filter((s) => s.label === "date");
    expect(dates.some((d) => not.includes(d.text))).toBe(false);
  });

  it.each([
    ["👍🏽 Talks began on Thursday.", "Thursday"],
    ["Zoe\u0308 left on Thursday.".normalize("NFC"), "Thursday"],
    ["東京で Talks began on Thursday.", "Thursday"],
    ["Talks began\non Thursday.", "Thursday"],
  ])("code-point offsets after emoji, combining marks, CJK and line breaks: %j", (text, span) => {
    const hit = find(suggest(text), "date", span)!;
    expect(hit).toBeDefined();
    expect(codePointSlice(text, hit)).toBe(span);
    expect(hit.attributes).toEqual({ value: "2019-11-14" });
  });

  it("gives only absolute values without a publication date", () => {
    const list = suggest("It began on July 4, 2019 and ended on Friday.", null).filter((s) => s.label === "date");
    expect(find(list, "date", "July 4, 2019")!.attributes).toEqual({ value: "2019-07-04" });
    expect(find(list, "date", "Friday")?.attributes ?? {}).toEqual({});
  });
});
