// Through the real server: each importing format's round trip on the demo corpus (every
// layer), with exactly the losses the README's "Lossy in" column names; CoNLL's report in
// headers; real-world files imported with the manager's options (create labels, text
// field, predictions); and honest reports.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, inject } from "vitest";
import { zipSync } from "fflate";
import { signedIn, type Client } from "../support/http-client";
import { demoProjectId, useTestDatabase } from "../support/data-layer";
import { download, freshProject, jsonlDocs, upload, type JsonlDoc } from "../support/corpus-http";

const stamp = Date.now();
const FIXTURES = path.resolve(__dirname, "../fixtures/real-world");
let demo: string;
let manager: Client;
let users: { id: string; email: string }[];

beforeAll(async () => {
  demo = await demoProjectId();
  manager = await signedIn(inject("baseUrl"), "admin@example.com");
  const header = JSON.parse((await download(manager, "format=jsonl&layer=all", demo)).text.split("\n")[0]);
  users = header.users;
}, 60_000);

/** Spans as (layer by author email, label, start, end, text[, attributes, note]) per document text. */
function spansByText(docs: JsonlDoc[], withDetails: boolean): Map<string, string[]> {
  const email = new Map(users.map((u) => [u.id, u.email]));
  return new Map(
    docs.map((d) => [
      d.text,
      d.spans
        .map((s) => {
          const layer = s.layer === "gold" ? "gold" : (email.get(s.layer.slice(5)) ?? s.layer);
          const details = withDetails
            ? `|${JSON.stringify(
                Object.keys(s.attributes)
                  .sort()
                  .map((k) => [k, s.attributes[k]]),
              )}|${s.note}`
            : "";
          return `${layer}|${s.label}|${s.start}|${s.end}|${s.text}${details}`;
        })
        .sort(),
    ]),
  );
}

async function roundTrip(format: string) {
  const { bytes, res } = await download(manager, `format=${format}&layer=all`, demo);
  expect(res.status).toBe(200);
  const target = await freshProject(
    `${format} round trip ${stamp}`,
    users.map((u) => u.email),
  );
  const imported = await upload(manager, target, `format=${format}`, bytes);
  expect(imported.status, JSON.stringify(imported.body).slice(0, 2000)).toBe(200);
  const before = jsonlDocs((await download(manager, "format=jsonl&layer=all", demo)).text);
  const after = jsonlDocs((await download(manager, "format=jsonl&layer=all", target)).text);
  return { before, after, report: imported.body.report };
}

describe("round trips through the server: export every layer, import into an empty project, export again", () => {
  it("Label Studio keeps every layer apart (completed_by) and every span, with notes; loses attributes", async () => {
    const { before, after, report } = await roundTrip("labelstudio");
    expect(report.counts.spansReassigned).toBe(0);
    const total = before.reduce((n, d) => n + d.spans.length, 0);
    expect(report.counts.spansCreated).toBe(total);
    const strip = (docs: JsonlDoc[]) => docs.map((d) => ({ ...d, spans: d.spans.map((s) => ({ ...s, attributes: {} })) }));
    expect(spansByText(strip(after), true)).toEqual(spansByText(strip(before), true));
  }, 120_000);

  it("brat keeps layers (one file per layer) and attributes; loses false flags, line breaks in notes", async () => {
    const { before, after, report } = await roundTrip("brat");
    expect(report.counts.spansReassigned).toBe(0);
    const lossy = (docs: JsonlDoc[]) =>
      docs.map((d) => ({
        ...d,
        spans: d.spans.map((s) => ({
          ...s,
          attributes: Object.fromEntries(Object.entries(s.attributes).filter(([, v]) => v !== false)),
          note: s.note.trim().replace(/\s*\n\s*/g, " "),
        })),
      }));
    expect(spansByText(after, true)).toEqual(spansByText(lossy(before), true));
    // The manifest brought the metadata back.
    for (const d of after) expect(d.title).toBe(before.find((b) => b.text === d.text)!.title);
  }, 120_000);

  it("doccano keeps each distinct (label, start, end) in the importer's layer; loses layers, authors, attributes, notes", async () => {
    const { before, after } = await roundTrip("doccano");
    const distinct = (docs: JsonlDoc[]) =>
      new Map(docs.map((d) => [d.text, [...new Set(d.spans.map((s) => `${s.label}|${s.start}|${s.end}`))].sort()]));
    expect(distinct(after)).toEqual(distinct(before));
    expect(new Set(after.flatMap((d) => d.spans.map((s) => s.layer))).size).toBe(1);
  }, 120_000);
});

describe("CoNLL's report", () => {
  it("goes in the download's headers, and the file holds nothing but CoNLL", async () => {
    const { res, text } = await download(manager, "format=conll&layer=all", demo);
    const dropped = Number(res.headers.get("x-parallax-dropped-spans"));
    expect(dropped).toBeGreaterThan(0);
    const byLabel = (res.headers.get("x-parallax-dropped-by-label") ?? "").split(", ").map((p) => Number(p.split("=")[1]));
    expect(byLabel.reduce((a, b) => a + b, 0)).toBe(dropped);
    for (const line of text.split("\n")) if (line) expect(line.split(" ")).toHaveLength(4);
  });
});

describe("real-world files, with the manager's import options", () => {
  it("brat's BioNLP-style example data: labels created on request (more than nine, brat-style names), the rest reported once", async () => {
    const dir = path.join(FIXTURES, "brat-bionlp");
    const zip = zipSync(Object.fromEntries(readdirSync(dir).map((f) => [`bionlp/${f}`, new Uint8Array(readFileSync(path.join(dir, f)))])));
    const target = await freshProject(`brat example ${stamp}`);
    const refused = await upload(manager, target, "format=brat", zip);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/has 20 problems/);
    expect(refused.body.error.details.problems[0].message).toBe('unknown label "Protein"');
    const res = await upload(manager, target, "format=brat&createLabels=1", zip);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.report.counts).toMatchObject({ documentsCreated: 2, spansCreated: 20, labelsCreated: 11 });
    expect(res.body.report.notices).toContainEqual(expect.stringMatching(/^Not imported: events \(5\)/));
    const db = await useTestDatabase();
    const labels = await db.label.findMany({ where: { projectId: target }, orderBy: { sortOrder: "asc" } });
    expect(labels).toHaveLength(15);
    expect(labels.map((l) => l.hotkey)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", null, null, null, null, null, null]);
    expect(labels.map((l) => l.key)).toContain("Gene_expression");
    // The project still saves its label set from the settings form's shape.
    const page = await manager.fetch(`/projects/${target}/settings`);
    expect(page.status).toBe(200);
  });

  it("a Label Studio NER export: text field named, predictions imported on request", async () => {
    const body = readFileSync(path.join(FIXTURES, "label-studio/ner-export.json"));
    const target = await freshProject(`ls ner ${stamp}`);
    const unnamed = await upload(manager, target, "format=labelstudio", body);
    expect(unnamed.status).toBe(400);
    const res = await upload(manager, target, "format=labelstudio&textField=ner&predictions=1", body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // Two annotators' spans (not members: the importer gets them, and the report says so), 2 predictions.
    expect(res.body.report.counts).toMatchObject({ documentsCreated: 1, spansCreated: 5 });
    expect(res.body.report.unknownAuthors).toEqual(["1", "2"]);
    expect(res.body.report.notices).toContain("Label Studio: text read from data.ner.");
  });

  it("doccano's relation export and a column_data project", async () => {
    const target = await freshProject(`doccano real ${stamp}`);
    const rel = await upload(manager, target, "format=doccano", readFileSync(path.join(FIXTURES, "doccano/relation-extraction.jsonl")));
    expect(rel.status, JSON.stringify(rel.body)).toBe(200);
    expect(rel.body.report.notices).toContain("Not imported: doccano relations (1).");
    const col = await upload(
      manager,
      target,
      "format=doccano&textField=article",
      readFileSync(path.join(FIXTURES, "doccano/column-data-article.jsonl")),
    );
    expect(col.status, JSON.stringify(col.body)).toBe(200);
  });
});

describe("honest reports", () => {
  it("counts every problem past the listing cap, and says nothing was imported when everything was skipped", async () => {
    const target = await freshProject(`report ${stamp}`);
    const lines = Array.from({ length: 2500 }, (_, i) => JSON.stringify({ text: `Line ${i} ${stamp}`, label: [[0, 9999, "claim"]] })).join(
      "\n",
    );
    const refused = await upload(manager, target, "format=doccano", lines);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/has 2,500 problems/);
    expect(refused.body.error.details.problemCount).toBe(2500);
    const allBad = [JSON.stringify({ text: 5 }), JSON.stringify({ nothing: true })].join("\n");
    const skipped = await upload(manager, target, "format=doccano&skipInvalid=1", allBad);
    expect(skipped.status).toBe(400);
    expect(skipped.body.error.details.imported).toBe(false);
  });

  it("decodes a UTF-16 file with a byte order mark and says so", async () => {
    const target = await freshProject(`utf16 ${stamp}`);
    const text = JSON.stringify({ text: `서울 said no ${stamp}`, label: [[0, 2, "quote"]] });
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const res = await upload(manager, target, "format=doccano", body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.report.notices[0]).toMatch(/UTF-16LE/);
  });

  it("refuses a JSONL export cut at a line boundary", async () => {
    const { text } = await download(manager, "format=jsonl&layer=gold", demo);
    const cut = text.split("\n").slice(0, -3).join("\n") + "\n";
    const target = await freshProject(`cut ${stamp}`);
    const res = await upload(manager, target, "format=jsonl", cut);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error.details.problems)).toMatch(/truncated/);
  });
});
