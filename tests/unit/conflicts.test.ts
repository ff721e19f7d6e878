import { describe, expect, it } from "vitest";
import { buildStanceMatrix, computeConflictFlags, detectConflicts, summarizePerspectives } from "@/lib/domain/propositions/conflicts";
import { directionOf, levelToward, type PropositionMention } from "@/lib/domain/propositions/framing";

let seq = 0;
function mention(perspective: string, stance: PropositionMention["stance"], extra: Partial<PropositionMention> = {}): PropositionMention {
  seq += 1;
  return {
    annotationId: `a${seq}`,
    documentId: `d-${perspective}`,
    perspective,
    publishedAt: null,
    stance,
    ...extra,
  };
}

const own = { voice: "outlet" } as const;
const ownHedged = { voice: "outlet", hedged: true } as const;
const attributed = { voice: "attributed" } as const;

describe("levelToward: one mention's framing of each direction", () => {
  it.each([
    // stance, attributes, direction, level toward affirms, level toward rejects
    ["supports", own, "affirms", "asserted", "opposed"],
    ["supports", ownHedged, "affirms", "hedged", "opposed"],
    ["supports", attributed, "affirms", "attributed", "opposed"],
    ["supports", { voice: "attributed", hedged: true }, "affirms", "attributed", "opposed"],
    ["supports", {}, "affirms", "attributed", "opposed"], // unset voice is never own voice
    ["supports", { voice: "outlet", claimStance: "denies" }, "affirms", "asserted", "opposed"], // link decides
    ["refutes", own, "rejects", "opposed", "asserted"],
    ["refutes", ownHedged, "rejects", "opposed", "hedged"],
    ["refutes", { voice: "attributed", claimStance: "denies" }, "rejects", "opposed", "attributed"],
    ["reports", own, "affirms", "attributed", "opposed"], // a report is relayed whatever its voice
    ["reports", { voice: "attributed", claimStance: "asserts" }, "affirms", "attributed", "opposed"],
    ["reports", { voice: "attributed", claimStance: "denies" }, "rejects", "opposed", "attributed"],
    ["reports", { hedged: true }, "affirms", "attributed", "opposed"],
  ] as const)("%s %j → %s, %s / %s", (stance, attrs, direction, affirms, rejects) => {
    const m = mention("KR", stance, attrs);
    expect(directionOf(m)).toBe(direction);
    expect(levelToward(m, "affirms")).toBe(affirms);
    expect(levelToward(m, "rejects")).toBe(rejects);
  });
});

describe("computeConflictFlags: stances × voices × perspectives", () => {
  type Row = [string, PropositionMention[], { contested: boolean; divergent: boolean }];
  const rows: Row[] = [
    ["no mentions", [], { contested: false, divergent: false }],
    [
      "supports vs refutes across perspectives, both attributed",
      [mention("KR", "supports", attributed), mention("JP", "refutes", attributed)],
      { contested: true, divergent: false },
    ],
    [
      "supports vs refutes within one perspective",
      [mention("KR", "supports", attributed), mention("KR", "refutes", attributed)],
      { contested: true, divergent: false },
    ],
    [
      "a reported denial does not contest",
      [mention("KR", "supports", attributed), mention("JP", "reports", { claimStance: "denies" })],
      { contested: false, divergent: false },
    ],
    [
      "only supports, all own voice",
      [mention("KR", "supports", own), mention("JP", "supports", own)],
      { contested: false, divergent: false },
    ],
    [
      "hedged vs hedged",
      [mention("KR", "supports", ownHedged), mention("JP", "supports", ownHedged)],
      { contested: false, divergent: false },
    ],
    ["asserted vs hedged", [mention("KR", "supports", own), mention("JP", "supports", ownHedged)], { contested: false, divergent: true }],
    [
      "hedged vs attributed",
      [mention("KR", "supports", ownHedged), mention("JP", "reports", attributed)],
      { contested: false, divergent: true },
    ],
    [
      "own voice vs attributed refutation",
      [mention("KR", "supports", own), mention("JP", "refutes", attributed)],
      { contested: true, divergent: true },
    ],
    [
      "attributed vs attributed",
      [mention("KR", "reports", attributed), mention("JP", "supports", attributed)],
      { contested: false, divergent: false },
    ],
    ["unset voice is not own voice", [mention("KR", "supports"), mention("JP", "reports")], { contested: false, divergent: false }],
    [
      "one perspective, mixed framing",
      [mention("KR", "supports", own), mention("KR", "reports", attributed)],
      { contested: false, divergent: false },
    ],
    [
      "own-voice rejection vs relayed denial",
      [mention("JP", "refutes", own), mention("KR", "reports", { claimStance: "denies" })],
      { contested: false, divergent: true },
    ],
    [
      "own-voice rejection vs own-voice support",
      [mention("JP", "refutes", own), mention("KR", "supports", own)],
      { contested: true, divergent: true },
    ],
    [
      "hedged vs three relaying perspectives",
      [
        mention("KR", "supports", ownHedged),
        mention("JP", "reports"),
        mention("US", "reports"),
        mention("third-party", "supports", attributed),
      ],
      { contested: false, divergent: true },
    ],
  ];
  it.each(rows)("%s", (_name, mentions, flags) => {
    expect(computeConflictFlags(mentions)).toEqual(flags);
  });
});

describe("the demo scenario: Japan's July 2019 export controls as retaliation", () => {
  const kr = { perspective: "KR", holder: "Yonhap", ...ownHedged, claimStance: "asserts" } as const;
  // Yonhap, own voice with "apparent": 001 ("retaliatory measure", "retaliatory step"), 003 ("in apparent retaliation").
  const y1 = mention("KR", "supports", { ...kr, documentId: "001", publishedAt: "2019-07-14T17:10:00+09:00" });
  const y2 = mention("KR", "supports", { ...kr, documentId: "001", publishedAt: "2019-07-14T17:10:00+09:00" });
  const y3 = mention("KR", "supports", { ...kr, documentId: "003", publishedAt: "2021-04-07T11:28:00+09:00" });
  // The wire (000): "Japan maintained that the tighter export controls were not a retaliatory measure".
  const w1 = mention("third-party", "refutes", {
    documentId: "000",
    publishedAt: "2019-07-11",
    holder: "Government of Japan",
    ...attributed,
    claimStance: "denies",
  });
  const w2 = mention("third-party", "reports", { documentId: "000", publishedAt: "2019-07-11", ...attributed });
  // Kyodo (004): "South Korea saw the moves as retribution for the court decision".
  const k1 = mention("JP", "reports", {
    documentId: "004",
    publishedAt: "2020-03-10",
    holder: "South Korea",
    ...attributed,
    claimStance: "asserts",
  });
  const mentions = [y1, y2, y3, w1, w2, k1];

  it("is contested (Yonhap supports, Japan's denial refutes) and framed divergently", () => {
    const [contested, divergence, ...rest] = detectConflicts(mentions);
    expect(rest).toEqual([]);
    expect(contested).toEqual({
      kind: "contested",
      message:
        "Contested: sources both support and refute it. Third party 1 refuting (Government of Japan); South Korea (KR) 3 supporting (Yonhap).",
      mentionIds: [y1, y2, y3, w1].map((m) => m.annotationId),
      perspectives: ["third-party", "KR"],
    });
    expect(divergence).toEqual({
      kind: "framing_divergence",
      message:
        "Sources frame it differently: South Korea (KR) states it in its own voice, hedged; " +
        "Third party only reports it as the view of others; Japan (JP) only reports it as the view of South Korea.",
      mentionIds: [y1, y2, y3, w2, k1].map((m) => m.annotationId),
      perspectives: ["KR", "third-party", "JP"],
    });
    expect(computeConflictFlags(mentions)).toEqual({ contested: true, divergent: true });
  });

  it("names the denial as the only framing when the wire carries nothing else", () => {
    const divergence = detectConflicts([y1, w1, k1]).find((c) => c.kind === "framing_divergence");
    expect(divergence?.message).toContain("Third party only presents it as refuted or denied");
    expect(divergence?.mentionIds).toEqual([y1, w1, k1].map((m) => m.annotationId));
  });

  it("leads with the stronger outlet when Kyodo had said it flatly in its own voice", () => {
    const kyodoOwn = mention("JP", "supports", { ...own, publishedAt: "2020-03-10" });
    const divergence = detectConflicts([y1, kyodoOwn]).find((c) => c.kind === "framing_divergence");
    expect(divergence?.perspectives).toEqual(["JP", "KR"]);
    expect(divergence?.message).toBe(
      "Sources frame it differently: Japan (JP) states it in its own voice; South Korea (KR) states it in its own voice, hedged.",
    );
  });

  it("counts stances per perspective, perspectives in order of first publication", () => {
    expect(buildStanceMatrix(mentions)).toEqual({
      perspectives: ["third-party", "KR", "JP"],
      stances: ["supports", "refutes", "reports"],
      counts: {
        "third-party": { supports: 0, refutes: 1, reports: 1 },
        KR: { supports: 3, refutes: 0, reports: 0 },
        JP: { supports: 0, refutes: 0, reports: 1 },
      },
      totals: { supports: 3, refutes: 1, reports: 2 },
    });
  });

  it("summarizes each perspective's framing", () => {
    const rows = summarizePerspectives(mentions);
    expect(
      rows.map((r) => [r.perspective, r.label, r.mentionCount, r.documentCount, r.framing, r.description, r.holders, r.firstPublishedAt]),
    ).toEqual([
      [
        "third-party",
        "Third party",
        2,
        1,
        { affirms: "attributed", rejects: "attributed" },
        "only reports it as the view of others; only reports its denial, by Government of Japan",
        ["Government of Japan"],
        "2019-07-11",
      ],
      [
        "KR",
        "South Korea (KR)",
        3,
        2,
        { affirms: "hedged", rejects: "opposed" },
        "states it in its own voice, hedged",
        ["Yonhap"],
        "2019-07-14T17:10:00+09:00",
      ],
      [
        "JP",
        "Japan (JP)",
        1,
        1,
        { affirms: "attributed", rejects: "opposed" },
        "only reports it as the view of South Korea",
        ["South Korea"],
        "2020-03-10",
      ],
    ]);
    expect(rows[1].stanceCounts).toEqual({ supports: 3, refutes: 0, reports: 0 });
  });
});

describe("messages and ordering details", () => {
  it("frames a rejection divergence separately and names unknown perspectives as given", () => {
    const conflicts = detectConflicts([
      mention("DE", "refutes", ownHedged),
      mention("KR", "reports", { claimStance: "denies", holder: "Tokyo" }),
    ]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].message).toBe(
      "Sources frame its rejection differently: DE rejects it in its own voice, hedged; South Korea (KR) only reports its denial, by Tokyo.",
    );
  });

  it("puts undated perspectives last, then orders by name", () => {
    const matrix = buildStanceMatrix([
      mention("US", "reports"),
      mention("KR", "reports"),
      mention("JP", "reports", { publishedAt: "2019-07-04" }),
    ]);
    expect(matrix.perspectives).toEqual(["JP", "KR", "US"]);
    expect(summarizePerspectives([mention("US", "reports")])[0].firstPublishedAt).toBeNull();
  });
});
