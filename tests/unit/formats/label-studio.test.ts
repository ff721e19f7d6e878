import { describe, expect, it } from "vitest";
import { encodeLabelStudio, buildLabelStudioConfig } from "@/lib/domain/formats/label-studio-encode";
import { parseLabelStudio } from "@/lib/domain/formats/label-studio-parse";
import { expectGolden } from "./golden";
import { TEXT, collectText, find, project, spans, streamDocuments } from "./sample-corpus";
import { hashText } from "@/lib/server/documents/text-hash";

const encode = () => collectText(encodeLabelStudio(project, streamDocuments()));

describe("Label Studio JSON export", () => {
  it("matches the golden files", async () => {
    expectGolden("corpus.label-studio.json", await encode());
    expectGolden("label-studio-config.xml", buildLabelStudioConfig(project));
  });

  it("writes UTF-16 offsets that slice to each region's text, one annotation per layer", async () => {
    const [task] = JSON.parse(await encode());
    expect(task.annotations.map((a: { ground_truth: boolean }) => a.ground_truth)).toEqual([true, false]);
    const results = task.annotations.flatMap((a: { result: unknown[] }) => a.result);
    expect(results).toHaveLength(spans.length);
    for (const r of results) expect(task.data.text.slice(r.value.start, r.value.end)).toBe(r.value.text);
    const flag = results.find((r: { id: string }) => r.id === "g3");
    // 🇯🇵 is 2 code points but 4 UTF-16 code units, after 👍🏽 (2 code points, 4 units).
    expect([flag.value.start, flag.value.end]).toEqual([find("🇯🇵").start + 2, find("🇯🇵").end + 4]);
  });
});

describe("Label Studio JSON import", () => {
  it("round-trips our export back to code points, with layers and notes", async () => {
    const result = parseLabelStudio(await encode(), { hashText });
    expect(result.problems).toEqual([]);
    const [d1, d2] = result.documents;
    expect(d1.text).toBe(TEXT);
    expect(d1.sourceId).toBe("d1");
    expect(d2.spans).toEqual([]);
    const simplify = (s: { id?: string; label: string; start: number; end: number; text: string; note: string }) =>
      [s.id, s.label, s.start, s.end, s.text, s.note].join("|");
    expect(d1.spans.map(simplify).sort()).toEqual(spans.map(simplify).sort());
    expect(d1.spans.find((s) => s.id === "g3")).toMatchObject({ layer: "gold", ...find("🇯🇵") });
  });

  it("reports malformed JSON with its line", () => {
    const result = parseLabelStudio('[\n{"data": {"text": "x"}},\n{oops}\n]', { hashText });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].message).toMatch(/^malformed JSON \(line 3, column 2\)/);
  });

  it("reports surrogate splits, out-of-range offsets, text mismatches and unsupported results", () => {
    const text = "ok 👍 fine";
    const region = (start: number, end: number, t: string, labels = ["claim"]) => ({
      from_name: "label",
      to_name: "text",
      type: "labels",
      value: { start, end, text: t, labels },
    });
    const input = JSON.stringify([
      {
        id: 7,
        data: { text },
        annotations: [
          {
            completed_by: 3,
            result: [
              region(3, 5, "👍"),
              region(4, 6, "?"),
              region(0, 99, "x"),
              region(6, 10, "FINE"),
              { type: "relation", from_id: "a", to_id: "b" },
              region(0, 2, "ok", ["claim", "quote"]),
            ],
          },
          { was_cancelled: true, result: [region(0, 1, "nope")] },
        ],
      },
      { data: { body: "no text field", other: "and two strings" } },
      "not a task",
    ]);
    const result = parseLabelStudio(input, { hashText });
    expect(result.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      "task 1 annotation 1 result 2: UTF-16 offset 4 splits a surrogate pair (an emoji or other astral character)",
      "task 1 annotation 1 result 3: offset 99 is past the end of the document (10 UTF-16 code units)",
      expect.stringMatching(/^task 1 annotation 1 result 4: text does not match the document at \[5, 9\)/),
      'task 2: no data.text field and no single other text field: name the one your labeling config\'s <Text value="$…"> reads (textField)',
      "task 3: a task must be an object with a data object",
    ]);
    expect(result.notices).toEqual(["Label Studio: text read from data.text.", "Not imported: relations (1)."]);
    const [doc] = result.documents;
    expect(doc.sourceId).toBe("7");
    expect(doc.spans.map((s) => [s.label, s.start, s.end, s.text, s.layer, s.authorId])).toEqual([
      ["claim", 3, 4, "👍", "user:3", "3"],
      ["claim", 0, 2, "ok", "user:3", "3"],
      ["quote", 0, 2, "ok", "user:3", "3"],
    ]);
  });
});
