// Issue 9, items 3, 6, 7 and 9: what a request may carry. Each case failed before the fix.
import { beforeAll, describe, expect, it, inject } from "vitest";
import { Client, signedIn } from "../support/http-client";
import { useTestDatabase } from "../support/data-layer";
import { freshProject } from "../support/corpus-http";
import { callAction } from "../support/server-actions";

const baseUrl = () => inject("baseUrl");
let projectId: string;
let manager: Client;

const jsonl = (title: string) =>
  [
    JSON.stringify({ type: "project", format: "parallax-jsonl", version: 2, labels: [], users: [] }),
    JSON.stringify({
      type: "document",
      title,
      text: `CSRF probe ${title}`,
      perspective: "other",
      language: "en",
      publishedAt: null,
      url: "",
      outlet: "",
      status: "open",
      sha256: "",
      spans: [],
    }),
    JSON.stringify({ type: "end", documents: 1, spans: 0, propositions: 0 }),
  ].join("\n");

async function documentCount(title: string): Promise<number> {
  const db = await useTestDatabase();
  return db.document.count({ where: { title } });
}

beforeAll(async () => {
  // A project of its own: the accepted writes below must not add documents to the shared demo project.
  projectId = await freshProject(`Security requests ${Date.now()}`);
  manager = await signedIn(baseUrl(), "admin@example.com", { "x-forwarded-for": "10.90.0.1" });
});

describe("CSRF: cookie-authenticated writes need a same-origin request and an explicit content type", () => {
  it("refuses an import with the manager's cookie and no Content-Type (nothing imported)", async () => {
    const res = await manager.fetch(`/api/projects/${projectId}/import?format=jsonl`, {
      method: "POST",
      body: new TextEncoder().encode(jsonl("csrf-no-type")),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect((await res.json()).error.message).toMatch(/Content-Type/i);
    expect(await documentCount("csrf-no-type")).toBe(0);
  });

  it("refuses a write from a foreign Origin, or a cross-site fetch without one", async () => {
    const foreign = await manager.fetch(`/api/projects/${projectId}/documents`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      body: JSON.stringify({ title: "csrf-foreign", text: "csrf foreign origin text" }),
    });
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error.message).toMatch(/origin/i);
    const crossSite = await manager.fetch(`/api/projects/${projectId}/documents`, {
      method: "POST",
      headers: { origin: "", "sec-fetch-site": "cross-site", "content-type": "application/json" },
      body: JSON.stringify({ title: "csrf-cross-site", text: "csrf cross-site text" }),
    });
    expect(crossSite.status).toBe(403);
    const noOrigin = await manager.fetch(`/api/projects/${projectId}/documents`, {
      method: "POST",
      headers: { origin: "", "content-type": "application/json" },
      body: JSON.stringify({ title: "csrf-no-origin", text: "csrf no origin text" }),
    });
    expect(noOrigin.status).toBe(403);
    expect(await documentCount("csrf-foreign")).toBe(0);
    expect(await documentCount("csrf-cross-site")).toBe(0);
    expect(await documentCount("csrf-no-origin")).toBe(0);
  });

  it("accepts a same-origin write, and a bearer-token write without any Origin", async () => {
    const same = await manager.json("POST", `/api/projects/${projectId}/documents`, {
      title: "csrf-same-origin",
      text: `same origin ${Math.random()}`,
    });
    expect(same.status).toBe(201);
    const { createApiToken } = await import("@/lib/server/auth/api-tokens");
    const db = await useTestDatabase();
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    const { secret } = await createApiToken(
      { id: admin.id, email: admin.email, name: admin.name, isAdmin: true, via: "session" },
      "csrf-test",
    );
    const bearer = new Client(baseUrl(), { authorization: `Bearer ${secret}`, origin: "" });
    const res = await bearer.json("POST", `/api/projects/${projectId}/documents`, {
      title: "csrf-bearer",
      text: `bearer ${Math.random()}`,
    });
    expect(res.status).toBe(201);
  });

  it("refuses server actions from a foreign Origin with a 4xx, not a 500", async () => {
    const res = await callAction(manager, "/settings", "createApiTokenAction", [], {
      headers: { origin: "https://evil.example" },
      body: JSON.stringify(["$undefined", {}]),
    });
    expect(res.status).toBe(403);
  });
});

describe("bodies: lone surrogates, nesting, size", () => {
  const post = (body: string) =>
    manager.fetch(`/api/projects/${projectId}/documents`, { method: "POST", headers: { "content-type": "application/json" }, body });

  it("refuses a lone UTF-16 surrogate with 400 naming the field", async () => {
    const res = await post('{"title":"\\ud800","text":"surrogate probe"}');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.field).toBe("title");
    expect(body.error.message).toMatch(/surrogate|UTF-16|well-formed/i);
    const nested = await manager.fetch(`/api/projects/${projectId}/assignments`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"action":"assign","documentIds":["\\udfff"]}',
    });
    expect(nested.status).toBe(400);
    expect((await nested.json()).error.field).toBe("documentIds[0]");
  });

  it("refuses deeply nested JSON with 400", async () => {
    const deep = "[".repeat(5000) + "]".repeat(5000);
    const res = await post(`{"title":"deep","text":"deep","url":${deep}}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/nested/i);
  });

  it("caps /api/auth bodies before reading them (413)", async () => {
    const csrf = await (await new Client(baseUrl()).fetch("/api/auth/csrf")).json();
    const c = new Client(baseUrl(), { "x-forwarded-for": "10.90.0.2" });
    const big = "a".repeat(1024 * 1024);
    const res = await c.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `csrfToken=${csrf.csrfToken}&email=x%40example.com&password=${big}`,
    });
    expect(res.status).toBe(413);
  });

  it("answers server-action bodies that are too large, malformed or too deep with 4xx", async () => {
    const huge = await callAction(manager, "/settings", "revokeApiTokenAction", [], {
      body: JSON.stringify(["x".repeat(26 * 1024 * 1024)]),
    });
    expect(huge.status).toBe(413);
    const malformed = await callAction(manager, "/settings", "revokeApiTokenAction", [], { body: '["unterminated' });
    expect(malformed.status).toBe(400);
    const deep = await callAction(manager, "/settings", "revokeApiTokenAction", [], { body: "[".repeat(5000) + "]".repeat(5000) });
    expect(deep.status).toBe(400);
    const notArgs = await callAction(manager, "/settings", "revokeApiTokenAction", [], { body: '"just a string"' });
    expect(notArgs.status).toBe(400);
    const badForm = await callAction(manager, "/settings", "createApiTokenAction", [], {
      body: '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$undefined",\r\n--y--',
      headers: { "content-type": "multipart/form-data; boundary=x" },
    });
    expect(badForm.status).toBe(400);
    const deepForm = new FormData();
    deepForm.set("0", "[".repeat(5000) + "]".repeat(5000));
    expect((await callAction(manager, "/settings", "createApiTokenAction", [], { body: deepForm })).status).toBe(400);
  });
});

describe("headers", () => {
  it("sends a nonce-based CSP that forbids framing, and the page's scripts carry the nonce", async () => {
    const res = await new Client(baseUrl()).fetch("/signin");
    const csp = res.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s).toContain(`nonce="${nonce}"`);
    const again = await new Client(baseUrl()).fetch("/signin");
    expect(again.headers.get("content-security-policy")).not.toContain(nonce!);
  });
});
