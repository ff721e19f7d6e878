import { describe, expect, it } from "vitest";
import { planAssignments } from "@/lib/domain/projects/assignment-plan";

const docs = (n: number, assigned: Record<number, string[]> = {}) =>
  Array.from({ length: n }, (_, i) => ({ id: `d${i}`, assigned: assigned[i] ?? [] }));

function loads(plan: ReturnType<typeof planAssignments>, existing: { assigned: readonly string[] }[] = []) {
  const counts = new Map<string, number>();
  for (const d of existing) for (const u of d.assigned) counts.set(u, (counts.get(u) ?? 0) + 1);
  for (const a of plan.assignments) counts.set(a.userId, (counts.get(a.userId) ?? 0) + 1);
  return counts;
}

describe("planAssignments", () => {
  it.each([
    { docs: 5, annotators: ["a", "b"], k: 2 },
    { docs: 7, annotators: ["a", "b", "c"], k: 2 },
    { docs: 10, annotators: ["a", "b", "c", "d"], k: 3 },
    { docs: 1, annotators: ["a", "b", "c"], k: 1 },
  ])("fills $docs documents with $k of $annotators.length annotators, balanced within one", ({ docs: n, annotators, k }) => {
    const plan = planAssignments(docs(n), annotators, k);
    expect(plan.assignments).toHaveLength(n * k);
    expect(plan.short).toEqual([]);
    const perDoc = new Map<string, string[]>();
    for (const a of plan.assignments) perDoc.set(a.documentId, [...(perDoc.get(a.documentId) ?? []), a.userId]);
    for (const users of perDoc.values()) expect(new Set(users).size).toBe(users.length);
    const counts = [...loads(plan).values()];
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it("keeps existing assignments, never adds the same person twice, and evens out existing load", () => {
    const existing = docs(4, { 0: ["a", "b"], 1: ["a"], 2: ["a"] });
    const plan = planAssignments(existing, ["a", "b", "c"], 2);
    expect(plan.assignments.every((p) => !existing.find((d) => d.id === p.documentId)!.assigned.includes(p.userId))).toBe(true);
    expect(plan.assignments.filter((p) => p.userId === "a")).toHaveLength(0); // a already carries 3
    const counts = loads(plan, existing);
    expect([counts.get("a"), counts.get("b"), counts.get("c")]).toEqual([3, 3, 2]);
  });

  it("reports documents it cannot fill when there are too few annotators", () => {
    const plan = planAssignments(docs(2), ["a"], 2);
    expect(plan.assignments).toEqual([
      { documentId: "d0", userId: "a" },
      { documentId: "d1", userId: "a" },
    ]);
    expect(plan.short).toEqual([
      { documentId: "d0", missing: 1 },
      { documentId: "d1", missing: 1 },
    ]);
  });

  it("does nothing for documents already full, and is repeatable", () => {
    const full = docs(2, { 0: ["a", "b"], 1: ["b", "c"] });
    expect(planAssignments(full, ["a", "b", "c"], 2).assignments).toEqual([]);
    expect(planAssignments(docs(6), ["x", "y", "z"], 2)).toEqual(planAssignments(docs(6), ["x", "y", "z"], 2));
  });

  it("refuses a per-document count below one", () => {
    expect(() => planAssignments(docs(1), ["a"], 0)).toThrow(RangeError);
  });
});
