import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { createHash } from "node:crypto";
import { authOptions } from "./auth-options";
import { db } from "./db";
import type { Actor } from "./actor";
import { AppError } from "./errors";

/** Load the user behind a session token, refusing stale session versions and disabled users. */
async function actorFromSessionClaims(uid: unknown, sv: unknown): Promise<Actor | null> {
  if (typeof uid !== "string") return null;
  const user = await db.user.findUnique({ where: { id: uid } });
  if (!user || user.disabled || user.sessionVersion !== sv) return null;
  return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin, via: "session" };
}

export function hashApiToken(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

async function actorFromBearer(secret: string): Promise<Actor | null> {
  const token = await db.apiToken.findUnique({ where: { tokenHash: hashApiToken(secret) }, include: { user: true } });
  if (!token || token.revokedAt || token.user.disabled) return null;
  // Last-used is informational; skip the write when it was touched within the last minute.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  const u = token.user;
  return { id: u.id, email: u.email, name: u.name, isAdmin: u.isAdmin, via: "token" };
}

/**
 * The signed-in user of a page or server action, or null. Cached per request: the header and
 * the page both ask, and the session check (JWT decode plus a user read) need run only once.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { uid?: unknown; sv?: unknown } | null;
  if (!session) return null;
  return actorFromSessionClaims(session.uid, session.sv);
});

async function actorFromCookie(): Promise<Actor | null | "none"> {
  const jar = await cookies();
  const raw = jar.get("__Secure-next-auth.session-token")?.value ?? jar.get("next-auth.session-token")?.value;
  if (!raw) return "none";
  const claims = await decode({ token: raw, secret: process.env.NEXTAUTH_SECRET ?? "" }).catch(() => null);
  return claims ? actorFromSessionClaims(claims.uid, claims.sv) : null;
}

/** False when the request carries a session cookie that is revoked, stale or forged. */
export async function sessionCookieIsLive(): Promise<boolean> {
  return (await actorFromCookie()) !== null;
}

/**
 * The caller of an API route: a personal token (`Authorization: Bearer …`) or the session
 * cookie from the normal sign-in flow. Throws 401 when neither is valid.
 */
export async function requireApiActor(): Promise<Actor> {
  const auth = (await headers()).get("authorization");
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    const actor = m ? await actorFromBearer(m[1]) : null;
    if (!actor) throw new AppError("unauthenticated", "The API token is invalid or has been revoked.");
    return actor;
  }
  const actor = await actorFromCookie();
  if (actor && actor !== "none") return actor;
  throw new AppError("unauthenticated", "Sign in, or send a personal API token as 'Authorization: Bearer <token>'.");
}
