import path from "node:path";

/**
 * The SQLite database in use: DATABASE_URL ("file:./prisma/dev.db" style, relative to the
 * working directory) or the default embedded file.
 */
export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? "file:./prisma/dev.db";
}

export function databasePath(): string {
  const url = databaseUrl();
  const file = url.startsWith("file:") ? url.slice("file:".length) : url;
  return path.resolve(file);
}
