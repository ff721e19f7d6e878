import { describe, expect, it } from "vitest";
import { codePointSlice, find, suggest } from "./suggest-support";

describe("claim suggester", () => {
  it.each([
    [
      "Japan said the controls were not a retaliatory measure.",
      "the controls were not a retaliatory measure",
      { holder: "Japan", voice: "attributed", stance: "denies", hedged: false },
    ],
    [
      "Seoul argued that the curbs were retaliation for the rulings.",
      "the curbs were retaliation for the rulings",
      { holder: "Seoul", voice: "attributed", stance: "asserts", hedged: false },
    ],
    [
      "The agency denied that the increase was tied to the garage.",
      "the increase was tied to the garage",
      { holder: "The agency", voice: "attributed", stance: "denies", hedged: false },
    ],
    [
      "According to the International Energy Agency, the sector released 120 million tonnes of methane.",
      "the sector released 120 million tonnes of methane",
      { holder: "International Energy Agency", voice: "attributed", stance: "asserts", hedged: false },
    ],
    [
      "Japan imposed the export curbs on July 4, in an apparent retaliatory step for the rulings.",
      "Japan imposed the export curbs on July 4, in an apparent retaliatory step for the rulings",
      { holder: "Test Wire", voice: "outlet", stance: "asserts", hedged: true },
    ],
    [
      "Officials were expected to urge Tokyo to remove the control measures quickly.",
      "Officials were expected to urge Tokyo to remove the control measures quickly",
      { holder: "Test Wire", voice: "outlet", stance: "asserts", hedged: true },
    ],
  ])("%s", (text, span, attributes) => {
    const hit = find(suggest(text), "claim", span);
    expect(hit, JSON.stringify(suggest(text).filter((s) => s.label === "claim"))).toBeDefined();
    expect(hit!.attributes).toEqual(attributes);
  });

  it("strips a wire dateline from the outlet's own claim", () => {
    const text = "TOKYO, March 19 (Kyodo) -- The Bank of Japan on Tuesday ended its negative interest rate policy.";
    expect(
      find(suggest(text, "2024-03-19", "Kyodo"), "claim", "The Bank of Japan on Tuesday ended its negative interest rate policy"),
    ).toBeDefined();
  });

  it("does not take site furniture or questions for claims", () => {
    const list = suggest(
      "By subscribing, you can help us get the story right every single day. Will the talks resume after the summer break?",
    );
    expect(list.filter((s) => s.label === "claim")).toEqual([]);
  });

  it.each([
    ["👍🏽 Japan said the controls were not retaliation at all.", "the controls were not retaliation at all"],
    ["Zoe\u0308 said the controls were not retaliation at all.".normalize("NFC"), "the controls were not retaliation at all"],
    ["東京 said the controls were not retaliation at all.", "the controls were not retaliation at all"],
    ["Japan said the controls were\nnot retaliation at all.", "the controls were\nnot retaliation at all"],
  ])("code-point offsets: %j", (text, span) => {
    const hit = find(suggest(text), "claim", span)!;
    expect(hit, JSON.stringify(suggest(text).filter((s) => s.label === "claim"))).toBeDefined();
    expect(codePointSlice(text, hit)).toBe(span);
  });
});
