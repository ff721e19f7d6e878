import { describe, expect, it } from "vitest";
import { type ConllStats, encodeConll } from "@/lib/domain/formats/conll-encode";
import { tokenize } from "@/lib/domain/formats/tokenize";
import type { Span } from "@/lib/domain/spans/spans";
import { expectGolden } from "./golden";
import { collectText, documents, project, streamDocuments } from "./sample-corpus";

const userLayer = documents.map((d) => ({ ...d, spans: d.spans.filter((s) => s.layer === "user:u1") }));

describe("tokenize", () => {
  it("splits words, punctuation, CJK characters and emoji sequences, in code points", () => {
    const text = "Japan’s 日本の 👍🏽🇯🇵 café 3.5%\nq\u0307!";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(["Japan", "’", "s", "日", "本", "の", "👍🏽", "🇯🇵", "café", "3.5", "%", "q\u0307", "!"]);
    const cps = Array.from(text);
    for (const t of tokens) expect(cps.slice(t.start, t.end).join("")).toBe(t.text);
    expect(tokens.filter((t) => t.lineBreakBefore).map((t) => t.text)).toEqual(["q\u0307"]);
  });
});

describe("CoNLL-2003 export", () => {
  it("matches the golden file (one annotator's layer)", async () => {
    let stats: ConllStats | undefined;
    const out = await collectText(encodeConll(project, streamDocuments(userLayer), { onStats: (s) => (stats = s) }));
    expectGolden("corpus.conll", out);
    // s1 (claim) contains s2 (quote); s3 (quote) and s4 (claim) cross: inner-first keeps
    // s2 and s3 and drops the two claims.
    expect(stats).toEqual({
      documents: 2,
      tokens: expect.any(Number),
      spans: 7,
      kept: 5,
      dropped: 2,
      droppedByLabel: { claim: 2 },
    });
  });

  it("writes well-formed IOB2: every I- follows a B- or I- of the same label", async () => {
    const out = await collectText(encodeConll(project, streamDocuments(userLayer)));
    let previous = "O";
    for (const line of out.split("\n")) {
      if (line === "" || line.startsWith("-DOCSTART-")) {
        previous = "O";
        continue;
      }
      const cols = line.split(" ");
      expect(cols).toHaveLength(4);
      const tag = cols[3];
      if (tag.startsWith("I-")) expect([`B-${tag.slice(2)}`, tag]).toContain(previous);
      previous = tag;
    }
    expect(out.startsWith("-DOCSTART- -X- -X- O\n\n")).toBe(true);
    expect(out.split("-DOCSTART-")).toHaveLength(3);
  });

  it("keeps outer spans with prefer: outer, and starts a new entity after a line break", async () => {
    const gen = encodeConll(project, streamDocuments(userLayer), { prefer: "outer" });
    let result = await gen.next();
    let out = "";
    while (!result.done) {
      out += result.value;
      result = await gen.next();
    }
    expect(result.value).toMatchObject({ kept: 5, dropped: 2, droppedByLabel: { quote: 2 } });
    // s4 "apparent\nretaliatory step ..." is split into one entity per line.
    expect(out).toContain("apparent -X- _ B-claim\n\nretaliatory -X- _ B-claim\nstep -X- _ I-claim\n");
  });

  it("drops a span covering only whitespace and snaps partial tokens outward", async () => {
    const text = "Hello   world";
    const spans: Span[] = [
      { id: "a", label: "claim", start: 5, end: 8, text: "   ", attributes: {}, note: "", authorId: "u", layer: "gold" },
      { id: "b", label: "date", start: 9, end: 11, text: "wo", attributes: {}, note: "", authorId: "u", layer: "gold" },
    ];
    const doc = { ...documents[1], text, spans };
    const gen = encodeConll(project, [doc]);
    const chunks: string[] = [];
    let r = await gen.next();
    while (!r.done) {
      chunks.push(r.value);
      r = await gen.next();
    }
    expect(chunks.join("")).toBe("-DOCSTART- -X- -X- O\n\nHello -X- _ O\nworld -X- _ B-date\n\n");
    expect(r.value).toMatchObject({ kept: 1, dropped: 1, droppedByLabel: { claim: 1 } });
  });
});
