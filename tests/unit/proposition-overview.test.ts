import { describe, expect, it } from "vitest";
import type { PropositionMention } from "@/lib/domain/propositions/framing";
import {
  compareByDivergence,
  matchesFilter,
  orderPerspectives,
  summarizeProposition,
  type PropositionFilter,
} from "@/lib/domain/propositions/proposition-overview";
import { explainNotReconcilable, transition } from "@/lib/domain/propositions/proposition-status";

let n = 0;
const m = (perspective: string, stance: PropositionMention["stance"], extra: Partial<PropositionMention> = {}): PropositionMention => ({
  annotationId: `a${n++}`,
  documentId: `${perspective}-doc`,
  perspective,
  publishedAt: "2019-07-14",
  stance,
  ...extra,
});

const own = { voice: "outlet" as const };
const contested = summarizeProposition({ id: "c", statement: "C", status: "open" }, [m("KR", "supports", own), m("JP", "refutes", own)]);
const divergent = summarizeProposition({ id: "d", statement: "D", status: "reconciled" }, [
  m("KR", "supports", { ...own, hedged: true }),
  m("JP", "reports"),
]);
const calm = summarizeProposition({ id: "q", statement: "Q", status: "open" }, [
  m("KR", "supports"),
  m("KR", "supports"),
  m("JP", "supports"),
]);
const proposed = summarizeProposition({ id: "p", statement: "P", status: "proposed" }, []);
const retired = summarizeProposition({ id: "r", statement: "R", status: "retired" }, [m("KR", "supports", own), m("JP", "refutes", own)]);

describe("summarizeProposition", () => {
  it("counts mentions per perspective and stance, and flags conflicts", () => {
    expect(contested.byPerspective).toEqual({ KR: { supports: 1, refutes: 0, reports: 0 }, JP: { supports: 0, refutes: 1, reports: 0 } });
    expect(contested.flags).toEqual({ contested: true, divergent: true });
    expect(divergent.flags).toEqual({ contested: false, divergent: true });
    expect(calm.flags).toEqual({ contested: false, divergent: false });
    expect(calm.mentionCount).toBe(3);
    expect(calm.documentCount).toBe(2);
  });
});

describe("filters", () => {
  const rows = [contested, divergent, calm, proposed, retired];
  it.each<[PropositionFilter, string[]]>([
    ["all", ["c", "d", "q", "p"]],
    ["contested", ["c"]],
    ["divergent", ["c", "d"]],
    ["reconciled", ["d"]],
    ["open", ["c", "q"]],
    ["proposed", ["p"]],
    ["retired", ["r"]],
  ])("%s", (filter, ids) => {
    expect(rows.filter((r) => matchesFilter(r, filter)).map((r) => r.id)).toEqual(ids);
  });

  it("counts a reviewer's 'contested' as contested even without opposite stances", () => {
    expect(matchesFilter({ ...calm, status: "contested" }, "contested")).toBe(true);
  });
});

describe("ordering", () => {
  it("puts the most divergent first: both conflicts, then one, then none", () => {
    expect([calm, proposed, divergent, contested].sort(compareByDivergence).map((r) => r.id)).toEqual(["c", "d", "q", "p"]);
  });

  it("orders perspectives KR, JP, US, CN, third party, other, then unknown by name", () => {
    expect(orderPerspectives(["third-party", "JP", "zz", "US", "KR", "aa", "JP"])).toEqual(["KR", "JP", "US", "third-party", "aa", "zz"]);
  });
});

describe("status transitions", () => {
  it.each([
    ["proposed", "open", null, "open"],
    ["proposed", "retired", null, "retired"],
    ["open", "retired", null, "retired"],
    ["reconciled", "retired", "reconciled", "retired"],
    ["retired", "open", "reconciled", "reconciled"],
    ["retired", "open", null, "open"],
  ] as const)("%s + %s → %s", (from, to, rec, expected) => {
    expect(transition(from, to, rec)).toEqual({ ok: true, status: expected });
  });

  it.each([
    ["merged", "open"],
    ["merged", "retired"],
    ["retired", "retired"],
    ["open", "open"],
    ["contested", "open"],
  ] as const)("refuses %s + %s", (from, to) => {
    expect(transition(from, to, null).ok).toBe(false);
  });

  it("explains why a proposition cannot be reconciled", () => {
    expect(explainNotReconcilable("proposed")).toMatch(/accept it/);
    expect(explainNotReconcilable("merged")).toMatch(/merged/);
    expect(explainNotReconcilable("open")).toBeNull();
  });
});
