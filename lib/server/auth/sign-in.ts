import "server-only";
import { db } from "../db/db";
import { hashPassword, verifyPassword } from "./passwords";
import { retryAfter, withFailure, type RateRule, type RateWindow } from "@/lib/domain/access/rate-limit";
import { rawDb } from "../db/raw";

// Failure windows live in the database (SignInFailure), so that every app instance behind a
// load balancer counts the same failures: a guesser gains nothing by landing on another one.
// The client is its socket address (lib/domain/access/client-address.ts), so nobody can pick
// a fresh key per attempt.
// - per account and client: 5 guesses at one account from one client;
// - per client: 20 failures from one client, whatever the accounts;
// - per account: 100 failures from all clients together, against a guessing botnet. One client
//   can never reach it (it stops at 20), so one client's failures never lock out anyone else.
const WINDOW_MS = 15 * 60_000;
const PER_ACCOUNT_CLIENT: RateRule = { maxFailures: 5, windowMs: WINDOW_MS };
const PER_CLIENT: RateRule = { maxFailures: 20, windowMs: WINDOW_MS };
const PER_ACCOUNT: RateRule = { maxFailures: 100, windowMs: WINDOW_MS };

async function windowOf(key: string): Promise<RateWindow | undefined> {
  const row = await rawDb().get<{ failures: number; windowStart: number | bigint }>(
    `SELECT failures, windowStart FROM SignInFailure WHERE key = ?`,
    key,
  );
  return row && { failures: row.failures, windowStart: Number(row.windowStart) };
}

/** Count one failure against each key, read and written in one write transaction (no lost update between instances). */
async function recordFailures(keys: [string, RateRule][], now: number): Promise<void> {
  await rawDb().transaction(async (tx) => {
    await tx.run(`DELETE FROM SignInFailure WHERE windowStart < ?`, now - WINDOW_MS);
    for (const [key, rule] of keys) {
      const w = withFailure(await windowOf(key), rule, now);
      await tx.run(
        `INSERT INTO SignInFailure (key, failures, windowStart) VALUES (?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET failures = excluded.failures, windowStart = excluded.windowStart`,
        key,
        w.failures,
        w.windowStart,
      );
    }
  });
}

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
  // U+0001 between the parts: no client address (socket or header) can hold a control
  // character, and PostgreSQL text cannot hold U+0000 (the separator once used here).
  const pairKey = `pair:${clientKey}\u0001${email}`;
  const accountKey = `account:${email}`;
  const clientOnlyKey = `client:${clientKey}`;
  const accountWait = Math.max(
    retryAfter(await windowOf(pairKey), PER_ACCOUNT_CLIENT, now),
    retryAfter(await windowOf(accountKey), PER_ACCOUNT, now),
  );
  if (accountWait > 0) {
    throw new SignInError(`Too many failed sign-ins for this account. Try again in ${minutes(accountWait)}.`);
  }
  const clientWait = retryAfter(await windowOf(clientOnlyKey), PER_CLIENT, now);
  if (clientWait > 0) {
    throw new SignInError(`Too many failed sign-ins from this device. Try again in ${minutes(clientWait)}.`);
  }
  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok) {
    await recordFailures(
      [
        [pairKey, PER_ACCOUNT_CLIENT],
        [accountKey, PER_ACCOUNT],
        [clientOnlyKey, PER_CLIENT],
      ],
      Date.now(),
    );
    throw new SignInError("Wrong email or password.");
  }
  if (user.disabled) throw new SignInError("This account is disabled. Ask an administrator.");
  if (await windowOf(pairKey)) await rawDb().transaction((tx) => tx.run(`DELETE FROM SignInFailure WHERE key = ?`, pairKey));
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

/** Make every session cookie this user holds worthless (sign-out, disable, password reset). */
export async function revokeSessions(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
