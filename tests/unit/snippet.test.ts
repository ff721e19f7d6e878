import { describe, expect, it } from "vitest";
import { buildSnippet } from "@/lib/domain/text/snippet";

const cp = (s: string) => Array.from(s).length;

describe("buildSnippet", () => {
  const text =
    "First paragraph here.\nSeoul said Japan imposed the curbs in apparent retaliation for the rulings, officials said on Monday.\nLast one.";
  const claim = "Japan imposed the curbs in apparent retaliation";
  const start = cp(text.slice(0, text.indexOf(claim)));
  const end = start + cp(claim);

  it("keeps the claim exact, the spacing around it as written, and the context inside its paragraph", () => {
    const s = buildSnippet(text, start, end, 400);
    expect(s).toEqual({
      before: "Seoul said ",
      match: claim,
      after: " for the rulings, officials said on Monday.",
      clippedBefore: false,
      clippedAfter: false,
    });
  });

  it("cuts at word boundaries and marks the cut", () => {
    const s = buildSnippet(text, start, end, 20);
    expect(s.match).toBe(claim);
    expect(s.before).toBe("said ");
    expect(s.after).toBe(" for the");
    expect(s.clippedBefore).toBe(true);
    expect(s.clippedAfter).toBe(true);
  });

  it("counts offsets in code points (emoji before the claim)", () => {
    const t = "👍🏽 A said 日本 was right. Then more.";
    const c = "日本 was right";
    const s0 = cp(t.slice(0, t.indexOf(c)));
    const s = buildSnippet(t, s0, s0 + cp(c), 100);
    expect(s.match).toBe(c);
    expect(s.before).toBe("👍🏽 A said ");
    expect(s.after).toBe(". Then more.");
  });

  it("handles a claim at the very start and end of the text", () => {
    expect(buildSnippet("whole text", 0, 10)).toEqual({
      before: "",
      match: "whole text",
      after: "",
      clippedBefore: false,
      clippedAfter: false,
    });
  });
});
