import { describe, expect, it } from "vitest";
import { alignLayers } from "@/lib/domain/adjudication/alignment";
import { adjudicationState, sameVersion, versionOf, type RecordedDecision } from "@/lib/domain/adjudication/adjudication-state";
import type { Span } from "@/lib/domain/spans/spans";

let n = 0;
const s = (layer: string, label: string, start: number, end: number, attributes: Record<string, unknown> = {}): Span => ({
  id: `s${++n}`,
  layer,
  authorId: layer.replace("user:", ""),
  label,
  start,
  end,
  text: "",
  attributes,
  note: "",
});

const layers = new Map<string, Span[]>([
  ["a", [s("user:a", "claim", 0, 10, { stance: "asserts" }), s("user:a", "date", 20, 24), s("user:a", "quote", 30, 40)]],
  ["b", [s("user:b", "claim", 0, 10, { stance: "asserts" }), s("user:b", "date", 20, 25)]],
]);
const items = alignLayers(layers);
const [agreed, date, quote] = items;

const decision = (itemKey: string, d: RecordedDecision["decision"], gold: string | null): RecordedDecision => ({
  id: `dec-${itemKey}`,
  itemKey,
  decision: d,
  goldAnnotationId: gold,
  reviewerId: "r",
  createdAt: "2019-07-01T00:00:00.000Z",
});

describe("adjudicationState", () => {
  it("has the three kinds the fixture is built for", () => {
    expect(items.map((i) => i.kind)).toEqual(["agreed", "boundary_mismatch", "partial"]);
  });

  it("joins recorded decisions with their gold spans and version numbers", () => {
    const goldDate = s("gold", "date", 20, 25);
    const state = adjudicationState(items, [decision(date.key, "accept", goldDate.id), decision(quote.key, "reject", null)], [goldDate]);
    expect(state.items.map((x) => x.decision && [x.decision.decision, x.decision.version, x.decision.recorded])).toEqual([
      null,
      ["accept", versionOf(date, goldDate), true],
      ["reject", null, true],
    ]);
    expect(state.added).toEqual([]);
    expect(state.stale).toEqual([]);
  });

  it("counts a gold span equal to a version as an unrecorded accept, and lists other gold as added", () => {
    const matching = s("gold", "claim", 0, 10, { stance: "asserts" });
    const extra = s("gold", "measure", 50, 55);
    const state = adjudicationState(items, [], [matching, extra]);
    expect(state.items[0].decision).toMatchObject({ id: `gold:${matching.id}`, decision: "accept", recorded: false, version: 1 });
    expect(state.items[1].decision).toBeNull();
    expect(state.added.map((g) => g.id)).toEqual([extra.id]);
  });

  it("never lets one gold span settle two items, and keeps claimed spans out of 'added'", () => {
    const goldQuote = s("gold", "quote", 30, 40);
    const state = adjudicationState(items, [decision(quote.key, "accept", goldQuote.id)], [goldQuote]);
    expect(state.items[2].decision?.recorded).toBe(true);
    expect(state.added).toEqual([]);
  });

  it("reports decisions whose item no longer exists as stale, with their gold", () => {
    const old = s("gold", "claim", 1, 9);
    const state = adjudicationState(items, [decision("gone-key", "edit", old.id)], [old]);
    expect(state.stale).toMatchObject([{ itemKey: "gone-key", gold: { id: old.id } }]);
    expect(state.added).toEqual([]);
    expect(agreed.key).not.toBe("gone-key");
  });

  it("compares versions by label, range and attributes, not by note or key order", () => {
    const a = s("x", "claim", 0, 5, { holder: "Seoul", stance: "asserts" });
    const b = { ...s("y", "claim", 0, 5, { stance: "asserts", holder: "Seoul" }), note: "different" };
    expect(sameVersion(a, b)).toBe(true);
    expect(sameVersion(a, { ...b, attributes: { holder: "Tokyo" } })).toBe(false);
  });
});

describe("adjudicationState on an adjudicated document", () => {
  it("counts items with neither a decision nor matching gold as left out of gold", () => {
    const matching = s("gold", "claim", 0, 10, { stance: "asserts" });
    const state = adjudicationState(items, [], [matching], { adjudicated: true });
    expect(state.items.map((x) => [x.decision?.decision, x.decision?.recorded])).toEqual([
      ["accept", false],
      ["reject", false],
      ["reject", false],
    ]);
    expect(state.items[1].decision?.id).toBe(`none:${date.key}`);
  });
});
