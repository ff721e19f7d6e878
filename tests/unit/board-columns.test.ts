import { describe, expect, it } from "vitest";
import { boardColumns } from "@/lib/domain/propositions/board-columns";

const mention = (perspective: string, i: number) => ({ perspective, annotationId: `${perspective}-${i}` });
const mentions = [
  ...Array.from({ length: 14 }, (_, i) => mention("JP", i)),
  ...Array.from({ length: 3 }, (_, i) => mention("KR", i)),
  ...Array.from({ length: 12 }, (_, i) => mention("third-party", i)),
];
const ids = (ms: { annotationId: string }[]) => ms.map((m) => m.annotationId);

describe("board columns", () => {
  it("shows each perspective's first mentions, in board order, and counts the rest", () => {
    const cols = boardColumns(mentions, { limit: 10, open: null, cited: new Set() });
    expect(cols.map((c) => [c.perspective, c.shown.length, c.hidden, c.total])).toEqual([
      ["KR", 3, 0, 3],
      ["JP", 10, 4, 14],
      ["third-party", 10, 2, 12],
    ]);
    expect(ids(cols[1]!.shown)).toEqual(Array.from({ length: 10 }, (_, i) => `JP-${i}`));
  });

  it("always shows a cited mention, in its place, so the evidence form never loses it", () => {
    const cols = boardColumns(mentions, { limit: 2, open: null, cited: new Set(["JP-12", "KR-0"]) });
    expect(ids(cols[1]!.shown)).toEqual(["JP-0", "JP-1", "JP-12"]);
    expect(cols[1]!.hidden).toBe(11);
    expect(ids(cols[0]!.shown)).toEqual(["KR-0", "KR-1"]);
  });

  it.each([
    ["JP", [3, 14, 10]],
    ["all", [3, 14, 12]],
    ["no such perspective", [3, 10, 10]],
  ])("opens %s in full", (open, shown) => {
    const cols = boardColumns(mentions, { limit: 10, open, cited: new Set() });
    expect(cols.map((c) => c.shown.length)).toEqual(shown);
  });

  it("has no columns without mentions", () => {
    expect(boardColumns([], { limit: 10, open: null, cited: new Set() })).toEqual([]);
  });
});
