import { describe, expect, it } from "vitest";
import { History, MERGE_WINDOW_MS } from "@/lib/client/history";
import type { SpanData } from "@/lib/client/span-types";

const base: SpanData = { label: "claim", start: 0, end: 5, text: "Japan", attributes: {}, note: "" };
const v = (patch: Partial<SpanData>): SpanData => ({ ...base, ...patch });

describe("History", () => {
  it("undoes and redoes in order, and a new change clears redo", () => {
    const h = new History();
    h.record([{ key: "a", before: null, after: base }]);
    h.record([{ key: "a", before: base, after: v({ label: "quote" }) }]);
    expect(h.undo()).toEqual([{ key: "a", before: v({ label: "quote" }), after: base }]);
    expect(h.undo()).toEqual([{ key: "a", before: base, after: null }]);
    expect(h.undo()).toBeNull();
    expect(h.redo()).toEqual([{ key: "a", before: null, after: base }]);
    expect(h.canRedo).toBe(true);
    h.record([{ key: "a", before: base, after: null }]);
    expect(h.canRedo).toBe(false);
  });

  it("merges quick edits with the same merge key, keeping the first before", () => {
    let now = 1000;
    const h = new History(100, () => now);
    h.record([{ key: "a", before: base, after: v({ note: "J" }) }], "a:note");
    now += 300;
    h.record([{ key: "a", before: v({ note: "J" }), after: v({ note: "Ja" }) }], "a:note");
    now += MERGE_WINDOW_MS + 1;
    h.record([{ key: "a", before: v({ note: "Ja" }), after: v({ note: "Jap" }) }], "a:note");
    expect(h.undo()).toEqual([{ key: "a", before: v({ note: "Jap" }), after: v({ note: "Ja" }) }]);
    expect(h.undo()).toEqual([{ key: "a", before: v({ note: "Ja" }), after: base }]);
  });

  it("does not merge across a seal or different keys", () => {
    const h = new History(100, () => 0);
    h.record([{ key: "a", before: base, after: v({ note: "1" }) }], "a:note");
    h.seal();
    h.record([{ key: "a", before: v({ note: "1" }), after: v({ note: "2" }) }], "a:note");
    h.record([{ key: "a", before: v({ note: "2" }), after: v({ note: "3" }) }], "a:attr");
    expect([h.undo(), h.undo(), h.undo(), h.undo()].map((c) => c?.length ?? null)).toEqual([1, 1, 1, null]);
  });

  it("keeps at most `limit` entries", () => {
    const h = new History(2, () => 0);
    for (let i = 0; i < 5; i++) h.record([{ key: `k${i}`, before: null, after: base }]);
    expect(h.undo()?.[0].key).toBe("k4");
    expect(h.undo()?.[0].key).toBe("k3");
    expect(h.undo()).toBeNull();
  });
});
