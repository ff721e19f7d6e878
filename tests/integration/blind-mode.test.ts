import { beforeAll, describe, expect, inject, it } from "vitest";
import { signedIn, type Client } from "../support/http-client";
import { actorFor, demoProjectId, useTestDatabase } from "../support/data-layer";
import { annotate, makeReviewProject, spanOf } from "../support/review-project";

// Blind mode (the demo project's default): an annotator never sees another annotator's
// spans or the gold layer, by any route, until the document is adjudicated.
let projectId: string;
let openDoc: string; // a demo document with both layers done, not adjudicated
let adjudicatedDoc: string;
let a1: Client;
let reviewer: Client;
let admin: Client;
let a2Id: string;
let a2OnlyText: string; // text of a span only annotator 2 made on the open document

beforeAll(async () => {
  projectId = await demoProjectId();
  const db = await useTestDatabase();
  const docs = await db.document.findMany({ where: { projectId }, select: { id: true, status: true } });
  const open = await db.document.findFirstOrThrow({
    where: { projectId, status: "open", annotations: { some: {} } },
    orderBy: { createdAt: "asc" },
  });
  openDoc = open.id;
  adjudicatedDoc = docs.find((d) => d.status === "adjudicated")!.id;
  a2Id = (await actorFor("annotator2@example.com")).id;
  const a1Id = (await actorFor("annotator1@example.com")).id;
  const a2Spans = await db.annotation.findMany({ where: { documentId: openDoc, layer: `user:${a2Id}` } });
  const a1Texts = (await db.annotation.findMany({ where: { documentId: openDoc, layer: `user:${a1Id}` } })).map((s) => s.text);
  a2OnlyText = a2Spans.map((s) => s.text).find((t) => t.length > 12 && !a1Texts.some((mine) => mine.includes(t)))!;
  const base = inject("baseUrl");
  [a1, reviewer, admin] = await Promise.all(
    ["annotator1@example.com", "reviewer@example.com", "admin@example.com"].map((e) => signedIn(base, e)),
  );
});

async function refused(c: Client, method: string, path: string, body?: unknown) {
  const res = await c.fetch(path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text };
}

describe("blind mode: an annotator asking for others' spans before adjudication", () => {
  it("has a span only the other annotator made to look for", () => {
    expect(a2OnlyText).toBeTruthy();
  });

  it.each([
    ["GET", () => `/api/documents/${openDoc}/annotations?layer=all`],
    ["GET", () => `/api/documents/${openDoc}/annotations?layer=${a2Id}`],
    ["GET", () => `/api/documents/${openDoc}/annotations?layer=gold`],
    ["GET", () => `/api/documents/${openDoc}/adjudication`],
    ["GET", () => `/api/documents/${openDoc}/history`],
    ["GET", () => `/api/documents/${adjudicatedDoc}/history`],
    ["GET", () => `/api/projects/${projectId}/agreement`],
    ["GET", () => `/api/projects/${projectId}/agreement?format=csv`],
    ["GET", () => `/api/projects/${projectId}/agreement?format=json`],
    ["GET", () => `/api/projects/${projectId}/assignments`],
    ["PUT", () => `/api/documents/${openDoc}/adjudication/status`, { status: "in_adjudication" }],
    ["POST", () => `/api/documents/${openDoc}/adjudication/decisions`, { itemKey: "x", decision: "reject" }],
    ["DELETE", () => `/api/documents/${openDoc}/adjudication/decisions/x`],
    ["POST", () => `/api/projects/${projectId}/assignments`, { action: "auto" }],
  ] as [string, () => string, unknown?][])("%s %s → 403, nothing leaked", async (method, path, body) => {
    const res = await refused(a1, method, path(), body);
    expect(res.status).toBe(403);
    expect(JSON.parse(res.text).error.code).toBe("forbidden");
    expect(res.text).not.toContain(a2OnlyText);
  });

  it("gets only their own layer by default", async () => {
    const res = await a1.json("GET", `/api/documents/${openDoc}/annotations`);
    expect(res.status).toBe(200);
    expect(res.body.annotations.length).toBeGreaterThan(0);
    expect(res.body.annotations.every((s: { layer: string }) => s.layer === `user:${res.body.annotations[0].authorId}`)).toBe(true);
    expect(JSON.stringify(res.body)).not.toContain(a2OnlyText);
  });

  it("sees only their own entries in their queue", async () => {
    const res = await a1.json("GET", `/api/projects/${projectId}/queue`);
    expect(res.status).toBe(200);
    expect(res.body.queue.length).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(res.body)).not.toContain(a2Id);
  });

  it.each([
    () => `/documents/${openDoc}/review`,
    () => `/documents/${openDoc}/history`,
    () => `/projects/${projectId}/agreement`,
    () => `/projects/${projectId}/progress`,
  ])("page %s → 403 without the other layer's text", async (path) => {
    const res = await a1.fetch(path());
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain(a2OnlyText);
  });

  it("does not leak the other layer through the document list page", async () => {
    const res = await a1.fetch(`/projects/${projectId}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain(a2OnlyText);
    expect(html).not.toContain(`/documents/${openDoc}/review`);
  });
});

describe("the pages carry the spans the API gives, and no others", () => {
  const ids = async (c: Client, layer: string) =>
    ((await c.json("GET", `/api/documents/${openDoc}/annotations?layer=${layer}`)).body.annotations as { id: string }[]).map((s) => s.id);

  it("sends the annotator's workspace their own spans only", async () => {
    const mine = await ids(a1, "mine");
    const theirs = await ids(reviewer, a2Id);
    expect(mine.length).toBeGreaterThan(0);
    expect(theirs.length).toBeGreaterThan(0);
    const html = await (await a1.fetch(`/documents/${openDoc}`)).text();
    expect(mine.filter((id) => !html.includes(id))).toEqual([]);
    expect(theirs.filter((id) => html.includes(id))).toEqual([]);
  });

  it("sends a reviewer's reading view the layer asked for", async () => {
    const theirs = await ids(reviewer, a2Id);
    const html = await (await reviewer.fetch(`/documents/${openDoc}?layer=${a2Id}`)).text();
    expect(theirs.filter((id) => !html.includes(id))).toEqual([]);
  });
});

describe("blind mode lifts with adjudication, and never applies to reviewers and managers", () => {
  it("lets the annotator see gold and every layer of an adjudicated document", async () => {
    const gold = await a1.json("GET", `/api/documents/${adjudicatedDoc}/annotations?layer=gold`);
    expect(gold.status).toBe(200);
    expect(gold.body.annotations.length).toBeGreaterThan(0);
    const all = await a1.json("GET", `/api/documents/${adjudicatedDoc}/annotations?layer=all`);
    expect(all.status).toBe(200);
    expect(all.body.annotations.some((s: { layer: string }) => s.layer === `user:${a2Id}`)).toBe(true);
  });

  it.each(["reviewer", "admin"])("lets the %s see every layer with each span's author", async (who) => {
    const c = who === "reviewer" ? reviewer : admin;
    const all = await c.json("GET", `/api/documents/${openDoc}/annotations?layer=all`);
    expect(all.status).toBe(200);
    const authors = new Set(all.body.annotations.map((s: { authorId: string }) => s.authorId));
    expect(authors.has(a2Id)).toBe(true);
    expect(authors.size).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(all.body)).toContain(a2OnlyText);
    expect((await c.json("GET", `/api/documents/${openDoc}/annotations?layer=${a2Id}`)).status).toBe(200);
    expect((await c.json("GET", `/api/documents/${openDoc}/annotations?layer=gold`)).status).toBe(200);
    expect((await c.json("GET", `/api/documents/${openDoc}/adjudication`)).status).toBe(200);
    expect((await c.json("GET", `/api/documents/${openDoc}/history`)).status).toBe(200);
  });

  it("lets annotators see each other's layers when the project turns blind mode off", async () => {
    const text = "Japan said the controls were not a retaliatory measure.";
    const p = await makeReviewProject([text], { blindMode: false });
    const b = await signedIn(inject("baseUrl"), "annotator2@example.com");
    await annotate(b, p.documentIds[0], [spanOf(text, "claim", "the controls were not a retaliatory measure")]);
    const all = await a1.json("GET", `/api/documents/${p.documentIds[0]}/annotations?layer=all`);
    expect(all.status).toBe(200);
    expect(all.body.annotations).toHaveLength(1);
    // Still reviewer-only: adjudication, history and agreement.
    expect((await a1.json("GET", `/api/documents/${p.documentIds[0]}/adjudication`)).status).toBe(403);
    expect((await a1.json("GET", `/api/projects/${p.projectId}/agreement`)).status).toBe(403);
  });
});
