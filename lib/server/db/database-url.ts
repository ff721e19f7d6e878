import path from "node:path";

/**
 * The database in use: DATABASE_URL, either a SQLite file ("file:./prisma/dev.db" style,
 * relative to the working directory; the embedded default) or a PostgreSQL server
 * ("postgresql://user:password@host:5432/name").
 */
export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? "file:./prisma/dev.db";
}

export type Dialect = "sqlite" | "postgresql";

export function dialectOf(url: string): Dialect {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

export function databaseDialect(): Dialect {
  return dialectOf(databaseUrl());
}

export function databasePath(url = databaseUrl()): string {
  if (dialectOf(url) !== "sqlite") throw new Error("databasePath() is for SQLite; DATABASE_URL names a PostgreSQL server");
  const file = url.startsWith("file:") ? url.slice("file:".length) : url;
  return path.resolve(file);
}
