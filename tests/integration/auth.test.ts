import { describe, expect, it, inject } from "vitest";
import { Client, signedIn } from "../support/http-client";
import { actorFor, makeUser, useTestDatabase } from "../support/data-layer";

const baseUrl = () => inject("baseUrl");

describe("sign-in, sessions and tokens", () => {
  it("refuses API calls without credentials with a JSON 401", async () => {
    const res = await new Client(baseUrl()).json("GET", "/api/projects");
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthenticated");
  });

  it("rejects a wrong password with a clear message", async () => {
    const c = new Client(baseUrl(), { "x-forwarded-for": "10.9.0.1" });
    expect(await c.signIn("annotator1@example.com", "wrong-password")).toBe("Wrong email or password.");
  });

  it("signing out makes the old session cookie worthless", async () => {
    const user = await makeUser("signout");
    const c = await signedIn(baseUrl(), user.email);
    expect((await c.json("GET", "/api/projects")).status).toBe(200);
    const old = c.clone();
    await c.signOut();
    expect((await old.json("GET", "/api/projects")).status).toBe(401);
  });

  it("disabling a user revokes their sessions and tokens at once", async () => {
    const user = await makeUser("disable");
    const c = await signedIn(baseUrl(), user.email);
    const { createApiToken } = await import("@/lib/server/auth/api-tokens");
    const { secret } = await createApiToken(user, "script");
    const bearer = new Client(baseUrl(), { authorization: `Bearer ${secret}` });
    expect((await bearer.json("GET", "/api/projects")).status).toBe(200);

    const { setUserDisabled } = await import("@/lib/server/auth/users");
    await setUserDisabled(await actorFor("admin@example.com"), user.id, true);
    expect((await c.json("GET", "/api/projects")).status).toBe(401);
    expect((await bearer.json("GET", "/api/projects")).status).toBe(401);
    expect(await new Client(baseUrl()).signIn(user.email)).toMatch(/disabled/);
  });

  it("personal API tokens work as Bearer and stop working when revoked; only the hash is stored", async () => {
    const user = await makeUser("token");
    const { createApiToken, revokeApiToken } = await import("@/lib/server/auth/api-tokens");
    const { token, secret } = await createApiToken(user, "ci");
    const db = await useTestDatabase();
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).not.toContain(secret);
    const bearer = new Client(baseUrl(), { authorization: `Bearer ${secret}` });
    expect((await bearer.json("GET", "/api/projects")).status).toBe(200);
    await revokeApiToken(user, token.id);
    const res = await bearer.json("GET", "/api/projects");
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/revoked/);
  });

  it("GET /api/me names the caller by session cookie or token, and refuses a forged or missing one", async () => {
    const user = await makeUser("whoami");
    const c = await signedIn(baseUrl(), user.email);
    const me = await c.json("GET", "/api/me");
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ user: { id: user.id, email: user.email, name: user.name, isAdmin: false }, via: "session" });
    const { createApiToken } = await import("@/lib/server/auth/api-tokens");
    const { secret } = await createApiToken(user, "whoami");
    const byToken = await new Client(baseUrl(), { authorization: `Bearer ${secret}` }).json("GET", "/api/me");
    expect(byToken.body.via).toBe("token");
    expect(byToken.body.user.id).toBe(user.id);
    // The cookie is read from the raw header: a forged value, or the name inside another cookie's value, is no session.
    const forged = await new Client(baseUrl(), { cookie: "next-auth.session-token=forged.jwt.value" }).json("GET", "/api/me");
    expect(forged.status).toBe(401);
    const jwt = /next-auth\.session-token=([^;]+)/.exec(c.cookieHeader)![1];
    const real = await new Client(baseUrl(), { cookie: `theme=dark; next-auth.session-token=${jwt}` }).json("GET", "/api/me");
    expect(real.body.user.id).toBe(user.id);
    const smuggled = await new Client(baseUrl(), { cookie: `other="next-auth.session-token=${jwt}"` }).json("GET", "/api/me");
    expect(smuggled.status).toBe(401);
    expect((await new Client(baseUrl()).json("GET", "/api/me")).status).toBe(401);
  });

  it("rate-limits failed sign-ins per account from one client, even with the right password afterwards", async () => {
    const user = await makeUser("ratelimit");
    const headers = { "x-forwarded-for": "10.1.0.1" };
    for (let i = 0; i < 5; i++)
      expect(await new Client(baseUrl(), headers).signIn(user.email, "not-the-password")).toBe("Wrong email or password.");
    expect(await new Client(baseUrl(), headers).signIn(user.email)).toMatch(/Too many failed sign-ins for this account/);
  });

  it("rate-limits failed sign-ins per client across accounts", async () => {
    const headers = { "x-forwarded-for": "10.2.2.2" };
    for (let i = 0; i < 20; i++) await new Client(baseUrl(), headers).signIn(`nobody${i}@example.com`, "nope-nope-nope");
    expect(await new Client(baseUrl(), headers).signIn("reviewer@example.com")).toMatch(/Too many failed sign-ins from this device/);
    // Another client is unaffected.
    expect(await new Client(baseUrl(), { "x-forwarded-for": "10.2.2.3" }).signIn("reviewer@example.com")).toBeNull();
  });
});

describe("user administration (data layer)", () => {
  it("refuses duplicate emails, weak passwords and non-admins", async () => {
    const { createUser } = await import("@/lib/server/auth/users");
    const { newUserSchema } = await import("@/lib/schemas/user");
    const admin = await actorFor("admin@example.com");
    await expect(
      createUser(admin, { email: "annotator1@example.com", name: "x", password: "long-enough-pw", isAdmin: false }),
    ).rejects.toThrow(/already exists/);
    const weak = newUserSchema.safeParse({ email: "weak@example.com", name: "w", password: "short" });
    expect(weak.success).toBe(false);
    const annotator = await actorFor("annotator1@example.com");
    await expect(createUser(annotator, { email: "x@example.com", name: "x", password: "long-enough-pw", isAdmin: false })).rejects.toThrow(
      /administrator/,
    );
  });
});
