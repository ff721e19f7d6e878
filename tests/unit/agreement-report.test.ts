import { describe, expect, it } from "vitest";
import { AgreementAccumulator } from "@/lib/domain/agreement/span-agreement";
import { agreementCsv, buildAgreementReport } from "@/lib/domain/agreement/agreement-report";

// Offsets are code points, half-open [start, end).
function report() {
  const acc = new AgreementAccumulator({ labels: ["claim", "date"] });
  acc.addDocument(
    "d1",
    40,
    new Map([
      ["u-b", [{ label: "claim", start: 0, end: 10 }]],
      ["u-a", [{ label: "claim", start: 0, end: 12 }]],
    ]),
  );
  acc.addDocument(
    "d2",
    30,
    new Map([
      ["u-b", [{ label: "date", start: 3, end: 7 }]],
      ["u-a", []],
    ]),
  );
  const computation = {
    result: acc.result(),
    titles: { d1: '=SUM(A1), "quoted"', d2: "Plain" },
    skipped: 1,
    spans: 3,
    ms: 5,
    maxRssKb: 102400,
  };
  return buildAgreementReport(
    "p1",
    computation,
    new Map([
      ["u-a", "Zoe"],
      ["u-b", "Adam"],
    ]),
    new Date("2019-07-04T00:00:00Z"),
  );
}

describe("buildAgreementReport", () => {
  it("names annotators (sorted by name), lays pairs out as a matrix, keeps the lowest document first", () => {
    const r = report();
    expect(r.annotators).toEqual([
      { id: "u-b", name: "Adam" },
      { id: "u-a", name: "Zoe" },
    ]);
    expect(r.pairs[0]).toMatchObject({ firstName: "Zoe", secondName: "Adam", documents: 2 });
    expect(r.matrix.f1[0][1]).toBe(r.matrix.f1[1][0]);
    expect(r.perDocument.map((d) => d.title)).toEqual(["Plain", '=SUM(A1), "quoted"']);
    expect(r.stats).toEqual({ spans: 3, ms: 5, maxRssMb: 100 });
    expect(r).toMatchObject({ documents: 2, skipped: 1, computedAt: "2019-07-04T00:00:00.000Z" });
  });
});

describe("agreementCsv", () => {
  it("writes one row per figure group, quoting commas and quotes and defusing formulas", () => {
    const lines = agreementCsv(report()).split("\r\n");
    expect(lines[0].split(",").slice(0, 4)).toEqual(["scope", "label", "annotator_a", "annotator_b"]);
    expect(lines.filter((l) => l.startsWith("label,"))).toHaveLength(2);
    expect(lines.find((l) => l.startsWith("pair,"))).toContain(",Zoe,Adam,");
    expect(lines.find((l) => l.includes("d1"))).toContain(`"'=SUM(A1), ""quoted"""`);
    expect(lines.at(-1)).toBe("");
  });
});
