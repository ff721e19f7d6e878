import { describe, expect, it } from "vitest";
import { codePointSlice, find, suggest } from "./suggest-support";

describe("quote suggester", () => {
  it.each([
    ['"This is a game changer," said Jutta Paulus, the lawmaker.', "This is a game changer", "Jutta Paulus", "direct"],
    ["“We judged the cycle stronger,” Governor Kazuo Ueda told reporters.", "We judged the cycle stronger", "Kazuo Ueda", "direct"],
    ['Mayor Denise Alvarado said: "Nobody likes raising fares."', "Nobody likes raising fares.", "Denise Alvarado", "direct"],
    ["“He said ‘no’ twice,” said Ana Lima.", "He said ‘no’ twice", "Ana Lima", "direct"],
    ["Eurogas said the rules were unworkable for suppliers.", "the rules were unworkable for suppliers", "Eurogas", "indirect"],
    ["Takahide Kiuchi, an economist at Nomura, said that the hike was premature.", "the hike was premature", "Takahide Kiuchi", "indirect"],
    [
      "The government's spokesman, Yoshimasa Hayashi, said Tokyo was not considering intervention.",
      "Tokyo was not considering intervention",
      "Yoshimasa Hayashi",
      "indirect",
    ],
  ])("%s", (text, span, speaker, kind) => {
    const hit = find(suggest(text), "quote", span);
    expect(hit, JSON.stringify(suggest(text).filter((s) => s.label === "quote"))).toBeDefined();
    expect(hit!.attributes).toEqual({ speaker, kind });
  });

  it("follows a pronoun and a surname to the speaker named before", () => {
    const text = 'Ray Okafor said the plan was unfair. "We ask the least to pay the most," he said. Okafor said the vote would be close.';
    const list = suggest(text);
    expect(find(list, "quote", "We ask the least to pay the most")!.attributes.speaker).toBe("Ray Okafor");
    expect(find(list, "quote", "the vote would be close")!.attributes.speaker).toBe("Ray Okafor");
  });

  it("keeps a quotation across a line break, and splits one that runs on into the next paragraph", () => {
    const wrapped = '"Both relationships are\nimportant," said Morgan Ortagus.';
    expect(find(suggest(wrapped), "quote", "Both relationships are\nimportant")).toBeDefined();
    const runOn = '"First part of the quote.\n"Second part," said Kim Min-jun.';
    const list = suggest(runOn).filter((s) => s.label === "quote" && s.attributes.kind === "direct");
    expect(list.map((q) => q.text)).toEqual(["First part of the quote.", "Second part"]);
  });

  it.each([
    ['👍🏽 "We will act," said Kim Min-jun.', "We will act"],
    ['"Zoe\u0308 will act," said Kim Min-jun.'.normalize("NFC"), "Zoë will act"],
    ['"東京 will act," said Kim Min-jun.', "東京 will act"],
  ])("code-point offsets: %j", (text, span) => {
    const hit = find(suggest(text), "quote", span)!;
    expect(hit).toBeDefined();
    expect(codePointSlice(text, hit)).toBe(span);
  });
});
