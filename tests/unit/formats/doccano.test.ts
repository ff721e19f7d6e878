import { describe, expect, it } from "vitest";
import { encodeDoccano } from "@/lib/domain/formats/doccano-encode";
import { parseDoccano } from "@/lib/domain/formats/doccano-parse";
import { OffsetIndex } from "@/lib/domain/text/offsets";
import { expectGolden } from "./golden";
import { RAW_TEXT, TEXT, collectText, find, project, spans, streamDocuments } from "./sample-corpus";
import { hashText } from "@/lib/server/documents/text-hash";

const encode = (unit?: "utf16" | "codepoint") => collectText(encodeDoccano(project, streamDocuments(), { unit }));
const lines = async (unit?: "utf16" | "codepoint") =>
  (await encode(unit))
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l));

describe("doccano JSONL export", () => {
  it("matches the golden file (UTF-16 offsets, doccano's unit)", async () => {
    expectGolden("corpus.doccano.jsonl", await encode());
  });

  it("slices to each span's text in UTF-16 code units by default", async () => {
    const [d1] = await lines();
    expect(d1.offset_unit).toBe("utf16");
    for (const [s, e, label] of d1.label) {
      const span = spans.find((x) => x.label === label && d1.text.slice(s, e) === x.text);
      expect(span, `${s}-${e} ${label}`).toBeDefined();
    }
    // The same [start, end, label] in two layers is written once: 12 spans, 1 duplicate.
    expect(d1.label).toHaveLength(11);
  });

  it("slices in code points when asked", async () => {
    const [d1] = await lines("codepoint");
    const index = new OffsetIndex(d1.text);
    const texts = d1.label.map(([s, e]: number[]) => index.slice(s, e));
    expect(texts).toContain("🇯🇵");
    expect(texts).toContain("日本の輸出規制");
    expect(d1.label.find((l: unknown[]) => l[2] === "date")).toEqual([147, 156, "date"]);
  });
});

describe("doccano JSONL import", () => {
  it("round-trips our export in both units", async () => {
    for (const unit of ["utf16", "codepoint"] as const) {
      const result = parseDoccano(await encode(unit), { hashText });
      expect(result.problems).toEqual([]);
      expect(result.documents.map((d) => d.sourceId)).toEqual(["d1", "d2"]);
      const [d1] = result.documents;
      expect(d1).toMatchObject({
        title: 'Seoul, Tokyo and the "retaliation" question',
        perspective: "KR",
        publishedAt: "2019-07-14T17:10:00+09:00",
      });
      const index = new OffsetIndex(d1.text);
      for (const s of d1.spans) expect(index.slice(s.start, s.end)).toBe(s.text);
      expect(d1.spans.find((s) => s.text === "3.5 tons")).toMatchObject(find("3.5 tons"));
    }
  });

  it("reads entities objects, remaps CRLF/decomposed text, and reports bad lines by number", () => {
    // Offsets against the raw text (CRLF, decomposed e + U+0301), in UTF-16 code units.
    const at = (needle: string) => [RAW_TEXT.indexOf(needle), RAW_TEXT.indexOf(needle) + needle.length];
    const [ts, te] = at("3.5 tons");
    const [cs, ce] = at("Cafe\u0301");
    const [fs] = at("🇯🇵");
    const input = [
      JSON.stringify({
        text: RAW_TEXT,
        entities: [
          { start_offset: ts, end_offset: te, label: "measure" },
          { start_offset: cs, end_offset: ce, label: "quote" },
        ],
      }),
      "{not json",
      JSON.stringify({ text: RAW_TEXT, label: [[fs + 1, fs + 4, "quote"], [0, 99999, "claim"], [0, 3, "rumour"], ["pos"]] }),
      JSON.stringify({ text: "text-classification", label: ["positive"] }),
      JSON.stringify({ nothing: true }),
    ].join("\n");
    const result = parseDoccano(input, { hashText, labels: ["claim", "quote", "measure", "date"] });
    expect(result.documents[0].text).toBe(TEXT);
    expect(result.documents[0].spans.map((s) => [s.label, s.start, s.end, s.text])).toEqual([
      ["measure", find("3.5 tons").start, find("3.5 tons").end, "3.5 tons"],
      ["quote", find("Café").start, find("Café").end, "Café"],
    ]);
    expect(result.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      expect.stringMatching(/^line 2: malformed JSON/),
      // Shape problems are found while reading the list, before offsets are checked.
      "line 3 span 4: a span must be [start, end, label] or {start_offset, end_offset, label}",
      "line 3 span 1: UTF-16 offset " + (fs + 1) + " splits a surrogate pair (an emoji or other astral character)",
      `line 3 span 2: offset 99999 is past the end of the document (${RAW_TEXT.length} UTF-16 code units)`,
      'line 3 span 3: unknown label "rumour"',
      'line 5: no "text" field holding the text (nor "data"); name the field with textField (doccano\'s column_data)',
    ]);
    expect(result.notices).toContain("Not imported: text classification labels (1).");
  });

  it("rejects an offset inside a CRLF or inside a letter and its combining mark", () => {
    const raw = "ab\r\ncafe\u0301";
    const result = parseDoccano(
      JSON.stringify({
        text: raw,
        label: [
          [0, 3, "claim"],
          [4, 8, "claim"],
        ],
      }),
      { hashText },
    );
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^offset 3 falls inside a character sequence that normalization joined/),
      expect.stringMatching(/^offset 8 falls inside/),
    ]);
  });
});
