import { describe, expect, it } from "vitest";
import { cohenKappa, fleissKappa, krippendorffAlpha } from "@/lib/domain/agreement/agreement";

const _ = null;

// Krippendorff, K. (2011). "Computing Krippendorff's Alpha-Reliability", Annenberg School
// for Communication, University of Pennsylvania, section C ("Nominal data, any number of
// observers, missing values"): 4 observers × 12 units. Reproduced in Wikipedia,
// "Krippendorff's alpha", which gives all four levels.
const krippendorff2011 = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

describe("krippendorffAlpha", () => {
  it.each([
    // Krippendorff (2011) section C: α_nominal = 0.743
    ["nominal", 0.743],
    // Krippendorff (2011) section E / Wikipedia "Krippendorff's alpha": α_ordinal = 0.815
    ["ordinal", 0.815],
    // Wikipedia "Krippendorff's alpha": α_interval = 0.849
    ["interval", 0.849],
    // Wikipedia "Krippendorff's alpha": α_ratio = 0.797
    ["ratio", 0.797],
  ] as const)("reproduces the 2011 worked example at the %s level", (level, expected) => {
    expect(krippendorffAlpha(krippendorff2011, level)).toBeCloseTo(expected, 3);
  });

  it("reproduces the binary two-observer example", () => {
    // Krippendorff (2011) section A ("Binary or dichotomous data, two observers, no
    // missing data"): Ben and Gerry on 10 units, n = 20, n_0 = 14, n_1 = 6, o_01 = 4,
    // α = 1 − 19 × 4 / (14 × 6) = 0.095.
    const ben = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const gerry = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    expect(krippendorffAlpha([ben, gerry], "nominal")).toBeCloseTo(0.095, 3);
  });

  it("treats string categories like numbers at the nominal level", () => {
    const asText = krippendorff2011.map((row) => row.map((v) => (v === null ? null : `c${v}`)));
    expect(krippendorffAlpha(asText, "nominal")).toBeCloseTo(0.743, 3);
  });

  it("ignores units with fewer than two values", () => {
    const withLoneValues = krippendorff2011.map((row, c) => [...row, c === 0 ? 9 : null]);
    expect(krippendorffAlpha(withLoneValues, "interval")).toBeCloseTo(0.849, 3);
  });

  it.each([
    ["no coders", []],
    ["no units", [[], []]],
    [
      "no pairable unit",
      [
        [1, _],
        [_, 2],
      ],
    ],
    [
      "no variation",
      [
        [3, 3, 3],
        [3, 3, _],
      ],
    ],
  ])("returns null for %s", (_name, data) => {
    for (const level of ["nominal", "ordinal", "interval", "ratio"] as const) {
      expect(krippendorffAlpha(data, level)).toBeNull();
    }
  });

  it("is 1 for perfect agreement and can go below 0", () => {
    expect(
      krippendorffAlpha(
        [
          ["a", "b", "a"],
          ["a", "b", "a"],
        ],
        "nominal",
      ),
    ).toBe(1);
    expect(
      krippendorffAlpha(
        [
          ["a", "b"],
          ["b", "a"],
        ],
        "nominal",
      ),
    ).toBeLessThan(0);
  });

  it("rejects data a metric level can't use", () => {
    expect(() =>
      krippendorffAlpha(
        [
          ["a", "b"],
          ["a", "b"],
        ],
        "interval",
      ),
    ).toThrow(TypeError);
    expect(() =>
      krippendorffAlpha(
        [
          [-1, 2],
          [1, 2],
        ],
        "ratio",
      ),
    ).toThrow(RangeError);
  });
});

describe("fleissKappa", () => {
  it("reproduces Wikipedia's worked example (10 items, 14 raters, 5 categories)", () => {
    // Wikipedia, "Fleiss' kappa", Worked example: P̄ = 0.378, P̄e = 0.213, κ = 0.210.
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    expect(fleissKappa(table)).toBeCloseTo(0.21, 3);
  });

  it("is 1 for perfect agreement", () => {
    expect(
      fleissKappa([
        [3, 0],
        [0, 3],
        [3, 0],
      ]),
    ).toBe(1);
  });

  it.each([
    ["no items", []],
    [
      "one category used throughout",
      [
        [4, 0],
        [4, 0],
      ],
    ],
    [
      "a single rater",
      [
        [1, 0],
        [0, 1],
      ],
    ],
  ])("returns null for %s", (_name, table) => {
    expect(fleissKappa(table)).toBeNull();
  });

  it.each([
    [
      "different numbers of raters",
      [
        [2, 1],
        [1, 1],
      ],
    ],
    ["different numbers of categories", [[2, 1], [3]]],
    [
      "a negative count",
      [
        [4, -1],
        [2, 1],
      ],
    ],
    [
      "a fractional count",
      [
        [1.5, 1.5],
        [2, 1],
      ],
    ],
  ])("throws a RangeError for %s", (_name, table) => {
    expect(() => fleissKappa(table)).toThrow(RangeError);
  });
});

describe("cohenKappa", () => {
  it("reproduces Wikipedia's 50-item example", () => {
    // Wikipedia, "Cohen's kappa", Simple example: 20 yes/yes, 15 no/no, 5 yes/no,
    // 10 no/yes → p_o = 0.7, p_e = 0.5, κ = 0.4.
    const a = [...rep("yes", 20), ...rep("no", 15), ...rep("yes", 5), ...rep("no", 10)];
    const b = [...rep("yes", 20), ...rep("no", 15), ...rep("no", 5), ...rep("yes", 10)];
    expect(cohenKappa(a, b)).toBeCloseTo(0.4, 10);
  });

  it("skips items where either rater gave no label", () => {
    expect(cohenKappa(["x", "y", null, "x", "z"], ["x", "y", "y", null, "y"])).toBeCloseTo(
      cohenKappa(["x", "y", "z"], ["x", "y", "y"]) as number,
      12,
    );
  });

  it.each([
    ["no items", [], []],
    ["only null pairs", ["a", null], [null, "b"]],
    ["both raters using one and the same label", ["a", "a"], ["a", "a"]],
  ])("returns null for %s", (_name, a, b) => {
    expect(cohenKappa(a, b)).toBeNull();
  });

  it("is 1 for perfect agreement and −1 for systematic swap of two balanced labels", () => {
    expect(cohenKappa(["a", "b", "c"], ["a", "b", "c"])).toBe(1);
    expect(cohenKappa(["a", "b"], ["b", "a"])).toBe(-1);
  });

  it("throws when the raters labelled different numbers of items", () => {
    expect(() => cohenKappa(["a"], ["a", "b"])).toThrow(RangeError);
  });
});

function rep(label: string, times: number): string[] {
  return Array.from({ length: times }, () => label);
}
