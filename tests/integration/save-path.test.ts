// The span save path writes through its own connection (lib/server/db/raw.ts): it must wait for
// another writer without failing, and leave nothing half-written when it refuses.
import { openRawDb, type SqlParam } from "@/lib/server/db/raw";
import { beforeAll, describe, expect, it, inject } from "vitest";
import { signedIn, type Client } from "../support/http-client";
import { actorFor, makeUser, useTestDatabase } from "../support/data-layer";

const TEXT = `Tokyo said 👍🏽 the curbs were "not retaliation".\nCafe\u0301 🇰🇷 韓国 ${Date.now()}`;
const CPS = Array.from(TEXT.normalize("NFC"));
const span = (s: number, e: number) => ({ start: s, end: e, text: CPS.slice(s, e).join("") });

let a1: Client;
let manager: Client;
let projectId: string;
let docId: string;
const db = () => openRawDb(inject("databaseUrl"), { max: 1 });
const count = async (sql: string, ...args: SqlParam[]) => {
  const conn = db();
  try {
    return (await conn.value<number>(sql, ...args))!;
  } finally {
    await conn.close();
  }
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Another connection's write transaction, open for `ms` while `during` starts: on SQLite it
 * holds the database's write lock (BEGIN IMMEDIATE); on PostgreSQL, the row lock of its update.
 */
async function whileAnotherWriterHolds<T>(update: [string, ...SqlParam[]], ms: number, during: () => Promise<T>): Promise<T> {
  const other = db();
  let started!: Promise<T>;
  try {
    await other.transaction(async (tx) => {
      await tx.run(...update);
      started = during();
      await pause(ms);
    });
  } finally {
    await other.close();
  }
  return started;
}
const events = () => count(`SELECT count(*) AS n FROM "AnnotationEvent" WHERE documentId = ?`, docId);

beforeAll(async () => {
  // A project of its own (other files may change or delete the demo project), annotator1 in it.
  const owner = await makeUser("save-path-owner", true);
  const { createProject } = await import("@/lib/server/projects/projects");
  const { requireProject } = await import("@/lib/server/access/guards");
  const { addMember } = await import("@/lib/server/access/members");
  const project = await createProject(owner, { name: `Save path ${Date.now()}`, description: "", guidelines: "" });
  await addMember(await requireProject(owner, project.id, "members:manage"), (await actorFor("annotator1@example.com")).email, "annotator");
  projectId = project.id;
  manager = await signedIn(inject("baseUrl"), owner.email);
  a1 = await signedIn(inject("baseUrl"), "annotator1@example.com");
  const created = await manager.json("POST", `/api/projects/${project.id}/documents`, {
    title: "Save path",
    text: TEXT,
    perspective: "JP",
  });
  expect(created.status).toBe(201);
  docId = created.body.document.id;
});

describe("the span save path", () => {
  it("waits for another connection's write transaction instead of failing, then saves span and history together", async () => {
    const res = await whileAnotherWriterHolds([`UPDATE "Document" SET title = title WHERE id = ?`, docId], 600, () =>
      a1.json("POST", `/api/documents/${docId}/annotations`, { label: "quote", ...span(11, 13) }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.annotation).toMatchObject({ label: "quote", start: 11, end: 13, text: "👍🏽", version: 1 });
    expect(res.body.annotation.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(
      await count(`SELECT count(*) AS n FROM "AnnotationEvent" WHERE annotationId = ? AND action = 'create'`, res.body.annotation.id),
    ).toBe(1);
    expect(
      await count(
        `SELECT count(*) AS n FROM "Assignment" a JOIN "User" u ON u.id = a.userId WHERE a.documentId = ? AND u.email = ? AND a.status = 'in_progress'`,
        docId,
        "annotator1@example.com",
      ),
    ).toBe(1);
  });

  it("writes no history for a refused duplicate, a stale update or a stale delete", async () => {
    const line = CPS.indexOf("\n");
    const created = await a1.json("POST", `/api/documents/${docId}/annotations`, { label: "claim", ...span(0, line + 2) });
    expect(created.status).toBe(201);
    const id = created.body.annotation.id;
    const before = await events();
    expect((await a1.json("POST", `/api/documents/${docId}/annotations`, { label: "claim", ...span(0, line + 2) })).status).toBe(409);
    const stale = await a1.json("PATCH", `/api/annotations/${id}`, { version: 7, label: "quote" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current).toMatchObject({ id, label: "claim", version: 1 });
    expect((await a1.fetch(`/api/annotations/${id}?version=7`, { method: "DELETE" })).status).toBe(409);
    expect(await events()).toBe(before);
    const retag = await a1.json("PATCH", `/api/annotations/${id}`, { version: 1, label: "quote" });
    expect(retag.status).toBe(200);
    expect(retag.body.annotation).toMatchObject({ label: "quote", version: 2, attributes: {} });
    expect(await events()).toBe(before + 1);
    expect((await a1.fetch(`/api/annotations/${id}?version=2`, { method: "DELETE" })).status).toBe(204);
    expect(await events()).toBe(before + 2);
    expect(await count(`SELECT count(*) AS n FROM "Annotation" WHERE id = ?`, id)).toBe(0);
  });

  // Prisma's own transactions (here: adding documents, which reads for duplicates, then writes).
  // Opened DEFERRED, such a transaction failed with "database is locked" when another connection
  // committed between its first read and its first write, which no busy timeout can cure (seen
  // in CI). Opened IMMEDIATE (lib/server/db/db.ts), it waits for the other writer and succeeds.
  it("adds documents while another connection commits a write, instead of failing with 'database is locked'", async () => {
    const res = await whileAnotherWriterHolds(
      [`UPDATE "Project" SET description = ? WHERE id = ?`, `changed ${Date.now()}`, projectId],
      600,
      () =>
        manager.json("POST", `/api/projects/${projectId}/documents`, {
          title: "Added while locked",
          text: `Seoul 🇰🇷 called it 報復.\nCafe\u0301 ${Date.now()}`,
          perspective: "KR",
        }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(await count(`SELECT count(*) AS n FROM "Document" WHERE id = ?`, res.body.document.id)).toBe(1);
  });

  // The hot paths' prepared statements are shared per SQL text. A page's status read once put
  // the save path's statement of the same text into single-value mode, and the first span then
  // no longer moved the annotator's status to "in progress" (seen as a flaky assignment test).
  it("moves the status to in progress on the first span, also after the workspace page read the status", async () => {
    const created = await manager.json("POST", `/api/projects/${projectId}/documents`, {
      title: "Status after a page view",
      text: `Tokyo 🇯🇵 said 報復 was not the word.\nCafe\u0301 ${Date.now()}`,
      perspective: "JP",
    });
    expect(created.status).toBe(201);
    const id = created.body.document.id as string;
    const cps = Array.from(`Tokyo 🇯🇵 said 報復 was not the word.\nCafe\u0301 `.normalize("NFC"));
    // Assigned (status "todo"): the save path must update the row, not insert one.
    const a1Id = (await actorFor("annotator1@example.com")).id;
    const assigned = await manager.json("POST", `/api/projects/${projectId}/assignments`, {
      action: "assign",
      documentId: id,
      userId: a1Id,
    });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    expect((await a1.fetch(`/documents/${id}`)).status).toBe(200); // renders the workspace: reads the status
    const saved = await a1.json("POST", `/api/documents/${id}/annotations`, {
      label: "quote",
      start: 14, // 🇯🇵 is two code points (regional indicators)
      end: 16,
      text: cps.slice(14, 16).join(""),
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.body.annotation.text).toBe("報復");
    const status = () =>
      count(
        `SELECT count(*) AS n FROM "Assignment" a JOIN "User" u ON u.id = a.userId WHERE a.documentId = ? AND u.email = ? AND a.status = 'in_progress'`,
        id,
        "annotator1@example.com",
      );
    expect(await status()).toBe(1);
    expect((await a1.fetch(`/documents/${id}`)).status).toBe(200);
  });

  it("answers saves directly once Next has loaded their routes, with the same headers, refusals and results", async () => {
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      a1.fetch(`/api/documents/${docId}/annotations`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      });
    const line = CPS.indexOf("\n");
    await post({ label: "date", ...span(line + 1, line + 6) }); // loads the route module, if no other test did
    const res = await post({ label: "measure", ...span(line + 1, line + 6) });
    expect(res.status).toBe(201);
    expect(res.headers.get("x-parallax-route")).toBe("direct");
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    const created = (await res.json()).annotation;
    expect(created).toMatchObject({ label: "measure", text: "Cafe\u0301".normalize("NFC") + " " });
    // Refusals come from the same handler: a clear 400 that names the field, and nothing written.
    const before = await events();
    const bad = await post({ label: "measure", start: line + 1, end: line + 3, text: "no" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: "invalid_input", field: "text" });
    expect(await events()).toBe(before);
    // A cross-site write is still refused before any handler runs.
    const forged = await post({ label: "claim", ...span(0, 5) }, { origin: "https://evil.example" });
    expect(forged.status).toBe(403);
    const stale = await a1.json("PATCH", `/api/annotations/${created.id}`, { version: 99, label: "date" }); // loads that route too
    expect(stale.status).toBe(409);
    const retag = await a1.fetch(`/api/annotations/${created.id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ version: created.version, label: "quote" }),
    });
    expect(retag.headers.get("x-parallax-route")).toBe("direct");
    expect((await retag.json()).annotation).toMatchObject({ id: created.id, label: "quote", version: 2 });
    const gone = await a1.fetch(`/api/annotations/${created.id}?version=2`, { method: "DELETE" });
    expect(gone.status).toBe(204);
    expect(gone.headers.get("x-parallax-route")).toBe("direct");
    expect(await count(`SELECT count(*) AS n FROM "Annotation" WHERE id = ?`, created.id)).toBe(0);
  });

  it("keeps row and single-value reads of the same SQL text apart", async () => {
    await useTestDatabase();
    const { rawDb } = await import("@/lib/server/db/raw");
    const text = `SELECT status FROM "Assignment" WHERE documentId = ? AND userId = ?`;
    const a1Id = (await actorFor("annotator1@example.com")).id;
    expect(await rawDb().value(text, docId, a1Id)).toBe("in_progress");
    expect(await rawDb().get(text, docId, a1Id)).toEqual({ status: "in_progress" });
    expect(await rawDb().value(text, docId, a1Id)).toBe("in_progress");
  });
});
