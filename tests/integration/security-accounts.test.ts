// Issue 9, items 4, 5, 8 and 10, and the required-id guard of server actions. Each failed before the fix.
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { Client, signedIn } from "../support/http-client";
import { actorFor, demoProjectId, makeUser, useTestDatabase } from "../support/data-layer";
import { callAction } from "../support/server-actions";
import { startTestServer, type TestServer } from "../support/server";

const baseUrl = () => inject("baseUrl");

describe("sign-in redirect", () => {
  it.each(["//evil.example/x", "/\\evil.example/x", "https://evil.example/x", "/.//evil.example/x", "javascript:alert(1)"])(
    "never hands %s to the sign-in form",
    async (target) => {
      const res = await new Client(baseUrl()).fetch(`/signin?callbackUrl=${encodeURIComponent(target)}`);
      expect(res.status).toBe(200);
      // The form's prop (the page echoes the query elsewhere in its RSC payload, harmlessly).
      expect(callbackProp(await res.text())).toBe("/projects");
    },
  );

  it("keeps a same-origin path with its query", async () => {
    const html = await (await new Client(baseUrl()).fetch(`/signin?callbackUrl=${encodeURIComponent("/projects?x=1")}`)).text();
    expect(callbackProp(html)).toBe("/projects?x=1");
  });
});

describe("sign-in rate limits", () => {
  it("limits guesses at one account per client, without locking the account for other clients", async () => {
    const user = await makeUser("ratelimit-pair");
    const attacker = { "x-forwarded-for": "10.91.0.1" };
    for (let i = 0; i < 5; i++)
      expect(await new Client(baseUrl(), attacker).signIn(user.email, "not-the-password")).toBe("Wrong email or password.");
    expect(await new Client(baseUrl(), attacker).signIn(user.email)).toMatch(/Too many failed sign-ins/);
    expect(await new Client(baseUrl(), { "x-forwarded-for": "10.91.0.2" }).signIn(user.email)).toBeNull();
  });

  describe("without PARALLAX_TRUST_PROXY (the default), served as https", () => {
    let server: TestServer;
    beforeAll(async () => {
      // NEXTAUTH_URL says https (as behind a TLS proxy); the test still talks plain http to the port.
      server = await startTestServer({ env: { PARALLAX_TRUST_PROXY: "0", NEXTAUTH_URL: "https://parallax.example" } });
    }, 120_000);
    afterAll(() => server?.stop());

    it("sets Secure cookies with the __Host-/__Secure- prefixes", async () => {
      const c = new Client(server.url);
      const csrf = await c.fetch("/api/auth/csrf");
      expect(csrf.headers.getSetCookie().join("\n")).toMatch(/^__Host-next-auth\.csrf-token=[^;]+;.*Secure/m);
      expect(await c.signIn("annotator1@example.com")).toBeNull();
      expect(c.cookieHeader).toContain("__Secure-next-auth.session-token=");
      expect((await c.json("GET", "/api/projects")).status).toBe(200);
    });

    it("ignores a rotating X-Forwarded-For: the socket address is the client", async () => {
      for (let i = 0; i < 20; i++) {
        const c = new Client(server.url, { "x-forwarded-for": `203.0.113.${i}` });
        expect(await c.signIn(`nobody${i}@example.com`, "nope-nope-nope")).toBe("Wrong email or password.");
      }
      expect(await new Client(server.url, { "x-forwarded-for": "198.51.100.7" }).signIn("reviewer@example.com")).toMatch(
        /Too many failed sign-ins from this device/,
      );
      // A forged internal header is overwritten by the server too.
      expect(await new Client(server.url, { "x-parallax-client-address": "198.51.100.8" }).signIn("reviewer@example.com")).toMatch(
        /Too many/,
      );
    });
  });
});

describe("tokens and sessions", () => {
  it("an admin password reset revokes the user's API tokens as well as their sessions", async () => {
    const user = await makeUser("reset-tokens");
    const { createApiToken } = await import("@/lib/server/auth/api-tokens");
    const { secret } = await createApiToken(user, "script");
    const bearer = new Client(baseUrl(), { authorization: `Bearer ${secret}` });
    expect((await bearer.json("GET", "/api/projects")).status).toBe(200);
    const { resetUserPassword } = await import("@/lib/server/auth/users");
    await resetUserPassword(await actorFor("admin@example.com"), user.id, "a-new-long-password");
    expect((await bearer.json("GET", "/api/projects")).status).toBe(401);
  });

  it("/api/auth/session neither answers for nor refreshes a revoked cookie", async () => {
    const user = await makeUser("revoked-session");
    const c = await signedIn(baseUrl(), user.email, { "x-forwarded-for": "10.91.1.1" });
    const live = await c.fetch("/api/auth/session");
    expect((await live.json()).user?.email).toBe(user.email);
    const old = c.clone();
    await c.signOut();
    const res = await old.fetch("/api/auth/session");
    const body = await res.json();
    expect(body.user).toBeUndefined();
    const refreshed = res.headers.getSetCookie().filter((k) => /session-token=[^;]+/.test(k) && !/session-token=;/.test(k));
    expect(refreshed).toEqual([]);
  });
});

describe("who may create projects and add members", () => {
  it("refuses project creation to a non-admin, through the API and the server action", async () => {
    const annotator = await signedIn(baseUrl(), "annotator1@example.com", { "x-forwarded-for": "10.91.2.1" });
    const db = await useTestDatabase();
    const before = await db.project.count();
    const { createProject } = await import("@/lib/server/projects/projects");
    await expect(
      createProject(await actorFor("annotator1@example.com"), { name: "annotator project", description: "", guidelines: "" }),
    ).rejects.toThrow(/administrator/);
    const form = new FormData();
    form.set("name", "annotator project via action");
    const action = await callAction(annotator, "/projects", "createProjectAction", [], { body: actionForm(form, "createProjectAction") });
    expect(action.status).toBeLessThan(500);
    expect(action.text).toMatch(/Only an administrator can create projects/);
    expect(await db.project.count()).toBe(before);
    // The projects page offers the form to admins only.
    expect(await (await annotator.fetch("/projects")).text()).not.toContain("Create project");
    const admin = await signedIn(baseUrl(), "admin@example.com", { "x-forwarded-for": "10.91.2.2" });
    expect(await (await admin.fetch("/projects")).text()).toContain("Create project");
  });

  it("tells a non-admin manager the same thing whether or not an account exists", async () => {
    const db = await useTestDatabase();
    const manager = await makeUser("plain-manager");
    const { createProject } = await import("@/lib/server/projects/projects");
    const project = await createProject(await actorFor("admin@example.com"), {
      name: `members ${Date.now()}`,
      description: "",
      guidelines: "",
    });
    await db.membership.create({ data: { projectId: project.id, userId: manager.id, role: "manager" } });
    const { requireProject } = await import("@/lib/server/access/guards");
    const { addMember } = await import("@/lib/server/access/members");
    const scope = await requireProject(manager, project.id, "members:manage");
    const existing = await addMember(scope, "reviewer@example.com", "reviewer");
    const missing = await addMember(scope, "no-such-person@example.com", "reviewer");
    expect(missing).toEqual(existing);
    expect(await db.membership.count({ where: { projectId: project.id } })).toBe(3);
  });
});

describe("server actions given no id", () => {
  it("revokeApiTokenAction without an id revokes nothing", async () => {
    const user = await makeUser("no-id");
    const { createApiToken } = await import("@/lib/server/auth/api-tokens");
    await createApiToken(user, "one");
    await createApiToken(user, "two");
    const c = await signedIn(baseUrl(), user.email, { "x-forwarded-for": "10.91.3.1" });
    const res = await callAction(c, "/settings", "revokeApiTokenAction", [], { body: "[]" });
    expect(res.status).toBeLessThan(500);
    const db = await useTestDatabase();
    expect(await db.apiToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(2);
  });

  it("removeMemberAction without a user id removes nobody", async () => {
    const projectId = await demoProjectId();
    const db = await useTestDatabase();
    const before = await db.membership.count({ where: { projectId } });
    const admin = await signedIn(baseUrl(), "admin@example.com", { "x-forwarded-for": "10.91.3.2" });
    const res = await callAction(admin, `/projects/${projectId}/settings`, "removeMemberAction", [], {
      body: JSON.stringify([projectId, "$undefined", "annotator"]),
    });
    expect(res.status).toBeLessThan(500);
    expect(await db.membership.count({ where: { projectId } })).toBe(before);
  });
});

function callbackProp(html: string): string | undefined {
  const m = /\\"callbackUrl\\":\\"([^"\\]*)\\"/.exec(html);
  return m?.[1];
}

/** A form-action call's body: React sends the bound state ($undefined) and the FormData fields. */
function actionForm(form: FormData, _name: string): FormData {
  const out = new FormData();
  for (const [k, v] of form.entries()) out.set(`_1_${k}`, v);
  out.set("0", JSON.stringify(["$undefined", "$K1"]));
  return out;
}
