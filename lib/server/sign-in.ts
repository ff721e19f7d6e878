import "server-only";
import { db } from "./db";
import { verifyPassword } from "./passwords";
import { FailureLimiter } from "@/lib/domain/rate-limit";

// Per-account and per-client failure windows. In memory: one server process serves the app
// (SQLite is single-host anyway); a restart forgets counts, which only ever loosens them.
const perAccount = new FailureLimiter({ maxFailures: 5, windowMs: 15 * 60_000 });
const perClient = new FailureLimiter({ maxFailures: 20, windowMs: 15 * 60_000 });

export interface SignInResult {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
}

/** Thrown messages reach the sign-in page verbatim, so they are written for people. */
export class SignInError extends Error {}

function minutes(ms: number): string {
  const m = Math.ceil(ms / 60_000);
  return m === 1 ? "1 minute" : `${m} minutes`;
}

export async function checkCredentials(emailRaw: string, password: string, clientKey: string): Promise<SignInResult> {
  const email = emailRaw.trim().toLowerCase();
  const now = Date.now();
  const accountWait = perAccount.retryAfter(email, now);
  if (accountWait > 0) {
    throw new SignInError(`Too many failed sign-ins for this account. Try again in ${minutes(accountWait)}.`);
  }
  const clientWait = perClient.retryAfter(clientKey, now);
  if (clientWait > 0) {
    throw new SignInError(`Too many failed sign-ins from this device. Try again in ${minutes(clientWait)}.`);
  }
  const user = await db.user.findUnique({ where: { email } });
  const ok = user ? await verifyPassword(user.passwordHash, password) : false;
  if (!user || !ok) {
    perAccount.recordFailure(email, now);
    perClient.recordFailure(clientKey, now);
    throw new SignInError("Wrong email or password.");
  }
  if (user.disabled) throw new SignInError("This account is disabled. Ask an administrator.");
  perAccount.reset(email);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

/** Make every session cookie this user holds worthless (sign-out, disable, password reset). */
export async function revokeSessions(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
