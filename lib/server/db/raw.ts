import { databaseUrl, databasePath, dialectOf } from "./database-url";
import type { RawDb } from "./raw-db";
import { PostgresRawDb } from "./raw-postgres";
import { SqliteRawDb } from "./raw-sqlite";

export type { RawDb, RawQueries, SqlParam } from "./raw-db";

const globalForRaw = globalThis as unknown as { parallaxRaw?: RawDb };

/** A new connection (pool, on PostgreSQL) to `url`: for workers and command-line tools. */
export function openRawDb(url = databaseUrl(), options: { readonly?: boolean; max?: number } = {}): RawDb {
  return dialectOf(url) === "postgresql"
    ? PostgresRawDb.open(url, options.max ?? 4)
    : SqliteRawDb.open(databasePath(url), { readonly: options.readonly });
}

/** The process's raw connection, beside Prisma's (both share SQLite's WAL file, or the server). */
export function rawDb(): RawDb {
  return (globalForRaw.parallaxRaw ??= openRawDb(databaseUrl(), { max: 10 }));
}
