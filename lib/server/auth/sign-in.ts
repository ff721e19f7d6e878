import "server-only";
import { db } from "../db/db";
import { hashPassword, verifyPassword } from "./passwords";
import { FailureLimiter } from "@/lib/domain/access/rate-limit";

// Failure windows, in memory: one server process serves the app (SQLite is single-host anyway);
// a restart forgets counts, which only ever loosens them. The client is its socket address
// (lib/domain/access/client-address.ts), so nobody can pick a fresh key per attempt.
// - per account and client: 5 guesses at one account from one client;
// - per client: 20 failures from one client, whatever the accounts;
// - per account: 100 failures from all clients together, against a guessing botnet. One client
//   can never reach it (it stops at 20), so one client's failures never lock out anyone else.
const WINDOW_MS = 15 * 60_000;
const perAccountClient = new FailureLimiter({ maxFailures: 5, windowMs: WINDOW_MS });
const perClient = new FailureLimiter({ maxFailures: 20, windowMs: WINDOW_MS });
const perAccount = new FailureLimiter({ maxFailures: 100, windowMs: WINDOW_MS });

// Unknown emails are verified against this hash, so they cost the same argon2 time as known
// ones and the response time does not tell which emails have accounts.
let dummyHash: Promise<string> | null = null;
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`no-such-account-${Math.random()}`);
  return dummyHash;
}

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
  const pairKey = `${clientKey}\u0000${email}`;
  const accountWait = Math.max(perAccountClient.retryAfter(pairKey, now), perAccount.retryAfter(email, now));
  if (accountWait > 0) {
    throw new SignInError(`Too many failed sign-ins for this account. Try again in ${minutes(accountWait)}.`);
  }
  const clientWait = perClient.retryAfter(clientKey, now);
  if (clientWait > 0) {
    throw new SignInError(`Too many failed sign-ins from this device. Try again in ${minutes(clientWait)}.`);
  }
  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok) {
    perAccountClient.recordFailure(pairKey, now);
    perAccount.recordFailure(email, now);
    perClient.recordFailure(clientKey, now);
    throw new SignInError("Wrong email or password.");
  }
  if (user.disabled) throw new SignInError("This account is disabled. Ask an administrator.");
  perAccountClient.reset(pairKey);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

/** Make every session cookie this user holds worthless (sign-out, disable, password reset). */
export async function revokeSessions(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
