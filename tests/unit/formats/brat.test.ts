import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { listBratEntries, encodeBrat } from "@/lib/domain/formats/brat-encode";
import { parseBrat } from "@/lib/domain/formats/brat-parse";
import { OffsetIndex } from "@/lib/domain/text/offsets";
import { expectGolden } from "./golden";
import { TEXT, collectBytes, documents, project, spans, streamDocuments } from "./sample-corpus";
import { hashText } from "@/lib/server/documents/text-hash";

async function entries(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for await (const e of listBratEntries(project, streamDocuments())) out[e.name] = e.content as string;
  return out;
}

describe("brat standoff export", () => {
  it("matches the golden files", async () => {
    const files = await entries();
    // Named by title; a document with several layers once per layer.
    expect(Object.keys(files)).toEqual([
      "Seoul_Tokyo_and_the_retaliation_question--gold.txt",
      "Seoul_Tokyo_and_the_retaliation_question--gold.ann",
      "Seoul_Tokyo_and_the_retaliation_question--user_u1.txt",
      "Seoul_Tokyo_and_the_retaliation_question--user_u1.ann",
      "A_short_note.txt",
      "A_short_note.ann",
      "manifest.json",
      "annotation.conf",
      "visual.conf",
    ]);
    expectGolden("brat/d1--gold.ann", files["Seoul_Tokyo_and_the_retaliation_question--gold.ann"]);
    expectGolden("brat/d1--user_u1.ann", files["Seoul_Tokyo_and_the_retaliation_question--user_u1.ann"]);
    expectGolden("brat/annotation.conf", files["annotation.conf"]);
    expectGolden("brat/visual.conf", files["visual.conf"]);
    expectGolden("brat/manifest.json", files["manifest.json"]);
    expect(files["Seoul_Tokyo_and_the_retaliation_question--gold.txt"]).toBe(TEXT);
    expect(files["A_short_note.ann"]).toBe("");
  });

  it("streams a zip holding the same files", async () => {
    const zip = unzipSync(await collectBytes(encodeBrat(project, streamDocuments())));
    const decoded = Object.fromEntries(Object.entries(zip).map(([k, v]) => [k, new TextDecoder().decode(v)]));
    expect(decoded).toEqual(await entries());
  });

  it("gives code-point offsets whose fragments slice to the quoted text", async () => {
    const files = await entries();
    const index = new OffsetIndex(TEXT);
    const tLines = [
      files["Seoul_Tokyo_and_the_retaliation_question--gold.ann"],
      files["Seoul_Tokyo_and_the_retaliation_question--user_u1.ann"],
    ]
      .join("")
      .split("\n")
      .filter((l) => l.startsWith("T"));
    expect(tLines).toHaveLength(spans.length);
    for (const line of tLines) {
      const [, typeAndOffsets, text] = line.split("\t");
      const fragments = typeAndOffsets
        .split(" ")
        .slice(1)
        .join(" ")
        .split(";")
        .map((f) => f.split(" ").map(Number));
      expect(fragments.map(([s, e]) => index.slice(s, e)).join(" ")).toBe(text);
    }
    // The quote across a line break is split into two fragments there.
    expect(files["Seoul_Tokyo_and_the_retaliation_question--user_u1.ann"]).toContain(
      '\tquote 76 88;89 106\t"an apparent retaliatory step"\n',
    );
  });
});

describe("brat standoff import", () => {
  it("reads our own export back: same spans per layer file, attributes typed, notes kept, metadata from the manifest", async () => {
    const result = parseBrat(await entries(), { hashText });
    expect(result.problems).toEqual([]);
    const byName = Object.fromEntries(result.documents.map((d) => [d.sourceName, d]));
    const user = byName["Seoul_Tokyo_and_the_retaliation_question--user_u1.txt"];
    expect(user).toMatchObject({
      title: documents[0].title,
      outlet: documents[0].outlet,
      perspective: documents[0].perspective,
      publishedAt: documents[0].publishedAt,
    });
    const original = spans.filter((s) => s.layer === "user:u1");
    const simplify = (s: { label: string; start: number; end: number; text: string; attributes: object; note: string }) => ({
      label: s.label,
      start: s.start,
      end: s.end,
      text: s.text,
      attributes: s.attributes,
      note: s.note,
    });
    // brat writes false flags as nothing, notes on one line.
    const expected = original.map((s) => ({
      ...simplify(s),
      attributes: Object.fromEntries(Object.entries(s.attributes).filter(([, v]) => v !== false)),
      note: s.note.replace(/\s*\n\s*/g, " "),
    }));
    const byStart = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || b.end - a.end;
    expect(user.spans.map(simplify).sort(byStart)).toEqual(expected.sort(byStart));
    expect(user.text).toBe(TEXT);
    expect(byName["A_short_note.txt"].text).toBe(documents[1].text);
  });

  it("remaps offsets when the .txt has CRLF line endings and decomposed characters", () => {
    const raw = "Cafe\u0301 line\r\nsecond line";
    // Offsets as brat computes them on the raw text: "line" is at 6..10, "second" at 12..18.
    const ann = "T1\tclaim 6 10\tline\nT2\tquote 12 18\tsecond\nT3\tdate 0 5\tCafe\u0301\n";
    const result = parseBrat({ "a.txt": raw, "a.ann": ann }, { hashText });
    expect(result.problems).toEqual([]);
    const [doc] = result.documents;
    expect(doc.text).toBe("Café line\nsecond line");
    expect(doc.spans.map((s) => [s.start, s.end, s.text])).toEqual([
      [5, 9, "line"],
      [10, 16, "second"],
      [0, 4, "Café"],
    ]);
  });

  it("reports each bad line and keeps the good ones", () => {
    const ann = [
      "T1\tclaim 0 5\tHello",
      "T2\tclaim 0 500\tHello",
      "T3\tclaim 0 5\tHowdy",
      "T4\trumour 6 11\tworld",
      "T5\tclaim 0 5;8 11\tHello rld",
      "A1\tstance T1 maybe",
      "A2\thedged T9",
      "R1\tcauses Arg1:T1 Arg2:T3",
      "garbage",
      "T1\tclaim 0 5\tHello",
      "*\tEquiv T1 T3",
      "*\tEquiv T1 T5",
      "E1\tPhosphorylation:T1 Theme:T3",
      "M1\tNegation E1",
      "N1\tReference T1 Wikipedia:534366\tHello",
    ].join("\n");
    const result = parseBrat({ "x.txt": "Hello world", "x.ann": ann, "y.ann": "" }, { hashText, labels: ["claim", "quote"] });
    const messages = result.problems.map((p) => `${p.where}: ${p.message}`);
    expect(messages).toEqual([
      "file y.ann: no .txt file with the same name",
      "file x.ann line 9: not a brat standoff line (expected an id such as T1, A1, R1, E1, N1, #1 or *, a tab, then the annotation)",
      "file x.ann line 10: duplicate annotation id T1",
      "file x.ann line 7: refers to T9, which is not a text-bound annotation here",
      expect.stringMatching(/^file x\.ann line 1 \(T1\): attributes\.stance: /),
      expect.stringMatching(/^file x\.ann line 2 \(T2\): end \(500\) is past the end/),
      expect.stringMatching(/^file x\.ann line 3 \(T3\): text does not match/),
      'file x.ann line 4 (T4): unknown label "rumour"',
      "file x.ann line 5 (T5): a discontinuous span with text between its fragments cannot be imported",
    ]);
    expect(result.documents[0].spans).toEqual([]);
    // What brat has and Parallax does not is counted once, not reported line by line.
    expect(result.notices).toEqual([
      "Not imported: relations (1), equivalences (2), events (1), attributes of events (1), normalizations (1).",
    ]);
  });

  it("keeps underscores of other brat corpora as written, and types numbers", () => {
    const ann =
      "T1\tmeasure 0 3\t3.5\nA1\tvalue T1 3.5\nA2\tunit T1 metric_tons\nT2\tquote 4 10\tmetric\nA3\tspeaker T2 METI_official\n#1\tAnnotatorNotes T1\tcheck this\n";
    const result = parseBrat({ "m.txt": "3.5 metric tons", "m.ann": ann }, { hashText });
    expect(result.problems).toEqual([]);
    const [doc] = result.documents;
    expect(doc.spans[0]).toMatchObject({ attributes: { value: 3.5, unit: "metric_tons" }, note: "check this" });
    expect(doc.spans[1]).toMatchObject({ attributes: { speaker: "METI_official" } });
  });

  it("round-trips attribute values with spaces, underscores, | , % and line breaks through our own export", async () => {
    const value = "METI_official | 50%, \u2028Seoul\tdesk";
    const doc = {
      ...documents[1],
      spans: [
        {
          ...spans[0],
          id: "v1",
          layer: "gold",
          start: 0,
          end: 1,
          text: Array.from(documents[1].text)[0],
          label: "quote",
          attributes: { speaker: value },
          note: "",
        },
      ],
    };
    const files: Record<string, string> = {};
    for await (const e of listBratEntries(project, [doc])) files[e.name] = e.content as string;
    const ann = files["A_short_note.ann"];
    expect(ann).not.toMatch(/[\u2028\t|,%]Seoul/);
    const [back] = parseBrat(files, { hashText }).documents;
    expect(back.spans[0].attributes).toEqual({ speaker: value });
  });
});

describe("brat: spans that begin or end with a line break", () => {
  // Emoji with a skin tone, a combining mark (q + U+0301, which has no precomposed form, so NFC keeps it), CJK and line breaks (LF, U+2028).
  const text = "Intro 👍🏽\n日本の輸出規制q\u0301\nmore\u2028tail";
  const cps = Array.from(text);
  const at = (needle: string) => {
    const start = Array.from(text.slice(0, text.indexOf(needle))).length;
    return { start, end: start + Array.from(needle).length, text: needle };
  };
  const base = {
    id: "x",
    authorId: "u1",
    layer: "gold",
    attributes: {},
    note: "",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
  };
  const doc = {
    ...documents[1],
    text,
    spans: [
      { ...base, id: "lead", label: "claim", ...at("\n日本の輸出規制q\u0301\n") },
      { ...base, id: "trail", label: "quote", ...at("more\u2028") },
      { ...base, id: "plain", label: "date", ...at("日本") },
    ],
  };

  async function files() {
    const out: Record<string, string> = {};
    for await (const e of listBratEntries(project, [doc])) out[e.name] = e.content as string;
    return out;
  }

  it("writes fragments brat accepts and records the exact extent in the manifest", async () => {
    const out = await files();
    const ann = out["A_short_note.ann"];
    expect(ann.split("\n").filter(Boolean)).toHaveLength(3);
    const manifest = JSON.parse(out["manifest.json"]).documents[0];
    expect(manifest.spanExtents).toEqual({
      T1: [at("\n日本の輸出規制q\u0301\n").start, at("\n日本の輸出規制q\u0301\n").end],
      T3: [at("more\u2028").start, at("more\u2028").end],
    });
  });

  it("comes back whole from a Parallax import, code point for code point", async () => {
    const [back] = parseBrat(await files(), { hashText }).documents;
    const got = back.spans
      .map((s) => ({ label: s.label, text: cps.slice(s.start, s.end).join("") }))
      .sort((a, b) => a.label.localeCompare(b.label));
    expect(got).toEqual([
      { label: "claim", text: "\n日本の輸出規制q\u0301\n" },
      { label: "date", text: "日本" },
      { label: "quote", text: "more\u2028" },
    ]);
  });

  it("ignores a recorded extent that the .ann no longer agrees with (edited in brat since)", async () => {
    const out = await files();
    const manifest = JSON.parse(out["manifest.json"]);
    manifest.documents[0].spanExtents.T1 = [0, at("\n日本の輸出規制q\u0301\n").end]; // would add "Intro 👍🏽", not only line breaks
    out["manifest.json"] = JSON.stringify(manifest);
    const [back] = parseBrat(out, { hashText }).documents;
    const claim = back.spans.find((s) => s.label === "claim")!;
    expect(cps.slice(claim.start, claim.end).join("")).toBe("日本の輸出規制q\u0301");
  });
});
