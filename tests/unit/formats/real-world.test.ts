// Files in the shapes brat, doccano and Label Studio really write (tests/fixtures/real-world/,
// written by hand from each tool's documentation), read by the importers.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseBrat } from "@/lib/domain/formats/brat-parse";
import { parseDoccano } from "@/lib/domain/formats/doccano-parse";
import { parseLabelStudio } from "@/lib/domain/formats/label-studio-parse";
import { hashText } from "@/lib/server/documents/text-hash";

const DIR = path.resolve(__dirname, "../../fixtures/real-world");
const read = (name: string) => readFileSync(path.join(DIR, name), "utf8");
const folder = (name: string) => Object.fromEntries(readdirSync(path.join(DIR, name)).map((f) => [f, read(`${name}/${f}`)]));
const cp = (text: string, s: number, e: number) => Array.from(text).slice(s, e).join("");

describe("brat: a BioNLP-style collection like brat's example data", () => {
  const files = folder("brat-bionlp");

  it("imports every text-bound span with its own capitalized labels, attributes and notes when labels may be created", () => {
    const result = parseBrat(files, { hashText });
    expect(result.problems).toEqual([]);
    expect(result.documents.map((d) => d.sourceName)).toEqual(["PMID-1001.txt", "PMID-1002.txt"]);
    const [a, b] = result.documents;
    expect(a.spans).toHaveLength(13);
    expect(b.spans).toHaveLength(7);
    for (const d of result.documents) for (const s of d.spans) expect(cp(d.text, s.start, s.end)).toBe(s.text);
    expect(new Set([...a.spans, ...b.spans].map((s) => s.label)).size).toBe(11);
    expect(a.spans.find((s) => s.text === "BMP-6")).toMatchObject({ label: "Protein", attributes: { Confidence: "High" } });
    // Values keep their underscores: this archive was not written by Parallax.
    expect(a.spans.find((s) => s.text === "B cells")).toMatchObject({
      label: "Cell_type",
      attributes: { Source: "Mouse_spleen" },
      note: "cell type, check with curator",
    });
    // The CRLF text is normalized and offsets remapped; é stays one code point.
    expect(b.text).toBe("Id-1 is expressed in B cells.\nTNF-alpha élève Id-1.\n");
    expect(b.spans.find((s) => s.label === "Localization")).toMatchObject({ text: "élève", start: 40, end: 45 });
  });

  it("reports what brat has and Parallax does not once, as not imported, and ignores README and LICENSE", () => {
    const result = parseBrat(files, { hashText });
    expect(result.notices).toEqual([
      "Ignored 2 files that are not a document: LICENSE.txt, README.",
      "Not imported: events (5), attributes of events (2), relations (1), equivalences (1), normalizations (2), notes on events (1).",
    ]);
  });

  it("with the project's label set only, names each unknown label (the manager may create them instead)", () => {
    const result = parseBrat(files, { hashText, labels: ["claim", "quote", "measure", "date"] });
    expect(result.problems).toHaveLength(20);
    expect(result.problems[0].message).toBe('unknown label "Protein"');
  });
});

describe("doccano: the exports doccano writes", () => {
  it("sequence labelling: label arrays in UTF-16, metadata kept, and it says what it read", () => {
    const result = parseDoccano(read("doccano/sequence-labeling.jsonl"), { hashText, labels: ["claim", "quote", "date"] });
    expect(result.problems).toEqual([]);
    expect(result.documents.map((d) => d.spans.map((s) => s.text))).toEqual([
      ["apparent retaliatory step", "🇯🇵", "1 July 2019"],
      ["not retaliation", "보복이 아니라고"],
    ]);
    expect(result.documents[1]).toMatchObject({ outlet: "Kyodo", publishedAt: "2019-07-02", sourceId: "13" });
    expect(result.notices).toEqual(['doccano: text read from "text", spans from "label".']);
  });

  it("the relation export: entities imported, relations counted as not imported", () => {
    const result = parseDoccano(read("doccano/relation-extraction.jsonl"), { hashText });
    expect(result.problems).toEqual([]);
    expect(result.documents[0].spans.map((s) => [s.label, s.text])).toEqual([
      ["quote", "Seoul"],
      ["claim", "apparent retaliatory step"],
    ]);
    expect(result.notices).toEqual(['doccano: text read from "text", spans from "entities".', "Not imported: doccano relations (1)."]);
  });

  it("doccano 1.x (text in data, metadata in meta) and a project whose column_data is article", () => {
    const old = parseDoccano(read("doccano/doccano-1x.jsonl"), { hashText });
    expect(old.problems).toEqual([]);
    expect(old.documents[0]).toMatchObject({ outlet: "Kyodo" });
    expect(old.documents[0].spans.map((s) => s.text)).toEqual(["METI"]);
    expect(old.notices).toEqual(['doccano: text read from "data", spans from "label".']);
    const unnamed = parseDoccano(read("doccano/column-data-article.jsonl"), { hashText });
    expect(unnamed.problems.map((p) => p.message)).toEqual([
      'no "text" field holding the text (nor "data"); name the field with textField (doccano\'s column_data)',
    ]);
    const named = parseDoccano(read("doccano/column-data-article.jsonl"), { hashText, textField: "article" });
    expect(named.problems).toEqual([]);
    expect(named.documents[0].spans.map((s) => s.text)).toEqual(["Seoul"]);
  });

  it("a text-classification export: documents imported, document labels counted as not imported", () => {
    const result = parseDoccano(read("doccano/text-classification.jsonl"), { hashText });
    expect(result.problems).toEqual([]);
    expect(result.documents[0].spans).toEqual([]);
    expect(result.notices).toContain("Not imported: text classification labels (1).");
  });
});

describe("Label Studio: an NER project export whose text field is $ner", () => {
  const input = read("label-studio/ner-export.json");

  it("needs the text field named when data holds several strings", () => {
    expect(parseLabelStudio(input, { hashText }).problems[0].message).toMatch(/^no data\.text field and no single other text field/);
  });

  it("reads data.ner, keeps each annotator's layer and gold, skips cancelled annotations, counts relations and predictions", () => {
    const result = parseLabelStudio(input, { hashText, textKey: "ner" });
    expect(result.problems).toEqual([]);
    const [doc] = result.documents;
    expect(doc.spans.map((s) => [s.layer, s.label, s.text])).toEqual([
      ["user:1", "claim", "an apparent retaliatory step"],
      ["user:1", "measure", "👍🏽"],
      ["gold", "claim", "an apparent retaliatory step"],
    ]);
    expect(result.notices).toEqual([
      "Label Studio: text read from data.ner.",
      "Not imported: relations (1), predictions (import them with the predictions option) (1).",
    ]);
  });

  it("with predictions on, imports them into the default layer", () => {
    const result = parseLabelStudio(input, { hashText, textKey: "ner", predictions: true });
    expect(result.problems).toEqual([]);
    const predicted = result.documents[0].spans.filter((s) => s.layer === undefined);
    expect(predicted.map((s) => [s.label, s.text])).toEqual([
      ["claim", "retribution"],
      ["quote", "Kyodo"],
    ]);
  });
});
