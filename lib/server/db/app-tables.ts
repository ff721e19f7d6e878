import type { RawQueries } from "./raw-db";

const TABLES = {
  sqlite: `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`,
  postgresql: `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name`,
};

/** Parallax's own tables (Prisma's migration bookkeeping left out), by name, on either database. */
export function appTables(db: Pick<RawQueries, "column" | "dialect">): Promise<string[]> {
  return db.column<string>(TABLES[db.dialect]);
}
