import { describe, expect, it } from "vitest";
import { dayOf, describeGap, layoutTimeline } from "@/lib/domain/propositions/timeline-layout";

describe("describeGap", () => {
  it.each([
    ["2019-07-11", "2019-07-11", "same day"],
    ["2019-07-11", "2019-07-14", "3 days"],
    ["2019-07-14", "2019-07-31", "2 weeks"],
    ["2019-07-14", "2019-08-14", "1 month"],
    ["2019-08-14", "2020-03-10", "6 months"],
    ["2020-03-10", "2021-04-07", "1 year"],
    ["2019-07-11", "2021-04-07", "1 year 8 months"],
  ])("%s → %s: %s", (a, b, expected) => {
    expect(describeGap(a, b)).toBe(expected);
  });
});

describe("layoutTimeline", () => {
  // The retaliation proposition's mentions: the wire, Yonhap twice on one day, Kyodo, Yonhap 2021.
  const items = [
    { id: "y1", perspective: "KR", publishedAt: "2019-07-14T17:10:00+09:00" },
    { id: "w1", perspective: "third-party", publishedAt: "2019-07-11" },
    { id: "y2", perspective: "KR", publishedAt: "2019-07-14T17:10:00+09:00" },
    { id: "k1", perspective: "JP", publishedAt: "2020-03-10" },
    { id: "y3", perspective: "KR", publishedAt: "2021-04-07T11:28:00+09:00" },
    { id: "u1", perspective: "JP", publishedAt: null },
  ];
  const layout = layoutTimeline(items, { width: 500, left: 100, right: 0 });

  it("has one row per perspective in board order and one column per day, undated last", () => {
    expect(layout.rows.map((r) => r.perspective)).toEqual(["KR", "JP", "third-party"]);
    expect(layout.columns.map((c) => c.key)).toEqual(["2019-07-11", "2019-07-14", "2020-03-10", "2021-04-07", "undated"]);
    expect(layout.columns.map((c) => c.x)).toEqual([100, 200, 300, 400, 500]);
    expect(layout.columns.map((c) => c.gapLabel)).toEqual([null, "3 days", "7 months", "1 year", null]);
  });

  it("spreads dots that share a day and a perspective, centred on the day", () => {
    const p = new Map(layout.points.map((pt) => [pt.id, pt]));
    expect(p.get("y1")!.y).toBe(p.get("y3")!.y);
    expect((p.get("y1")!.x + p.get("y2")!.x) / 2).toBe(200);
    expect(p.get("y1")!.x).not.toBe(p.get("y2")!.x);
    expect(p.get("u1")!.x).toBe(500);
  });

  it("reads the source's own calendar day from a date-time", () => {
    expect(dayOf("2019-07-14T01:00:00+09:00")).toBe("2019-07-14");
    expect(dayOf(null)).toBe("undated");
  });
});
