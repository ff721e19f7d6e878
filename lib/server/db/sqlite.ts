import "server-only";
import Database from "better-sqlite3";
import { databasePath } from "./database-url";

/**
 * A direct better-sqlite3 connection for the hot paths (session check, guards, span saves).
 * Profiled (issue 13): each Prisma query cost 1–2 ms of the event loop's CPU (query compile
 * and interpret, a fresh `prepare` per call, result mapping), and a span save made about ten
 * of them; the same reads and writes as cached prepared statements cost tens of microseconds.
 * Prisma stays the client for everything else; both connections share the WAL file.
 */
const globalForSqlite = globalThis as unknown as {
  parallaxSqlite?: { conn: Database.Database; statements: Map<string, Database.Statement> };
};

function open() {
  const conn = new Database(databasePath());
  // No busy wait here: a synchronous wait would freeze the event loop, and with it the Prisma
  // transaction holding the lock. writeTransaction retries asynchronously instead.
  conn.pragma("busy_timeout = 0");
  conn.pragma("foreign_keys = ON");
  return { conn, statements: new Map<string, Database.Statement>() };
}

function handle() {
  return (globalForSqlite.parallaxSqlite ??= open());
}

/**
 * A prepared statement, compiled once per process, returning rows as objects. Never call
 * `.pluck()` or `.raw()` on it: the statement is shared by every caller of the same text, and
 * those switch its mode for all of them (a status read once made the save path's read of the
 * same SQL get a string instead of a row). Use sqlColumn for single values.
 */
export function sql(text: string): Database.Statement {
  return cached(text, false);
}

/** A prepared statement returning the first column's value of each row (better-sqlite3's pluck mode), kept apart from sql()'s. */
export function sqlColumn(text: string): Database.Statement {
  return cached(text, true);
}

function cached(text: string, pluck: boolean): Database.Statement {
  const h = handle();
  const key = pluck ? `column:${text}` : text;
  let s = h.statements.get(key);
  if (!s) {
    s = h.conn.prepare(text);
    if (pluck) s.pluck();
    h.statements.set(key, s);
  }
  return s;
}

const BUSY_WAIT_MS = 10_000; // as long as Prisma's busy timeout

function isBusy(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === "SQLITE_BUSY" || code === "SQLITE_BUSY_SNAPSHOT" || code === "SQLITE_LOCKED";
}

/**
 * Run `fn` in one IMMEDIATE transaction (all or nothing). When another connection holds the
 * write lock (a Prisma transaction awaiting between statements, an import worker), wait
 * without blocking the event loop and try again, for up to 10 s.
 */
export async function writeTransaction<T>(fn: () => T): Promise<T> {
  const run = handle().conn.transaction(fn);
  const deadline = Date.now() + BUSY_WAIT_MS;
  for (let wait = 1; ; wait = Math.min(wait * 2, 50)) {
    try {
      return run.immediate();
    } catch (e) {
      if (!isBusy(e) || Date.now() > deadline) throw e;
    }
    await new Promise((r) => setTimeout(r, wait));
  }
}

export { isoFromSqlite, newId, sqliteFromIso, sqliteNow } from "./stored-values";
