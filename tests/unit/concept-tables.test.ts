import { describe, expect, it } from "vitest";
import { isLinkStance, LINK_STANCES, zeroStanceCounts } from "@/lib/domain/link-stances";
import {
  ANNOTATOR_STATUS_NAMES, ANNOTATOR_STATUSES, isAnnotatorStatus, QUEUE_ORDER, SETTABLE_ANNOTATOR_STATUSES, zeroStatusCounts,
} from "@/lib/domain/annotator-status";

describe("link stances", () => {
  it("are one ordered table with a guard and zero counts", () => {
    expect(LINK_STANCES).toEqual(["supports", "refutes", "reports"]);
    expect(LINK_STANCES.every(isLinkStance)).toBe(true);
    expect(isLinkStance("asserts")).toBe(false);
    expect(zeroStanceCounts()).toEqual({ supports: 0, refutes: 0, reports: 0 });
  });
});

describe("annotator statuses", () => {
  it("are one table: names, what an annotator may set, the queue order", () => {
    expect(ANNOTATOR_STATUSES).toEqual(["todo", "in_progress", "done"]);
    expect(Object.keys(ANNOTATOR_STATUS_NAMES)).toEqual([...ANNOTATOR_STATUSES]);
    expect(ANNOTATOR_STATUS_NAMES.in_progress).toBe("In progress");
    expect(SETTABLE_ANNOTATOR_STATUSES.every(isAnnotatorStatus)).toBe(true);
    expect(isAnnotatorStatus("todo")).toBe(true);
    expect(isAnnotatorStatus("open")).toBe(false);
    expect([...ANNOTATOR_STATUSES].sort((a, b) => QUEUE_ORDER[a] - QUEUE_ORDER[b])).toEqual(["in_progress", "todo", "done"]);
    expect(zeroStatusCounts()).toEqual({ todo: 0, in_progress: 0, done: 0 });
  });
});
