// No "server-only" guard: the worker entries in this folder load it outside Next.
import { openRawDb, type RawDb } from "../db/raw";
import { SqliteRawDb } from "../db/raw-sqlite";

/**
 * A worker's own connection to the database its caller named (DATABASE_URL's form: a `file:`
 * path or a `postgresql://` server). On SQLite the worker waits for a lock as its own
 * better-sqlite3 connection did (busy_timeout, up to 10 s): unlike the server, it has no other
 * requests to serve while it waits; a writer makes sure of WAL (persistent, normally set already).
 */
export function openWorkerDb(url: string, options: { readonly: boolean }): RawDb {
  const db = openRawDb(url, { readonly: options.readonly, max: 2 });
  if (db instanceof SqliteRawDb) {
    db.conn.pragma("busy_timeout = 10000");
    if (!options.readonly) db.conn.pragma("journal_mode = WAL");
  }
  return db;
}
