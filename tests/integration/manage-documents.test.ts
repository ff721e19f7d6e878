// Issue 11, item 7: edit a document's metadata, delete a document or a project with
// everything in it (managers and admins only), change one's own password, next document.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { Client, signedIn } from "../support/http-client";
import { annotate, makeReviewProject, spanOf, type ReviewProject } from "../support/review-project";
import { makeUser, useTestDatabase } from "../support/data-layer";

// Code points: the emoji is 2, "é" 1, CJK one each, the line break 1.
const text = "👍🏽 Café 日本\nSeoul called it retaliation.";
let p: ReviewProject;
let admin: Client;
let a1: Client;
let reviewer: Client;

beforeAll(async () => {
  p = await makeReviewProject([text, `${text} Second.`, `${text} Third.`]);
  const base = inject("baseUrl");
  [admin, a1, reviewer] = await Promise.all(
    ["admin@example.com", "annotator1@example.com", "reviewer@example.com"].map((e) =>
      signedIn(base, e, { "x-forwarded-for": "10.11.0.1" }),
    ),
  );
});

describe("document metadata", () => {
  it("a manager changes title, outlet, perspective, date and URL; the text stays; others are refused", async () => {
    const id = p.documentIds[0];
    const patch = {
      title: "Renamed 日本",
      outlet: "Yonhap",
      perspective: "KR",
      language: "en",
      publishedAt: "2019-07-14",
      url: "https://example.com/a",
    };
    const res = await admin.json("PATCH", `/api/documents/${id}`, patch);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.document).toMatchObject({ ...patch, text, length: Array.from(text).length });
    expect((await reviewer.json("PATCH", `/api/documents/${id}`, patch)).status).toBe(403);
    expect((await a1.json("PATCH", `/api/documents/${id}`, patch)).status).toBe(403);
    const bad = await admin.json("PATCH", `/api/documents/${id}`, { ...patch, perspective: "Mars" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/unknown perspective/);
    expect((await admin.json("GET", `/api/documents/${id}`)).body.document.perspective).toBe("KR");
  });
});

describe("deleting", () => {
  it("a document goes with its spans, links and history, only for managers", async () => {
    const id = p.documentIds[1];
    await annotate(a1, id, [spanOf(`${text} Second.`, "claim", "Seoul called it retaliation")], false);
    const claim = (await a1.json("GET", `/api/documents/${id}/annotations`)).body.annotations[0];
    const prop = (
      await reviewer.json("POST", `/api/projects/${p.projectId}/propositions`, {
        statement: `Deleted doc ${Date.now()}`,
        annotationId: claim.id,
        stance: "supports",
      })
    ).body.proposition;
    expect((await reviewer.json("DELETE", `/api/documents/${id}?confirm=${id}`)).status).toBe(403);
    expect((await a1.json("DELETE", `/api/documents/${id}?confirm=${id}`)).status).toBe(403);
    const unconfirmed = await admin.json("DELETE", `/api/documents/${id}`);
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.error.message).toMatch(/confirm/);
    const res = await admin.json("DELETE", `/api/documents/${id}?confirm=${id}`);
    expect(res.status).toBe(200);
    expect(res.body.deleted).toMatchObject({ spans: 1, links: 1 });
    expect((await admin.json("GET", `/api/documents/${id}`)).status).toBe(404);
    const db = await useTestDatabase();
    expect(await db.annotation.count({ where: { documentId: id } })).toBe(0);
    expect(await db.annotationEvent.count({ where: { documentId: id } })).toBe(0);
    expect(await db.propositionLink.count({ where: { propositionId: prop.id } })).toBe(0);
    expect(await db.assignment.count({ where: { documentId: id } })).toBe(0);
  });

  it("a project goes with everything in it; reviewers and annotators are refused", async () => {
    const doomed = await makeReviewProject([`${text} doomed ${Date.now()}`]);
    await annotate(a1, doomed.documentIds[0], [spanOf(text, "quote", "日本")], false);
    expect((await admin.json("GET", `/api/projects/${doomed.projectId}/agreement`)).status).toBe(200); // a stored report
    expect((await reviewer.json("DELETE", `/api/projects/${doomed.projectId}?confirm=${doomed.projectId}`)).status).toBe(403);
    expect((await admin.json("DELETE", `/api/projects/${doomed.projectId}?confirm=${p.projectId}`)).status).toBe(400);
    const res = await admin.json("DELETE", `/api/projects/${doomed.projectId}?confirm=${doomed.projectId}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.deleted.documents).toBe(1);
    const db = await useTestDatabase();
    expect(await db.project.count({ where: { id: doomed.projectId } })).toBe(0);
    expect(await db.document.count({ where: { projectId: doomed.projectId } })).toBe(0);
    expect(await db.annotation.count({ where: { documentId: doomed.documentIds[0] } })).toBe(0);
    expect(await db.membership.count({ where: { projectId: doomed.projectId } })).toBe(0);
    expect(await db.derivedResult.count({ where: { key: { endsWith: doomed.projectId } } })).toBe(0);
  });
});

describe("own password", () => {
  it("needs the current password, then signs every session out; the new one works", async () => {
    const user = await makeUser("pw-change");
    const base = inject("baseUrl");
    const session = await signedIn(base, user.email, { "x-forwarded-for": "10.11.0.2" });
    expect((await session.json("GET", "/api/projects")).status).toBe(200);
    const { changeOwnPassword } = await import("@/lib/server/auth/users");
    await expect(changeOwnPassword(user, "wrong password", "a-new-long-secret")).rejects.toThrow(/current password is not right/);
    await changeOwnPassword(user, "parallax-demo", "a-new-long-secret");
    expect((await session.json("GET", "/api/projects")).status).toBe(401);
    const fresh = new Client(base, { "x-forwarded-for": "10.11.0.3" });
    expect(await fresh.signIn(user.email, "parallax-demo")).not.toBeNull();
    expect(await fresh.signIn(user.email, "a-new-long-secret")).toBeNull();
  });
});

describe("next document in my queue", () => {
  it("goes to the next unfinished document after this one, and says so when none is left", async () => {
    const q = await makeReviewProject([`${text} q1 ${Date.now()}`, `${text} q2 ${Date.now()}`]);
    for (const d of q.documentIds)
      await admin.json("POST", `/api/projects/${q.projectId}/assignments`, { action: "assign", documentId: d, userId: q.ids.a1 });
    const [first, second] = q.documentIds;
    const next = await a1.fetch(`/projects/${q.projectId}/queue/next?after=${first}`);
    expect([303, 307, 308]).toContain(next.status);
    expect(next.headers.get("location")).toContain(`/documents/${second}`);
    await a1.json("PUT", `/api/documents/${second}/status`, { status: "done" });
    await a1.json("PUT", `/api/documents/${first}/status`, { status: "done" });
    const none = await a1.fetch(`/projects/${q.projectId}/queue/next?after=${first}`);
    expect(none.status).toBe(200);
    expect(await none.text()).toContain("Nothing else is waiting in your queue");
  });
});
