import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "../db/db";
import type { Actor } from "../access/actor";
import { notFound } from "../http/errors";
import { requireId } from "../access/guards";
import { hashApiToken } from "./session";

export interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Create a token; the secret is returned once and only its SHA-256 is stored. */
export async function createApiToken(actor: Actor, name: string): Promise<{ token: ApiTokenRow; secret: string }> {
  const secret = `plx_${randomBytes(32).toString("base64url")}`;
  const row = await db.apiToken.create({
    data: { userId: actor.id, name, tokenHash: hashApiToken(secret), prefix: secret.slice(0, 10) },
  });
  return { token: toRow(row), secret };
}

export async function listApiTokens(actor: Actor): Promise<ApiTokenRow[]> {
  const rows = await db.apiToken.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" } });
  return rows.map(toRow);
}

export async function revokeApiToken(actor: Actor, tokenId: string): Promise<void> {
  requireId(tokenId, "tokenId"); // updateMany with id undefined would revoke every token
  const { count } = await db.apiToken.updateMany({
    where: { id: tokenId, userId: actor.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw notFound("Active token");
}

function toRow(r: {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}): ApiTokenRow {
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  };
}
