// Each export fed to a strict model of the tool that consumes it (tests/unit/formats/consumers/),
// on the golden corpus and on a corpus of hard characters; then each importing format's
// round trip, with exactly the losses the README's "Lossy in" column names.
import { describe, expect, it } from "vitest";
import { listBratEntries } from "@/lib/domain/formats/brat-encode";
import { parseBrat } from "@/lib/domain/formats/brat-parse";
import { encodeConll } from "@/lib/domain/formats/conll-encode";
import type { CorpusDocument, CorpusProject, CorpusProposition } from "@/lib/domain/formats/corpus";
import { encodeDoccano } from "@/lib/domain/formats/doccano-encode";
import { parseDoccano } from "@/lib/domain/formats/doccano-parse";
import { encodeJsonl } from "@/lib/domain/formats/jsonl-encode";
import { parseJsonl } from "@/lib/domain/formats/jsonl-parse";
import { buildLabelStudioConfig, encodeLabelStudio } from "@/lib/domain/formats/label-studio-encode";
import { parseLabelStudio } from "@/lib/domain/formats/label-studio-parse";
import { ANY_SPACE, PYTHON_LINE_BREAK } from "@/lib/domain/formats/line-breaks";
import { encodeW3c } from "@/lib/domain/formats/w3c-encode";
import { documentIri } from "@/lib/domain/formats/w3c-annotation";
import { OffsetIndex } from "@/lib/domain/text/offsets";
import type { Span } from "@/lib/domain/spans/spans";
import { validateBratCollection } from "./consumers/brat-consumer";
import { readConllStrictly } from "./consumers/conll-consumer";
import { validateLabelStudioTasks, readLabelingConfig } from "./consumers/label-studio-consumer";
import { expandSafely, expandedMotivations, validateW3cCollection } from "./consumers/w3c-consumer";
import { hardDocuments, hardProject, hardPropositions } from "./hard-corpus";
import { collectText, documents, project, propositions } from "./sample-corpus";
import { hashText } from "@/lib/server/documents/text-hash";

interface Corpus {
  name: string;
  project: CorpusProject;
  documents: CorpusDocument[];
  propositions: CorpusProposition[];
}

const CORPORA: Corpus[] = [
  { name: "golden corpus", project, documents, propositions },
  { name: "hard characters", project: hardProject, documents: hardDocuments, propositions: hardPropositions },
];

const SPACE = new RegExp(`[${ANY_SPACE}]`, "gu");
const layersOf = (docs: CorpusDocument[]) => [...new Set(docs.flatMap((d) => d.spans.map((s) => s.layer)))].sort();
const inLayer = (docs: CorpusDocument[], layer: string) => docs.map((d) => ({ ...d, spans: d.spans.filter((s) => s.layer === layer) }));
const key = (s: { label: string; start: number; end: number }) => `${s.label}|${s.start}|${s.end}`;

async function bratFiles(c: Corpus): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for await (const e of listBratEntries(c.project, c.documents)) files[e.name] = e.content as string;
  return files;
}

describe.each(CORPORA)("consumers accept every export ($name)", (c) => {
  it("CoNLL: conlleval's column rule, Python's line and field splitting, IOB2; tokens are the text", async () => {
    for (const layer of ["all", ...layersOf(c.documents)]) {
      const docs = layer === "all" ? c.documents : inLayer(c.documents, layer);
      const file = await collectText(encodeConll(c.project, docs));
      const read = readConllStrictly(file);
      expect(read.violations, layer).toEqual([]);
      expect(read.documents).toHaveLength(docs.length);
      read.documents.forEach((sentences, i) => {
        expect(
          sentences
            .flat()
            .map(([token]) => token)
            .join(""),
        ).toBe(docs[i].text.replace(SPACE, ""));
      });
    }
  });

  it("brat: line grammar, Python line splitting, declared types and attribute values, fragments slice to the text", async () => {
    const files = await bratFiles(c);
    expect(validateBratCollection(files)).toEqual([]);
    const lineBreak = new RegExp(`[${PYTHON_LINE_BREAK}]`, "u");
    for (const [name, content] of Object.entries(files)) {
      if (name.endsWith(".ann"))
        for (const line of content.split("\n")) expect(lineBreak.test(line), `${name}: ${JSON.stringify(line)}`).toBe(false);
    }
    // And Parallax reads its own export without a single problem.
    expect(parseBrat(files, { hashText }).problems).toEqual([]);
  });

  it("W3C Web Annotation: the model's MUSTs, selectors that select, and safe-mode JSON-LD expansion with no dropped term", async () => {
    const doc = JSON.parse(await collectText(encodeW3c(c.project, c.documents, () => c.propositions)));
    const texts = new Map(c.documents.map((d) => [documentIri(d.id), d.text]));
    expect(validateW3cCollection(doc, texts)).toEqual([]);
    const expanded = await expandSafely(doc);
    const motivations = expandedMotivations(expanded);
    expect(motivations.length).toBeGreaterThan(0);
    for (const m of motivations) expect(m).toMatch(/^http:\/\/www\.w3\.org\/ns\/oa#[a-z]+$/);
    if (c.propositions.some((p) => p.reconciliation)) expect(motivations).toContain("http://www.w3.org/ns/oa#assessing");
  });

  it("W3C: safe-mode expansion does reject an undefined term (the check can fail)", async () => {
    const doc = JSON.parse(await collectText(encodeW3c(c.project, c.documents, () => c.propositions)));
    doc.first.items[0].parallaxLayer = "gold";
    await expect(expandSafely(doc)).rejects.toThrow();
  });

  it("Label Studio: the task fields its converter reads, UTF-16 regions that slice to their text, labels in the config", async () => {
    const tasks = JSON.parse(await collectText(encodeLabelStudio(c.project, c.documents)));
    expect(validateLabelStudioTasks(tasks, readLabelingConfig(buildLabelStudioConfig(c.project)))).toEqual([]);
  });
});

/**
 * What a span keeps through brat (README "Lossy in"): true flags only, one-line notes; a span
 * of nothing but line breaks is dropped. Leading and trailing line breaks come back from the
 * manifest's spanExtents.
 */
function throughBrat(text: string, s: Span) {
  const cps = Array.from(text);
  const isBreak = (ch: string) => new RegExp(`^[${PYTHON_LINE_BREAK}]$`, "u").test(ch);
  const onlyBreaks = cps.slice(s.start, s.end).every(isBreak);
  const { start, end } = onlyBreaks ? { start: s.start, end: s.start } : s;
  const attributes = Object.fromEntries(Object.entries(s.attributes).filter(([, v]) => v !== false && v !== ""));
  const note = s.note.trim().replace(new RegExp(`[${ANY_SPACE}]*[${PYTHON_LINE_BREAK}][${ANY_SPACE}]*`, "gu"), " ");
  return { label: s.label, start, end, text: cps.slice(start, end).join(""), attributes, note };
}

describe.each(CORPORA)("round trips of the importing formats ($name)", (c) => {
  it("Parallax JSONL: export → import → export is byte-identical (ids kept)", async () => {
    const first = await collectText(encodeJsonl(c.project, c.documents, () => c.propositions));
    const parsed = parseJsonl(first, { hashText });
    expect(parsed.problems).toEqual([]);
    const back = parsed.documents.map((d) => ({ ...d, id: d.sourceId!, status: d.status!, spans: d.spans as Span[] }));
    expect(back.map((d) => d.sha256)).toEqual(c.documents.map((d) => d.sha256));
    const again = await collectText(encodeJsonl(parsed.project!, back, () => parsed.propositions));
    expect(again).toBe(first);
  });

  it("brat: every span of every layer comes back, with only the documented losses", async () => {
    const parsed = parseBrat(await bratFiles(c), { hashText });
    expect(parsed.problems).toEqual([]);
    for (const doc of c.documents) {
      const copies = parsed.documents.filter((d) => d.sha256 === doc.sha256 && d.title === doc.title);
      expect(copies.length).toBeGreaterThan(0);
      for (const copy of copies)
        expect(copy).toMatchObject({
          title: doc.title,
          outlet: doc.outlet,
          perspective: doc.perspective,
          publishedAt: doc.publishedAt,
          url: doc.url,
        });
      const got = copies.flatMap((d) =>
        d.spans.map((s) => ({ label: s.label, start: s.start, end: s.end, text: s.text, attributes: s.attributes, note: s.note })),
      );
      const want = doc.spans.map((s) => throughBrat(doc.text, s)).filter((s) => s.start < s.end);
      const sorted = (v: unknown): unknown =>
        v && typeof v === "object" && !Array.isArray(v)
          ? Object.fromEntries(
              Object.keys(v)
                .sort()
                .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
            )
          : v;
      const canonical = (list: object[]) => list.map((x) => JSON.stringify(sorted(x))).sort();
      expect(canonical(got)).toEqual(canonical(want));
    }
  });

  it("doccano: each distinct (label, start, end) comes back, in UTF-16 and in code points", async () => {
    for (const unit of ["utf16", "codepoint"] as const) {
      const parsed = parseDoccano(await collectText(encodeDoccano(c.project, c.documents, { unit })), { hashText });
      expect(parsed.problems).toEqual([]);
      parsed.documents.forEach((d, i) => {
        expect(d.text).toBe(c.documents[i].text);
        expect(new Set(d.spans.map(key))).toEqual(new Set(c.documents[i].spans.map(key)));
        for (const s of d.spans) expect(new OffsetIndex(d.text).slice(s.start, s.end)).toBe(s.text);
      });
    }
  });

  it("Label Studio: every span comes back in its own layer, its annotator named by email, with its note", async () => {
    const parsed = parseLabelStudio(await collectText(encodeLabelStudio(c.project, c.documents)), { hashText });
    expect(parsed.problems).toEqual([]);
    const email = new Map((c.project.users ?? []).map((u) => [u.id, u.email]));
    parsed.documents.forEach((d, i) => {
      const want = c.documents[i].spans
        .map((s) => `${s.layer === "gold" ? "gold" : `user:${email.get(s.layer.slice(5))}`}|${key(s)}|${s.note}`)
        .sort();
      expect(d.spans.map((s) => `${s.layer}|${key(s)}|${s.note}`).sort()).toEqual(want);
    });
  });
});

describe("the consumer models reject what the tools reject", () => {
  it("CoNLL: a trailing comment line, a token holding U+2028 or U+0085, a broken I- tag", () => {
    const ok = "-DOCSTART- -X- -X- O\n\nSeoul -X- _ B-claim\nsaid -X- _ I-claim\n\n";
    expect(readConllStrictly(ok).violations).toEqual([]);
    expect(readConllStrictly(ok + "# dropped 2 overlapping spans\n").violations).toContainEqual(
      expect.stringMatching(/unexpected number of features/),
    );
    expect(readConllStrictly(ok.replace("Seoul", "Se\u2028oul")).violations).toContainEqual(expect.stringMatching(/splitlines/));
    expect(readConllStrictly(ok.replace("Seoul", "Se\u0085oul")).violations).toContainEqual(
      expect.stringMatching(/Python's split\(\) sees 5 fields/),
    );
    expect(readConllStrictly(ok.replace("B-claim", "O")).violations).toContainEqual(expect.stringMatching(/I-claim does not continue O/));
  });

  it("brat: a record split by U+2028, a text field that is not the fragments' text, an undeclared value", () => {
    const conf = "[entities]\nclaim\n[attributes]\nstance\tArg:claim, Value:asserts|denies\n";
    const ok = { "annotation.conf": conf, "a.txt": "Seoul\u2028said", "a.ann": "T1\tclaim 0 5\tSeoul\nA1\tstance T1 asserts\n" };
    expect(validateBratCollection(ok)).toEqual([]);
    expect(validateBratCollection({ ...ok, "a.ann": "T1\tclaim 0 10\tSeoul\u2028said\n" })).toContainEqual(
      expect.stringMatching(/Python reads 2 lines where there are 1 records/),
    );
    expect(validateBratCollection({ ...ok, "a.ann": "T1\tclaim 0 4\tSeoul\n" })).toContainEqual(
      expect.stringMatching(/is not the fragments' text/),
    );
    expect(validateBratCollection({ ...ok, "a.ann": "T1\tclaim 0 5\tSeoul\nA1\tstance T1 maybe\n" })).toContainEqual(
      expect.stringMatching(/value maybe of stance is not declared/),
    );
  });

  it("W3C: a one-target link, a TextualBody with id and purpose, an unknown motivation, positions in UTF-16", () => {
    const text = "👍🏽 Seoul";
    const texts = new Map([["urn:d", text]]);
    const annotation = (extra: Record<string, unknown>) => ({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "urn:c",
      type: "AnnotationCollection",
      total: 1,
      first: {
        type: "AnnotationPage",
        items: [
          {
            id: "urn:a",
            type: "Annotation",
            motivation: "tagging",
            body: [{ type: "TextualBody", purpose: "tagging", value: "claim" }],
            target: {
              source: "urn:d",
              selector: [
                { type: "TextQuoteSelector", exact: "Seoul" },
                { type: "TextPositionSelector", start: 3, end: 8 },
              ],
            },
            ...extra,
          },
        ],
      },
    });
    expect(validateW3cCollection(annotation({}), texts)).toEqual([]);
    expect(validateW3cCollection(annotation({ motivation: "linking", target: "urn:x" }), texts)).toContainEqual(
      expect.stringMatching(/at least two resources/),
    );
    expect(
      validateW3cCollection(annotation({ body: { id: "urn:p", type: "TextualBody", purpose: "identifying", value: "p" } }), texts),
    ).toContainEqual(expect.stringMatching(/must be a SpecificResource/));
    expect(validateW3cCollection(annotation({ motivation: "reconciling" }), texts)).toContainEqual(
      expect.stringMatching(/not a Web Annotation motivation/),
    );
    const utf16 = annotation({});
    (utf16.first.items[0].target as { selector: { start?: number; end?: number }[] }).selector[1] = {
      ...(utf16.first.items[0].target as { selector: object[] }).selector[1],
      start: 5,
      end: 10,
    };
    expect(validateW3cCollection(utf16, texts)).toContainEqual(expect.stringMatching(/offsets must be code points/));
  });

  it("Label Studio: a task without id, an annotation without completed_by, code-point offsets past an emoji", () => {
    const config = readLabelingConfig(
      '<View><Labels name="label" toName="text"><Label value="claim"/></Labels><Text name="text" value="$text"/></View>',
    );
    const task = (extra: Record<string, unknown> = {}, value = { start: 3, end: 8, text: "Seoul", labels: ["claim"] }) => [
      {
        id: 1,
        data: { text: "👍 Seoul" },
        ...extra,
        annotations: [{ id: 1, completed_by: 1, result: [{ id: "r1", from_name: "label", to_name: "text", type: "labels", value }] }],
      },
    ];
    expect(validateLabelStudioTasks(task(), config)).toEqual([]);
    expect(validateLabelStudioTasks(task({ id: undefined }), config)).toContainEqual(expect.stringMatching(/"id" must be an integer/));
    const noAuthor = task();
    delete (noAuthor[0].annotations[0] as { completed_by?: number }).completed_by;
    expect(validateLabelStudioTasks(noAuthor, config)).toContainEqual(expect.stringMatching(/completed_by/));
    expect(validateLabelStudioTasks(task({}, { start: 2, end: 7, text: "Seoul", labels: ["claim"] }), config)).toContainEqual(
      expect.stringMatching(/is not text.slice/),
    );
  });
});
