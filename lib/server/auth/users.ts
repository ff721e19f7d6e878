import "server-only";
import { db } from "../db/db";
import type { Actor } from "../access/actor";
import { requireAdmin } from "../access/guards";
import { conflict, invalid, isUniqueViolation, notFound } from "../http/errors";
import { hashPassword, verifyPassword } from "./passwords";
import { revokeSessions } from "./sign-in";

export interface UserRow {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  disabled: boolean;
  createdAt: string;
}

export async function listUsers(actor: Actor): Promise<UserRow[]> {
  requireAdmin(actor);
  const rows = await db.user.findMany({ orderBy: { createdAt: "asc" } });
  return rows.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    isAdmin: u.isAdmin,
    disabled: u.disabled,
    createdAt: u.createdAt.toISOString(),
  }));
}

export async function createUser(actor: Actor, input: { email: string; name: string; password: string; isAdmin: boolean }) {
  requireAdmin(actor);
  try {
    const user = await db.user.create({
      data: { email: input.email, name: input.name, isAdmin: input.isAdmin, passwordHash: await hashPassword(input.password) },
    });
    return { id: user.id, email: user.email };
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(`An account with ${input.email} already exists.`);
    throw e;
  }
}

async function existing(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw notFound("User");
  return user;
}

/** Disabling also revokes every session the user holds; tokens stop working via the disabled flag. */
export async function setUserDisabled(actor: Actor, userId: string, disabled: boolean): Promise<void> {
  requireAdmin(actor);
  if (userId === actor.id) throw invalid("You cannot disable your own account.");
  await existing(userId);
  await db.user.update({ where: { id: userId }, data: { disabled, sessionVersion: { increment: 1 } } });
}

export async function setUserAdmin(actor: Actor, userId: string, isAdmin: boolean): Promise<void> {
  requireAdmin(actor);
  if (userId === actor.id && !isAdmin) throw invalid("You cannot remove your own administrator rights.");
  await existing(userId);
  await db.user.update({ where: { id: userId }, data: { isAdmin } });
}

export async function resetUserPassword(actor: Actor, userId: string, password: string): Promise<void> {
  requireAdmin(actor);
  await existing(userId);
  const passwordHash = await hashPassword(password);
  // A reset means the account may be in the wrong hands: its cookies and its API tokens die
  // together, in one transaction.
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } }),
    db.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } }),
  ]);
}

/**
 * A user changes their own password: the current one must be right. Every session of theirs,
 * this one included, is signed out, so a stolen cookie dies with the old password.
 */
export async function changeOwnPassword(actor: Actor, current: string, next: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user) throw notFound("Account");
  if (!(await verifyPassword(user.passwordHash, current)))
    throw invalid("The current password is not right; nothing was changed.", "current");
  if (current === next) throw invalid("The new password is the same as the current one.", "password");
  await db.user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword(next) } });
  await revokeSessions(actor.id);
}
