import { describe, expect, it, inject, beforeAll } from "vitest";
import { createHash } from "node:crypto";
import { type Client, signedIn } from "../support/http-client";
import { actorFor, demoProjectId, makeUser } from "../support/data-layer";

const baseUrl = () => inject("baseUrl");
let projectId: string;
let admin: Client;
let annotator: Client;

beforeAll(async () => {
  projectId = await demoProjectId();
  admin = await signedIn(baseUrl(), "admin@example.com");
  annotator = await signedIn(baseUrl(), "annotator1@example.com");
});

const article = (extra: Record<string, unknown> = {}) => ({
  title: "Test article",
  text: `Unique text ${Math.random()} with emoji 👍🏽 and 日本`,
  outlet: "Test Wire",
  perspective: "US",
  language: "en",
  publishedAt: "2019-07-14T17:10:00+09:00",
  url: "https://example.com/a",
  ...extra,
});

describe("projects API", () => {
  it("lists the caller's projects with roles", async () => {
    const res = await annotator.json("GET", "/api/projects");
    expect(res.status).toBe(200);
    const demo = res.body.projects.find((p: { id: string }) => p.id === projectId);
    expect(demo.roles).toEqual(["annotator"]);
    expect(demo.documentCount).toBeGreaterThanOrEqual(5);
  });
});

describe("documents API", () => {
  it("lists the demo documents with metadata, filterable by perspective and title", async () => {
    const res = await annotator.json("GET", `/api/projects/${projectId}/documents`);
    expect(res.status).toBe(200);
    const yonhap = res.body.documents.filter((d: { outlet: string }) => d.outlet === "Yonhap");
    expect(yonhap).toHaveLength(2);
    expect(yonhap[0]).toMatchObject({ perspective: "KR", language: "en", publishedAt: "2019-07-14T17:10:00+09:00" });
    const kr = await annotator.json("GET", `/api/projects/${projectId}/documents?perspective=KR`);
    expect(kr.body.documents.every((d: { perspective: string }) => d.perspective === "KR")).toBe(true);
    const q = await annotator.json("GET", `/api/projects/${projectId}/documents?q=Pompeo`);
    expect(q.body.documents.map((d: { title: string }) => d.title)).toEqual([
      "Pompeo voiced support for Japan over wartime labor issue: sources",
    ]);
  });

  it("returns a document's text and metadata", async () => {
    const list = await annotator.json("GET", `/api/projects/${projectId}/documents`);
    const doc = await annotator.json("GET", `/api/documents/${list.body.documents[0].id}`);
    expect(doc.status).toBe(200);
    expect(doc.body.document.text.length).toBeGreaterThan(1000);
    expect(doc.body.document.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("stores text normalized (NFC, LF) with its SHA-256, and reports a duplicate with 409", async () => {
    const raw = `Cafe\u0301 line one\r\nline two\rline three ${Math.random()}`;
    const created = await admin.json("POST", `/api/projects/${projectId}/documents`, article({ text: raw }));
    expect(created.status).toBe(201);
    const stored = (await admin.json("GET", `/api/documents/${created.body.document.id}`)).body.document;
    const normalized = raw.replace(/\r\n?/g, "\n").normalize("NFC");
    expect(stored.text).toBe(normalized);
    expect(stored.sha256).toBe(createHash("sha256").update(normalized).digest("hex"));
    const again = await admin.json("POST", `/api/projects/${projectId}/documents`, article({ text: normalized, title: "Copy" }));
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already in the project/);
  });

  it.each([
    [{ title: "" }, 400, "title"],
    [{ title: undefined }, 400, "title"],
    [{ text: "" }, 400, "text"],
    [{ publishedAt: "2019-02-30" }, 400, "publishedAt"],
    [{ publishedAt: "last Tuesday" }, 400, "publishedAt"],
    [{ perspective: "Mars" }, 400, "perspective"],
    [{ url: "javascript:alert(1)" }, 400, "url"],
  ])("refuses %j with %i naming the field", async (patch, status, field) => {
    const res = await admin.json("POST", `/api/projects/${projectId}/documents`, article(patch));
    expect(res.status).toBe(status);
    expect(res.body.error.field).toBe(field);
    expect(res.body.error.message).toContain(field);
  });

  it("refuses text over 2 MB with 413 naming the limit", async () => {
    const res = await admin.json("POST", `/api/projects/${projectId}/documents`, article({ text: "x".repeat(2 * 1024 * 1024 + 1) }));
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/2 MB/);
  });

  it("refuses malformed JSON with 400 and non-JSON bodies with 415, never 500", async () => {
    const bad = await admin.fetch(`/api/projects/${projectId}/documents`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(bad.status).toBe(400);
    const form = await admin.fetch(`/api/projects/${projectId}/documents`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "{}",
    });
    expect(form.status).toBe(415); // an explicit allowed content type is part of the CSRF rule (README "Security")
  });

  it("lets only managers add documents", async () => {
    const res = await annotator.json("POST", `/api/projects/${projectId}/documents`, article());
    expect(res.status).toBe(403);
  });

  it("keeps non-members out of another project's documents by id", async () => {
    const outsider = await makeUser("outsider");
    const c = await signedIn(baseUrl(), outsider.email);
    const list = await annotator.json("GET", `/api/projects/${projectId}/documents`);
    const docId = list.body.documents[0].id;
    expect((await c.json("GET", `/api/projects/${projectId}/documents`)).status).toBe(403);
    expect((await c.json("GET", `/api/documents/${docId}`)).status).toBe(403);
    expect((await c.json("GET", "/api/documents/does-not-exist")).status).toBe(404);
  });

  it("shows article HTML as text, never as markup", async () => {
    const text = `<script>window.__pwned = 1</script><img src=x onerror=alert(1)> ${Math.random()}`;
    const created = await admin.json("POST", `/api/projects/${projectId}/documents`, article({ text, title: "<b>Markup</b> title" }));
    const html = await (await admin.fetch(`/documents/${created.body.document.id}`)).text();
    expect(html).not.toContain("<script>window.__pwned");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;script&gt;window.__pwned");
  });
});

describe("project authorization (data layer)", () => {
  it("refuses manager-only actions to annotators and non-members", async () => {
    const { requireProject } = await import("@/lib/server/access/guards");
    const { updateProject } = await import("@/lib/server/projects/projects");
    const { replaceLabels } = await import("@/lib/server/projects/labels");
    const annotatorActor = await actorFor("annotator1@example.com");
    await expect(requireProject(annotatorActor, projectId, "project:edit")).rejects.toThrow(/manager/);
    const scope = await requireProject(annotatorActor, projectId);
    await expect(updateProject(scope, { name: "hijacked" })).rejects.toThrow(/manager/);
    await expect(replaceLabels(scope, [])).rejects.toThrow(/manager/);
    const outsider = await makeUser("outsider2");
    await expect(requireProject(outsider, projectId)).rejects.toThrow(/not a member/);
  });

  it("creates projects with the default label set and the creator as manager", async () => {
    const { createProject, getProject } = await import("@/lib/server/projects/projects");
    const { requireProject } = await import("@/lib/server/access/guards");
    const user = await makeUser("creator", true); // creating projects is an admin capability
    const p = await createProject(user, { name: "Fresh", description: "", guidelines: "" });
    const scope = await requireProject(user, p.id, "project:edit");
    const details = await getProject(scope);
    expect(details.labels.map((l) => `${l.key}:${l.hotkey}`)).toEqual(["claim:1", "quote:2", "measure:3", "date:4"]);
  });

  it("refuses to remove a label in use and to remove the last manager", async () => {
    const { requireProject } = await import("@/lib/server/access/guards");
    const { replaceLabels } = await import("@/lib/server/projects/labels");
    const { removeMember } = await import("@/lib/server/access/members");
    const adminActor = await actorFor("admin@example.com");
    const scope = await requireProject(adminActor, projectId, "project:edit");
    await expect(replaceLabels(scope, [{ key: "claim", name: "Claim", color: "#e11d48", hotkey: "1" }])).rejects.toThrow(/is used by/);
    await expect(removeMember(scope, adminActor.id, "manager")).rejects.toThrow(/at least one manager/);
  });
});
