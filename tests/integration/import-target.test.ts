// Issue 11, item 4: the importer chooses the layer imported spans land in.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { signedIn, type Client } from "../support/http-client";
import { freshProject, upload } from "../support/corpus-http";
import { actorFor } from "../support/data-layer";

// doccano counts UTF-16 code units: "👍🏽" is 4 of them, 2 code points; "日本" 2; "é" 1; "\n" 1.
const text = `👍🏽 Café 日本\nSeoul called it retaliation ${Date.now()}`;
const u16 = (needle: string) => [text.indexOf(needle), text.indexOf(needle) + needle.length];
const doccano = (t: string) =>
  JSON.stringify({
    text: t,
    label: [
      [...u16("Seoul called it retaliation"), "claim"],
      [...u16("日本"), "quote"],
    ],
  }) + "\n";

let admin: Client;
let a1: Client;
let projectId: string;
let a1Id: string;
let reviewerId: string;

beforeAll(async () => {
  const base = inject("baseUrl");
  [admin, a1] = await Promise.all(["admin@example.com", "annotator1@example.com"].map((e) => signedIn(base, e)));
  projectId = await freshProject(`Import target ${Date.now()}`, ["annotator1@example.com"]);
  a1Id = (await actorFor("annotator1@example.com")).id;
  reviewerId = (await actorFor("reviewer@example.com")).id;
});

const newestDoc = async () => {
  const docs = (await admin.json("GET", `/api/projects/${projectId}/documents`)).body.documents as { id: string; title: string }[];
  return docs[docs.length - 1].id;
};
const layers = async (documentId: string) =>
  (await admin.json("GET", `/api/documents/${documentId}/annotations?layer=all`)).body.annotations as {
    layer: string;
    authorId: string;
    label: string;
    start: number;
    end: number;
    text: string;
  }[];

describe("import target layer", () => {
  it("target=gold puts every span in gold, with code-point offsets", async () => {
    const res = await upload(admin, projectId, "format=doccano&target=gold", doccano(text));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const spans = await layers(await newestDoc());
    expect(spans.map((s) => s.layer)).toEqual(["gold", "gold"]);
    const cps = Array.from(text);
    for (const s of spans) expect(cps.slice(s.start, s.end).join("")).toBe(s.text);
  });

  it("target=<annotator> puts every span in their layer and the document in their queue", async () => {
    const t = `${text} again`;
    const res = await upload(admin, projectId, `format=doccano&target=${a1Id}`, doccano(t));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const documentId = await newestDoc();
    const spans = await layers(documentId);
    expect(spans.map((s) => [s.layer, s.authorId])).toEqual([
      [`user:${a1Id}`, a1Id],
      [`user:${a1Id}`, a1Id],
    ]);
    // The annotator sees them as their own and has the document in progress.
    expect((await a1.json("GET", `/api/documents/${documentId}/annotations`)).body.annotations).toHaveLength(2);
    const queue = (await a1.json("GET", `/api/projects/${projectId}/queue`)).body;
    expect(JSON.stringify(queue)).toContain(documentId);
    expect(JSON.stringify(queue)).toMatch(/in_progress/);
  });

  it("refuses a target who is not an annotator of the project, importing nothing", async () => {
    const t = `${text} refused`;
    const before = (await admin.json("GET", `/api/projects/${projectId}/documents`)).body.documents.length;
    const res = await upload(admin, projectId, `format=doccano&target=${reviewerId}`, doccano(t));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/not an annotator of this project/);
    expect((await admin.json("GET", `/api/projects/${projectId}/documents`)).body.documents.length).toBe(before);
    expect((await upload(admin, projectId, "format=doccano&target=../x", doccano(t))).status).toBe(400);
  });

  it("target=authored with layer=gold (the form's default) sends layer-less spans to gold; the API default stays the importer's layer", async () => {
    const res = await upload(admin, projectId, "format=doccano&target=authored&layer=gold", doccano(`${text} authored`));
    expect(res.status).toBe(200);
    expect((await layers(await newestDoc())).map((s) => s.layer)).toEqual(["gold", "gold"]);
    const adminId = (await actorFor("admin@example.com")).id;
    expect((await upload(admin, projectId, "format=doccano", doccano(`${text} plain`))).status).toBe(200);
    expect((await layers(await newestDoc())).map((s) => s.layer)).toEqual([`user:${adminId}`, `user:${adminId}`]);
  });
});
