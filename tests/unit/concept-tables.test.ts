import { describe, expect, it } from "vitest";
import { isLinkStance, LINK_STANCES, zeroStanceCounts } from "@/lib/domain/propositions/link-stances";
import {
  ANNOTATOR_STATUS_NAMES,
  ANNOTATOR_STATUSES,
  isAnnotatorStatus,
  QUEUE_ORDER,
  SETTABLE_ANNOTATOR_STATUSES,
  zeroStatusCounts,
} from "@/lib/domain/projects/annotator-status";
import { attributeDefsFor, ISO_DATE_VALUE, LABEL_ATTRIBUTES, validateAttributes, type AttributeDef } from "@/lib/domain/spans/attributes";
import { fieldsFor, summarizeAttributes } from "@/lib/client/attribute-fields";
import { compareSpans } from "@/lib/domain/spans/spans";

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

describe("label attributes: one table for the server's schema and the forms", () => {
  it("gives the workspace form every field of the table, in order, with its title and options", () => {
    for (const [label, defs] of Object.entries(LABEL_ATTRIBUTES)) {
      expect(fieldsFor(label).map((f) => [f.name, f.title])).toEqual(defs.map((d) => [d.name, d.title]));
    }
    expect(fieldsFor("claim").find((f) => f.name === "hedged")).toEqual({
      name: "hedged",
      title: "Hedged",
      kind: "choice",
      options: [
        { value: true, title: "yes" },
        { value: false, title: "no" },
      ],
    });
    expect(fieldsFor("quote").find((f) => f.name === "kind")).toMatchObject({
      kind: "choice",
      options: [{ value: "direct" }, { value: "indirect" }],
    });
    expect(fieldsFor("date")).toEqual([{ name: "value", title: "ISO value", kind: "date", placeholder: "YYYY-MM-DD" }]);
    expect(fieldsFor("custom")).toEqual([]);
    expect(fieldsFor("constructor")).toEqual([]);
    expect(attributeDefsFor("toString")).toEqual([]);
  });

  it("validates exactly the table: every option, the text limits, nothing extra", () => {
    for (const [label, defs] of Object.entries(LABEL_ATTRIBUTES)) {
      for (const d of defs as readonly AttributeDef[]) {
        if (d.type === "choice")
          for (const o of d.options) expect(validateAttributes(label, { [d.name]: o }).ok, `${label}.${d.name}=${o}`).toBe(true);
        if (d.type === "choice") expect(validateAttributes(label, { [d.name]: "other" }).ok).toBe(false);
        if (d.type === "text") {
          expect(validateAttributes(label, { [d.name]: "x".repeat(d.max) }).ok).toBe(true);
          expect(validateAttributes(label, { [d.name]: "x".repeat(d.max + 1) }).ok).toBe(false);
        }
        if (d.type === "boolean") expect(validateAttributes(label, { [d.name]: "yes" }).ok).toBe(false);
        if (d.type === "number") expect(validateAttributes(label, { [d.name]: Number.POSITIVE_INFINITY }).ok).toBe(false);
      }
      expect(validateAttributes(label, { notInTheTable: 1 }).ok).toBe(false);
    }
    expect(validateAttributes("date", { value: "2019-07" })).toEqual({ ok: true, value: { value: "2019-07" } });
    expect(ISO_DATE_VALUE.test("2019-7-4")).toBe(false);
  });

  it("summarizes in table order with the table's titles", () => {
    expect(summarizeAttributes("claim", { hedged: false, holder: "Japan", voice: "attributed", stance: "denies" })).toBe(
      "holder: Japan · denies · attributed · not hedged",
    );
    expect(summarizeAttributes("measure", { unit: "KRW", value: 5 })).toBe("5 · unit: KRW");
  });
});

describe("reading order: one comparator", () => {
  it("orders by start, longer first, then label by code units (the same in every locale)", () => {
    const spans = ["b", "B", "Claim", "ab", "a_b"].map((label) => ({ start: 3, end: 9, label }));
    spans.push({ start: 3, end: 12, label: "z" }, { start: 0, end: 1, label: "quote" });
    expect([...spans].sort(compareSpans).map((s) => s.label)).toEqual(["quote", "z", "B", "Claim", "a_b", "ab", "b"]);
    expect(compareSpans({ start: 1, end: 2, label: "x" }, { start: 1, end: 2, label: "x" })).toBe(0);
  });
});
