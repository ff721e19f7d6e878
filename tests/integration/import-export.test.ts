// Import and export through the real server: every format's offsets on hard text, filters,
// authorization, the lossless JSONL round trip, imports of each format, and every bad input.
import { beforeAll, describe, expect, it, inject } from "vitest";
import { strToU8, unzipSync, zipSync } from "fflate";
import { signedIn, type Client } from "../support/http-client";
import { actorFor, demoProjectId, makeUser, useTestDatabase } from "../support/data-layer";
import { parseCsv } from "@/lib/domain/formats/csv-parse";
import {
  download as downloadFrom,
  exportUrl as exportUrlOf,
  freshProject as makeProject,
  importUrl,
  jsonlDocs,
  type JsonlDoc,
  upload,
} from "../support/corpus-http";

const baseUrl = () => inject("baseUrl");
const stamp = Date.now();
// Astral emoji with a skin-tone modifier and a flag, a combining mark without a precomposed
// form (q̇) and one with (é), CJK, CRLF line breaks (stored as \n), a quote across a line break.
const RAW = [
  `Tokyo said the curbs were "not a retaliatory measure" 👍🏽 (${stamp}).`,
  'Seoul called them "an apparent',
  'retaliatory step" against 🇯🇵 exports of 3.5 tons.',
  "日本の輸出規制は2019年7月1日に発表された。",
  "Cafe\u0301 owners in q\u0307 town wrote =SUM(A1) on a sign.",
].join("\r\n");
const TEXT = RAW.replace(/\r\n/g, "\n").normalize("NFC");
const cpSlice = (text: string, s: number, e: number) => Array.from(text).slice(s, e).join("");
function range(needle: string) {
  const at = TEXT.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in TEXT`);
  const start = Array.from(TEXT.slice(0, at)).length;
  return { start, end: start + Array.from(needle).length, text: needle };
}

let projectId: string;
let manager: Client;
let reviewer: Client;
let annotator: Client;
let annotatorId: string;
let hardDocId: string;

const download = (client: Client, q: string, pid = projectId) => downloadFrom(client, q, pid);
const exportUrl = (q: string, pid = projectId) => exportUrlOf(q, pid);
const freshProject = (name: string, memberEmails: string[] = []) => makeProject(`${name} ${stamp}`, memberEmails);

async function projectCounts(pid: string) {
  const db = await useTestDatabase();
  const documents = await db.document.count({ where: { projectId: pid } });
  const spans = await db.annotation.count({ where: { document: { projectId: pid } } });
  return { documents, spans };
}

beforeAll(async () => {
  projectId = await demoProjectId();
  manager = await signedIn(baseUrl(), "admin@example.com");
  reviewer = await signedIn(baseUrl(), "reviewer@example.com");
  annotator = await signedIn(baseUrl(), "annotator1@example.com");
  annotatorId = (await actorFor("annotator1@example.com")).id;
  const created = await manager.json("POST", `/api/projects/${projectId}/documents`, {
    title: `Hard characters ${stamp}`,
    text: RAW,
    perspective: "KR",
    publishedAt: "2019-07-14",
  });
  expect(created.status).toBe(201);
  hardDocId = created.body.document.id;
  const mine = [
    ["claim", `Tokyo said the curbs were "not a retaliatory measure"`],
    ["quote", '"not a retaliatory measure"'],
    ["measure", "👍🏽"],
    ["quote", '"an apparent\nretaliatory step"'],
    ["claim", 'apparent\nretaliatory step" against 🇯🇵 exports'],
    ["measure", "3.5 tons"],
    ["date", "2019年7月1日"],
    ["claim", "日本の輸出規制"],
    ["quote", "Café owners in q\u0307 town"],
    ["claim", "=SUM(A1)"],
  ];
  for (const [label, needle] of mine) {
    const res = await annotator.json("POST", `/api/documents/${hardDocId}/annotations`, { label, ...range(needle) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
  for (const [label, needle] of [
    ["quote", "🇯🇵"],
    ["claim", "q\u0307 town"],
    ["date", "2019年7月1日"],
  ]) {
    const res = await reviewer.json("POST", `/api/documents/${hardDocId}/annotations?layer=gold`, { label, ...range(needle) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
}, 120_000);

describe("export: every format keeps each span's text equal to its offsets' slice, in the format's unit", () => {
  let reference: JsonlDoc[];
  const textOf = (id: string) => reference.find((d) => d.id === id)!.text;
  beforeAll(async () => {
    reference = jsonlDocs((await download(reviewer, "format=jsonl&layer=all")).text);
  });

  it("Parallax JSONL (code points), as an attachment with counts in headers", async () => {
    const { res, text } = await download(reviewer, "format=jsonl&layer=all");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename=".+-all-jsonl\.jsonl"/);
    const docs = jsonlDocs(text);
    expect(Number(res.headers.get("x-parallax-documents"))).toBe(docs.length);
    expect(Number(res.headers.get("x-parallax-spans"))).toBe(docs.reduce((n, d) => n + d.spans.length, 0));
    const hard = docs.find((d) => d.id === hardDocId)!;
    expect(hard.text).toBe(TEXT);
    expect(hard.spans).toHaveLength(13);
    for (const d of docs) for (const s of d.spans) expect(cpSlice(d.text, s.start, s.end)).toBe(s.text);
    expect(text).toMatch(/"type":"proposition"/);
  });

  it("W3C Web Annotation (code points)", async () => {
    const { res, text } = await download(reviewer, "format=w3c");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const items = JSON.parse(text).first.items as {
      target: { source: string; selector: { type: string; start?: number; end?: number; exact?: string }[] } | unknown[];
    }[];
    let checked = 0;
    for (const item of items) {
      const target = item.target as { source?: string; selector?: { type: string; start?: number; end?: number; exact?: string }[] };
      if (!target.source?.startsWith("urn:parallax:document:") || !target.selector) continue;
      const pos = target.selector.find((s) => s.type === "TextPositionSelector")!;
      const quote = target.selector.find((s) => s.type === "TextQuoteSelector")!;
      expect(cpSlice(textOf(target.source.slice("urn:parallax:document:".length)), pos.start!, pos.end!)).toBe(quote.exact);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(13);
  });

  it("brat standoff zip (code points, fragments at line breaks)", async () => {
    const { res, bytes } = await download(reviewer, "format=brat");
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toMatch(/\.zip"/);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toContain("annotation.conf");
    let checked = 0;
    for (const [name, data] of Object.entries(files)) {
      if (!name.endsWith(".ann")) continue;
      const txt = new TextDecoder().decode(files[name.replace(/\.ann$/, ".txt")]);
      for (const line of new TextDecoder()
        .decode(data)
        .split("\n")
        .filter((l) => l.startsWith("T"))) {
        const [, typeAndOffsets, quoted] = line.split("\t");
        const fragments = typeAndOffsets
          .split(" ")
          .slice(1)
          .join(" ")
          .split(";")
          .map((f) => f.split(" ").map(Number));
        expect(fragments.map(([s, e]) => cpSlice(txt, s, e)).join(" ")).toBe(quoted);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(13);
  });

  it("CoNLL IOB2 (tokens): tokens are the text in order; the dropped count is in the headers, not the file", async () => {
    const { res, text } = await download(reviewer, "format=conll&layer=gold");
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(text).not.toMatch(/^# dropped/m);
    expect(res.headers.get("x-parallax-dropped-spans")).toMatch(/^\d+$/);
    const golds = jsonlDocs((await download(reviewer, "format=jsonl&layer=gold")).text);
    const docs = text.split("-DOCSTART- -X- -X- O\n").slice(1);
    expect(docs).toHaveLength(golds.length);
    docs.forEach((chunk, i) => {
      let at = 0;
      let previous = "O";
      for (const line of chunk.split("\n").filter((l) => l)) {
        const [token, , , tag] = line.split(" ");
        const found = golds[i].text.indexOf(token, at);
        expect(found, `${token} in document ${i}`).toBeGreaterThanOrEqual(0);
        expect(golds[i].text.slice(at, found).trim()).toBe("");
        at = found + token.length;
        if (tag.startsWith("I-")) expect(previous.slice(2)).toBe(tag.slice(2));
        previous = tag;
      }
    });
    const summary = await reviewer.json("GET", exportUrl("format=conll&layer=gold&summary=1"));
    expect(res.headers.get("x-parallax-dropped-spans")).toBe(String(summary.body.summary.dropped));
  });

  it("doccano JSONL (UTF-16 code units by default, code points on request)", async () => {
    for (const unit of ["utf16", "codepoint"] as const) {
      const { res, text } = await download(reviewer, `format=doccano${unit === "codepoint" ? "&unit=codepoint" : ""}`);
      expect(res.headers.get("x-parallax-offset-unit")).toBe(unit);
      for (const line of text
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l))) {
        const texts = new Set(reference.find((d) => d.id === line.document_id)!.spans.map((s) => `${s.label}|${s.text}`));
        for (const [s, e, label] of line.label) {
          const slice = unit === "utf16" ? line.text.slice(s, e) : cpSlice(line.text, s, e);
          expect(texts.has(`${label}|${slice}`), `${label} ${slice}`).toBe(true);
        }
      }
    }
  });

  it("Label Studio JSON (UTF-16 code units)", async () => {
    const { res, text } = await download(reviewer, "format=labelstudio");
    expect(res.headers.get("content-disposition")).toMatch(/labelstudio\.json"/);
    let checked = 0;
    for (const task of JSON.parse(text)) {
      for (const a of task.annotations) {
        for (const r of a.result) {
          expect(task.data.text.slice(r.value.start, r.value.end)).toBe(r.value.text);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(13);
  });

  it("CSV (code points; formula cells guarded)", async () => {
    const { res, text } = await download(reviewer, "format=csv");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, ...rows] = parsed.rows.map((r) => r.cells);
    const col = (name: string) => header.indexOf(name);
    for (const r of rows) {
      const slice = cpSlice(textOf(r[col("document_id")]), Number(r[col("start")]), Number(r[col("end")]));
      expect(r[col("text")]).toBe(/^[=+\-@\t\r]/.test(slice) ? `'${slice}` : slice);
    }
    expect(rows.some((r) => r[col("text")] === "'=SUM(A1)")).toBe(true);
  });
});

describe("export filters and authorization", () => {
  it("exports one layer: gold, or one annotator's", async () => {
    const gold = jsonlDocs((await download(reviewer, "format=jsonl&layer=gold")).text);
    expect(gold.flatMap((d) => d.spans).every((s) => s.layer === "gold")).toBe(true);
    expect(gold.find((d) => d.id === hardDocId)!.spans).toHaveLength(3);
    const mine = jsonlDocs((await download(reviewer, `format=jsonl&layer=${annotatorId}`)).text);
    expect(mine.flatMap((d) => d.spans).every((s) => s.layer === `user:${annotatorId}`)).toBe(true);
    expect(mine.find((d) => d.id === hardDocId)!.spans).toHaveLength(10);
  });

  it("exports documents by status and by perspective", async () => {
    const db = await useTestDatabase();
    const adjudicated = await db.document.count({ where: { projectId, status: "adjudicated" } });
    const byStatus = jsonlDocs((await download(reviewer, "format=jsonl&status=adjudicated")).text);
    expect(byStatus.length).toBe(adjudicated);
    expect(byStatus.every((d) => d.status === "adjudicated")).toBe(true);
    const kr = jsonlDocs((await download(reviewer, "format=jsonl&perspective=KR")).text);
    expect(kr.length).toBe(await db.document.count({ where: { projectId, perspective: "KR" } }));
    expect(kr.every((d) => d.perspective === "KR")).toBe(true);
    const both = jsonlDocs((await download(reviewer, "format=jsonl&perspective=KR,JP&status=open,in_adjudication,adjudicated")).text);
    expect(both.length).toBe(await db.document.count({ where: { projectId, perspective: { in: ["KR", "JP"] } } }));
  });

  it.each([
    ["an unknown format", "format=xml", /Unknown export format "xml"/],
    ["an import-only format", "format=text", /can only be imported/],
    ["an unknown status", "format=jsonl&status=done", /Unknown document status/],
    ["an unknown perspective", "format=jsonl&perspective=FR", /Unknown perspective/],
    ["a user without a layer here", "format=jsonl&layer=nobody123", /No annotator layer/],
  ])("refuses %s with 400", async (_, q, message) => {
    const res = await reviewer.json("GET", exportUrl(q));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it("refuses annotators (403), non-members (403) and anonymous callers (401)", async () => {
    expect((await annotator.fetch(exportUrl("format=jsonl"))).status).toBe(403);
    const outsider = await makeUser("export-outsider");
    const stranger = await signedIn(baseUrl(), outsider.email);
    expect((await stranger.fetch(exportUrl("format=jsonl"))).status).toBe(403);
    expect((await fetch(baseUrl() + exportUrl("format=jsonl"))).status).toBe(401);
  });
});

describe("import", () => {
  it("round trip: export JSONL, import into an empty project, export again: identical but for ids", async () => {
    const first = (await download(manager, "format=jsonl&layer=all")).text;
    const header = JSON.parse(first.split("\n")[0]) as { users: { email: string }[] };
    const target = await freshProject(
      "Round trip",
      header.users.map((u) => u.email),
    );
    const imported = await upload(manager, target, "format=jsonl", first);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body.report.counts.spansReassigned).toBe(0);
    const second = (await download(manager, "format=jsonl&layer=all", target)).text;
    expect(canonical(second)).toEqual(canonical(first));
    expect(second).not.toBe(first); // the ids did change
  });

  it("imports doccano, Label Studio and brat exports into empty projects, with offsets converted", async () => {
    for (const [format, q] of [
      ["doccano", "format=doccano&layer=gold"],
      ["labelstudio", "format=labelstudio&layer=gold"],
      ["brat", "format=brat&layer=gold"],
    ]) {
      const { bytes } = await download(manager, q);
      const target = await freshProject(`Import ${format}`);
      const res = await upload(manager, target, `format=${format}&layer=gold`, bytes);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const gold = jsonlDocs((await download(manager, "format=jsonl&layer=gold")).text);
      expect(res.body.report.counts.documentsCreated).toBe(gold.length);
      const back = jsonlDocs((await download(manager, "format=jsonl&layer=gold", target)).text);
      const hard = back.find((d) => d.text === TEXT)!;
      const expected = gold
        .find((d) => d.id === hardDocId)!
        .spans.map((s) => `${s.label}|${s.start}|${s.end}|${s.text}`)
        .sort();
      expect(hard.spans.map((s) => `${s.label}|${s.start}|${s.end}|${s.text}`).sort(), format).toEqual(expected);
    }
  }, 120_000); // twelve requests, each through a worker process: slow on a loaded 2-core machine

  it("imports plain .txt files with a CSV manifest, and matches a document already present by hash", async () => {
    const target = await freshProject("Text import");
    const zip = zipSync({
      "corpus/a.txt": strToU8(`First article ${stamp}\r\nwith CRLF line breaks.`),
      "corpus/b.txt": strToU8(TEXT),
      "manifest.csv": strToU8(
        "file,title,outlet,perspective,publishedAt\na.txt,Article A,Yonhap,KR,2019-07-01\nb.txt,Article B,Kyodo,JP,2019-07-02\n",
      ),
    });
    const res = await upload(manager, target, "format=text", zip);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.report.counts).toMatchObject({ documentsCreated: 2, documentsMatched: 0 });
    const db = await useTestDatabase();
    const a = await db.document.findFirstOrThrow({ where: { projectId: target, title: "Article A" } });
    expect(a).toMatchObject({
      outlet: "Yonhap",
      perspective: "KR",
      publishedAt: "2019-07-01",
      text: `First article ${stamp}\nwith CRLF line breaks.`,
    });
    // Same texts again, as doccano with spans: matched, not duplicated; spans added; a repeat adds nothing.
    const doccano = JSON.stringify({ text: TEXT, label: [[TEXT.indexOf("🇯🇵"), TEXT.indexOf("🇯🇵") + 4, "quote"]] });
    const again = await upload(manager, target, "format=doccano", doccano);
    expect(again.body.report.counts).toMatchObject({ documentsCreated: 0, documentsMatched: 1, spansCreated: 1 });
    const twice = await upload(manager, target, "format=doccano", doccano);
    expect(twice.body.report.counts).toMatchObject({ documentsCreated: 0, documentsMatched: 1, spansCreated: 0, spansAlreadyPresent: 1 });
    expect(await projectCounts(target)).toEqual({ documents: 2, spans: 1 });
  });

  it("maps authors by email; spans of non-members go to the importing manager's layer", async () => {
    const jsonl = (await download(manager, `format=jsonl&layer=${annotatorId}`)).text;
    const target = await freshProject("Author mapping"); // annotator1 is not a member
    const res = await upload(manager, target, "format=jsonl", jsonl);
    expect(res.status).toBe(200);
    expect(res.body.report.unknownAuthors).toEqual(["annotator1@example.com"]);
    expect(res.body.report.counts.spansReassigned).toBe(res.body.report.counts.spansCreated);
    const admin = await actorFor("admin@example.com");
    const layers = new Set(jsonlDocs((await download(manager, "format=jsonl", target)).text).flatMap((d) => d.spans.map((s) => s.layer)));
    expect([...layers]).toEqual([`user:${admin.id}`]);
  });

  it("refuses reviewers and annotators (403): importing is for managers", async () => {
    expect((await upload(reviewer, projectId, "format=jsonl", "{}")).status).toBe(403);
    expect((await upload(annotator, projectId, "format=jsonl", "{}")).status).toBe(403);
  });
});

describe("bad input: a clear 4xx listing the problems, and nothing imported", () => {
  let target: string;
  let good: string;
  beforeAll(async () => {
    target = await freshProject("Bad input");
    good = JSON.stringify({ text: TEXT, label: [[0, 5, "claim"]] });
  });

  const badSpan = JSON.stringify({
    text: TEXT,
    label: [
      [0, 5, "claim"],
      [0, 5000, "claim"],
    ],
  });

  const cases: [string, string, () => string | Uint8Array, number, RegExp][] = [
    ["malformed JSON", "format=doccano", () => `${good}\n{"text": "x", "label": [}\n`, 400, /line 2: malformed JSON/],
    ["an unknown format", "format=conll", () => good, 400, /Unknown import format "conll".*can only be exported/],
    [
      "non-UTF-8 bytes",
      "format=doccano",
      () => Buffer.concat([Buffer.from(good + "\n"), Buffer.from([0x7b, 0xff, 0xfe, 0x7d])]),
      400,
      /line 2: not valid UTF-8/,
    ],
    ["offsets out of range", "format=doccano", () => badSpan, 400, /past the end of the document/],
    [
      "a span whose text does not match",
      "format=labelstudio",
      () =>
        JSON.stringify([
          {
            data: { text: TEXT },
            annotations: [{ result: [{ type: "labels", value: { start: 0, end: 5, text: "Seoul", labels: ["claim"] } }] }],
          },
        ]),
      400,
      /text does not match/,
    ],
    [
      "an unknown label",
      "format=doccano",
      () => JSON.stringify({ text: TEXT, label: [[0, 5, "opinion"]] }),
      400,
      /unknown label "opinion"/,
    ],
    [
      "a zip that is not one",
      "format=brat",
      () => Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(200, 7)]),
      400,
      /not a readable zip/,
    ],
    ["a non-zip where a zip is needed", "format=text", () => "just text", 400, /not a zip/],
    [
      "a zip entry with ..",
      "format=text",
      () => zipSync({ "a.txt": strToU8("fine"), "../evil.txt": strToU8("escape") }),
      400,
      /paths containing \.\. are not allowed/,
    ],
    [
      "thousands of tiny files over the entry limit",
      "format=text",
      () => zipSync(Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`f${i}.txt`, strToU8(`${i}`)]))),
      400,
      /more than 20000 entries/,
    ],
    ["a JSONL file without its header", "format=jsonl", () => good, 400, /first line must be the \{"type":"project"\} header/],
    ["an empty file", "format=jsonl", () => "", 400, /empty/],
  ];
  it.each(cases)("%s", async (_, q, body, status, message) => {
    const before = await projectCounts(target);
    const res = await upload(manager, target, q, body());
    expect(res.status).toBe(status);
    const problems = (res.body.error.details?.problems ?? []) as { where: string; message: string }[];
    expect([res.body.error.message, ...problems.map((p) => `${p.where}: ${p.message}`)].join("\n")).toMatch(message);
    expect(await projectCounts(target)).toEqual(before);
  });

  it("refuses an upload over 100 MB with 413 naming the limit", async () => {
    const res = await upload(manager, target, "format=jsonl", new Uint8Array(100 * 1024 * 1024 + 1));
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/100 MB/);
  });

  it("refuses a cross-site form content type on a session cookie", async () => {
    const res = await manager.fetch(importUrl("format=doccano", target), {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: good,
    });
    expect(res.status).toBe(400);
  });

  it("with skipInvalid=1 imports the valid records and reports what it skipped", async () => {
    const body = [
      good,
      '{"text": "x", "label": [}',
      JSON.stringify({
        text: `Second ${stamp}`,
        label: [
          [0, 6, "claim"],
          [0, 900, "claim"],
        ],
      }),
    ].join("\n");
    const refused = await upload(manager, target, "format=doccano", body);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.problems).toHaveLength(2);
    expect(await projectCounts(target)).toEqual({ documents: 0, spans: 0 });
    const res = await upload(manager, target, "format=doccano&skipInvalid=1", body);
    expect(res.status).toBe(200);
    expect(res.body.report).toMatchObject({ imported: true, counts: { documentsCreated: 2, spansCreated: 2 } });
    expect(res.body.report.problems.map((p: { where: string }) => p.where)).toEqual(["line 2", "line 3 span 2"]);
    expect(await projectCounts(target)).toEqual({ documents: 2, spans: 2 });
  });
});

/** A JSONL export with ids replaced by their order of appearance, links in that order. */
function canonical(jsonl: string): unknown[] {
  const ids = new Map<string, string>();
  const id = (v: string) => ids.get(v) ?? (ids.set(v, `#${ids.size}`), `#${ids.size - 1}`);
  const lines = jsonl
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  for (const l of lines) {
    if (l.type === "project") Object.assign(l, { id: "project", name: "name" });
    if (l.type === "document") {
      l.id = id(l.id);
      for (const s of l.spans) s.id = id(s.id);
    }
    if (l.type === "proposition") l.id = id(l.id);
  }
  for (const l of lines.filter((x) => x.type === "proposition")) {
    l.links = l.links.map((k: { annotationId: string; documentId: string }) => ({
      ...k,
      annotationId: ids.get(k.annotationId),
      documentId: ids.get(k.documentId),
    }));
    l.links.sort(
      (a: { annotationId: string }, b: { annotationId: string }) => Number(a.annotationId.slice(1)) - Number(b.annotationId.slice(1)),
    );
    if (l.reconciliation) l.reconciliation.evidence = l.reconciliation.evidence.map((e: string) => ids.get(e));
    if (l.mergedIntoId) l.mergedIntoId = ids.get(l.mergedIntoId);
  }
  return lines;
}
