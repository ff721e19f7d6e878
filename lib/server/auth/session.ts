import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { createHash } from "node:crypto";
import type { Actor } from "../access/actor";
import { AppError } from "../http/errors";
import { sessionClaims } from "./session-token";
import { rawDb } from "../db/raw";
import { sqliteNow } from "../db/stored-values";
import { SESSION_COOKIE_NAMES, sessionTokenFromCookieHeader } from "@/lib/domain/access/session-cookie";

interface UserRow {
  id: string;
  email: string;
  name: string;
  isAdmin: number;
  disabled: number;
  sessionVersion: number;
}

/**
 * Load the user behind a session token, refusing stale session versions and disabled users.
 * Every request runs this read (never cached), so a revoked cookie stops working at once.
 */
async function actorFromSessionClaims(uid: unknown, sv: unknown): Promise<Actor | null> {
  if (typeof uid !== "string") return null;
  const user = await rawDb().get<UserRow>(`SELECT id, email, name, isAdmin, disabled, sessionVersion FROM "User" WHERE id = ?`, uid);
  if (!user || user.disabled || user.sessionVersion !== sv) return null;
  return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin === 1, via: "session" };
}

/** next-auth's session token from the request's cookies, if it sent one. */
async function sessionTokenOfRequest(): Promise<string | undefined> {
  const jar = await cookies();
  for (const name of SESSION_COOKIE_NAMES) {
    const value = jar.get(name)?.value;
    if (value) return value;
  }
  return undefined;
}

/** The actor behind a next-auth session token, or null. */
async function actorFromSessionToken(raw: string | undefined): Promise<Actor | null> {
  if (!raw) return null;
  const claims = await sessionClaims(raw);
  return claims ? actorFromSessionClaims(claims.uid, claims.sv) : null;
}

/** The actor behind next-auth's session cookie (pages and server actions), or null. */
async function actorFromCookie(): Promise<Actor | null> {
  return actorFromSessionToken(await sessionTokenOfRequest());
}

export function hashApiToken(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

async function actorFromBearer(secret: string): Promise<Actor | null> {
  const row = await rawDb().get<Omit<UserRow, "sessionVersion"> & { tokenId: string; revokedAt: string | null; lastUsedAt: string | null }>(
    `SELECT t.id AS tokenId, t.revokedAt, t.lastUsedAt, u.id, u.email, u.name, u.isAdmin, u.disabled
     FROM "ApiToken" t JOIN "User" u ON u.id = t.userId WHERE t.tokenHash = ?`,
    hashApiToken(secret),
  );
  if (!row || row.revokedAt || row.disabled) return null;
  // Last-used is informational; skip the write when it was touched within the last minute.
  if (!row.lastUsedAt || Date.now() - new Date(row.lastUsedAt).getTime() > 60_000) {
    await writeLastUsed(row.tokenId);
  }
  return { id: row.id, email: row.email, name: row.name, isAdmin: row.isAdmin === 1, via: "token" };
}

async function writeLastUsed(tokenId: string): Promise<void> {
  await rawDb().transaction((tx) => tx.run(`UPDATE "ApiToken" SET lastUsedAt = ? WHERE id = ?`, sqliteNow(), tokenId));
}

/**
 * The signed-in user of a page or server action, or null. Cached per request: the header and
 * the page both ask, and the session check (JWT decode plus a user read) need run only once.
 */
export const currentActor = cache(actorFromCookie);

/** False when the request carries a session cookie that is revoked, stale or forged (no cookie is fine). */
export async function sessionCookieIsLive(): Promise<boolean> {
  const raw = await sessionTokenOfRequest();
  return !raw || (await actorFromSessionToken(raw)) !== null;
}

/**
 * The caller of an API route: a personal token (`Authorization: Bearer …`) or the session
 * cookie from the normal sign-in flow. Throws 401 when neither is valid. Reads the request's
 * own headers: the hot path (every span save) skips Next's cookies() and headers().
 */
export async function requireApiActor(req: Request): Promise<Actor> {
  const auth = req.headers.get("authorization");
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    const actor = m ? await actorFromBearer(m[1]) : null;
    if (!actor) throw new AppError("unauthenticated", "The API token is invalid or has been revoked.");
    return actor;
  }
  const actor = await actorFromSessionToken(sessionTokenFromCookieHeader(req.headers.get("cookie")));
  if (actor) return actor;
  throw new AppError("unauthenticated", "Sign in, or send a personal API token as 'Authorization: Bearer <token>'.");
}
