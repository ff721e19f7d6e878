import { describe, expect, it } from "vitest";
import type { CorpusDocument, CorpusProposition, ImportResult } from "@/lib/domain/formats/corpus";
import { encodeJsonl } from "@/lib/domain/formats/jsonl-encode";
import { parseJsonl } from "@/lib/domain/formats/jsonl-parse";
import { OffsetIndex } from "@/lib/domain/text/offsets";
import { expectGolden } from "./golden";
import { collectText, documents, project, propositions, streamDocuments } from "./sample-corpus";
import { hashText } from "@/lib/server/documents/text-hash";

const encode = (docs = documents, props = propositions) => collectText(encodeJsonl(project, streamDocuments(docs), () => props));

/** What the server does on import: take documents and propositions back as corpus records. */
function toCorpus(result: ImportResult, newId: (kind: string, old: string) => string) {
  const docs: CorpusDocument[] = result.documents.map((d) => ({
    id: newId("d", d.sourceId!),
    title: d.title,
    text: d.text,
    sha256: d.sha256,
    outlet: d.outlet,
    perspective: d.perspective,
    language: d.language,
    publishedAt: d.publishedAt,
    url: d.url,
    status: d.status ?? "new",
    spans: d.spans.map((s) => ({ ...s, id: newId("s", s.id!), authorId: s.authorId!, layer: s.layer! })),
  }));
  const props: CorpusProposition[] = result.propositions.map((p) => ({
    ...p,
    id: newId("p", p.id),
    mergedIntoId: p.mergedIntoId && newId("p", p.mergedIntoId),
    links: p.links.map((l) => ({ ...l, annotationId: newId("s", l.annotationId), documentId: newId("d", l.documentId) })),
  }));
  return { docs, props };
}

describe("Parallax JSONL export", () => {
  it("matches the golden file", async () => {
    expectGolden("corpus.jsonl", await encode());
  });

  it("starts with the project header and keeps each span's text equal to its code-point slice", async () => {
    const lines = (await encode())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ type: "project", format: "parallax-jsonl", version: 2 });
    expect(Object.keys(lines[0]).slice(-2)).toEqual(["format", "version"]);
    const docs = lines.filter((l) => l.type === "document");
    expect(docs).toHaveLength(2);
    for (const d of docs) {
      const index = new OffsetIndex(d.text);
      for (const s of d.spans) expect(index.slice(s.start, s.end)).toBe(s.text);
    }
    expect(lines.filter((l) => l.type === "proposition")).toHaveLength(2);
    // The end line counts what the file holds, so a file cut short can be told apart.
    expect(lines.at(-1)).toEqual({ type: "end", documents: 2, spans: documents.reduce((n, d) => n + d.spans.length, 0), propositions: 2 });
  });

  it("is deterministic whatever order spans and links arrive in", async () => {
    const shuffled = documents.map((d) => ({ ...d, spans: [...d.spans].reverse() }));
    const props = propositions.map((p) => ({ ...p, links: [...p.links].reverse() }));
    expect(await encode(shuffled, props)).toBe(await encode());
  });
});

describe("Parallax JSONL round trip", () => {
  it.each([
    ["spaces", "   "],
    ["blank lines", "\n\n  \r\n\u3000\n"],
  ])("refuses a file of %s: there is no project header", (_what, input) => {
    const result = parseJsonl(input, { hashText });
    expect(result.documents).toEqual([]);
    expect(result.problems.map((p) => p.message).join(" | ")).toMatch(/holds no records/);
  });

  it("encode → parse → encode is byte-identical when ids are kept", async () => {
    const first = await encode();
    const parsed = parseJsonl(first, { hashText });
    expect(parsed.problems).toEqual([]);
    expect(parsed.project?.users?.map((u) => u.email)).toEqual(["rei@example.org", "ana@example.org"]);
    const { docs, props } = toCorpus(parsed, (_k, old) => old);
    expect(await encode(docs, props)).toBe(first);
  });

  it("with fresh ids (as the server mints them) equals the original apart from ids", async () => {
    const first = await encode();
    let n = 0;
    const ids = new Map<string, string>();
    const fresh = (kind: string, old: string) => ids.get(`${kind}:${old}`) ?? (ids.set(`${kind}:${old}`, `${kind}${++n}`), `${kind}${n}`);
    const { docs, props } = toCorpus(parseJsonl(first, { hashText }), fresh);
    const second = await encode(docs, props);
    // Ids are replaced and links re-sorted, since links are ordered by (new) annotation id.
    const strip = (jsonl: string) =>
      jsonl
        .trimEnd()
        .split("\n")
        .map((line) => {
          const v = JSON.parse(line, (key, value) =>
            ["id", "annotationId", "documentId"].includes(key) || (key === "mergedIntoId" && value) ? "*" : value,
          );
          if (v.links) v.links = v.links.map((l: unknown) => JSON.stringify(l)).sort();
          return JSON.stringify(v);
        })
        .join("\n");
    expect(strip(second)).toBe(strip(first));
  });
});

describe("Parallax JSONL import problems", () => {
  const good = () => encode();

  it("reports malformed JSON with its line number and keeps reading", async () => {
    const lines = (await good()).split("\n");
    lines.splice(2, 0, '{"type":"document", oops');
    const result = parseJsonl(lines.join("\n"), { hashText });
    expect(result.problems).toEqual([{ where: "line 3", message: expect.stringMatching(/^malformed JSON/) }]);
    expect(result.documents).toHaveLength(2);
  });

  it("reports out-of-range offsets, text mismatches, bad attributes and unknown labels, all at once", async () => {
    const [header, doc1, ...rest] = (await good()).trimEnd().split("\n");
    const d = JSON.parse(doc1);
    const byId = (id: string) => d.spans.find((x: { id: string }) => x.id === id);
    byId("s1").end = 10_000;
    byId("s2").text = "something else";
    byId("s4").attributes = { stance: "maybe" };
    byId("s5").label = "rumour";
    const result = parseJsonl([header, JSON.stringify(d), ...rest].join("\n"), { hashText, labels: ["claim", "quote", "measure", "date"] });
    const messages = result.problems.map((p) => `${p.where}: ${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^line 2 span 6 \(id s1\): end \(10000\) is past the end of the document/),
      expect.stringMatching(/^line 2 span 7 \(id s2\): text does not match the document at \[26, 53\)/),
      expect.stringMatching(/^line 2 span 9 \(id s4\): attributes\.stance: /),
      'line 2 span 10 (id s5): unknown label "rumour"',
      // Links to rejected spans are reported too.
      'line 4 link 2: annotation "s1" is not an accepted span of this file',
      'line 4 link 3: annotation "s4" is not an accepted span of this file',
    ]);
    expect(result.documents[0].spans).toHaveLength(d.spans.length - 4);
    // Links to the rejected spans are reported too.
    expect(messages.some((m) => /annotation "s1" is not an accepted span/.test(m))).toBe(true);
  });

  it("leaves unknown labels to the caller when no label list is given", async () => {
    const [header, doc1, ...rest] = (await good()).trimEnd().split("\n");
    const d = JSON.parse(doc1);
    d.spans[0].label = "rumour";
    d.spans[0].attributes = {};
    const result = parseJsonl([header, JSON.stringify(d), ...rest].join("\n"), { hashText });
    expect(result.problems).toEqual([]);
    expect(result.documents[0].spans.some((s) => s.label === "rumour")).toBe(true);
  });

  it("reports a missing header, a hash mismatch, duplicate ids and unknown line types", async () => {
    const [, doc1, doc2] = (await good()).trimEnd().split("\n");
    const tampered = JSON.parse(doc2);
    tampered.text += " edited";
    const input = [doc1, doc1, JSON.stringify(tampered), '{"type":"comment"}'].join("\n");
    const messages = parseJsonl(input, { hashText }).problems.map((p) => `${p.where}: ${p.message}`);
    expect(messages).toEqual([
      'line 1: the first line must be the {"type":"project"} header',
      'line 2: duplicate document id "d1"',
      "line 3: sha256 does not match the SHA-256 of the normalized text",
      'line 4: unknown line type "comment"',
    ]);
  });

  it("checks proposition shape and links", async () => {
    const input = [
      (await good()).split("\n")[0],
      JSON.stringify({
        type: "proposition",
        id: "x",
        statement: "",
        status: "open",
        mergedIntoId: "nope",
        links: [{ annotationId: "a", documentId: "d9", stance: "maybe" }],
        reconciliation: null,
      }),
      JSON.stringify({
        type: "proposition",
        id: "y",
        statement: "S",
        status: "open",
        mergedIntoId: "nope",
        links: [{ annotationId: "a", documentId: "d9", stance: "reports" }],
        reconciliation: null,
      }),
    ].join("\n");
    const messages = parseJsonl(input, { hashText }).problems.map((p) => `${p.where}: ${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^line 2: statement: /),
      expect.stringMatching(/^line 2: links\.0\.stance: /),
      expect.stringMatching(/^end of file: the \{"type":"end"\} line is missing: the file is truncated/),
      'line 3: mergedIntoId "nope" is not a proposition in this file',
      'line 3 link 1: document "d9" is not in this file',
    ]);
  });

  it("refuses a file truncated exactly at a line boundary, and one whose end line does not match", async () => {
    const lines = (await good()).trimEnd().split("\n");
    for (let keep = 1; keep < lines.length; keep++) {
      const cut = lines.slice(0, keep).join("\n") + "\n";
      const problems = parseJsonl(cut, { hashText }).problems.map((p) => p.message);
      expect(
        problems.some((m) => /truncated|incomplete/.test(m)),
        `cut after line ${keep}`,
      ).toBe(true);
    }
    const withoutProposition = [...lines.slice(0, -2), lines.at(-1)].join("\n");
    expect(parseJsonl(withoutProposition, { hashText }).problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^the end line counts 2 propositions but the file holds 1/),
    );
    expect(parseJsonl(lines.join("\n"), { hashText }).problems).toEqual([]);
  });

  it("still reads version 1 files (no end line), saying they cannot be checked", async () => {
    const lines = (await good()).trimEnd().split("\n").slice(0, -1);
    lines[0] = lines[0].replace('"version":2', '"version":1');
    const result = parseJsonl(lines.join("\n"), { hashText });
    expect(result.problems).toEqual([]);
    expect(result.notices).toEqual(["A version 1 file has no end line, so it cannot be checked for truncation."]);
  });
});
