// Write the PostgreSQL migration for a schema change, after `npx prisma migrate dev --name <change>`
// wrote SQLite's and `npm run db:sync-postgres` derived prisma/postgres/schema.prisma:
//   DATABASE_URL=postgresql://… npm run db:migration:postgres -- <change>
// Prisma 6.19's `migrate dev` through the pg adapter stops at "shadow DB must be provided through
// an external factory"; `migrate diff` from the existing migrations (replayed on a throwaway
// shadow database on that server) to the schema gives the same SQL, so this writes that.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const MIGRATIONS = path.join("prisma", "postgres", "migrations");

function main(): void {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("usage: npm run db:migration:postgres -- <change_name> (lower case, digits, _)");
  if (!process.env.DATABASE_URL?.startsWith("postgres"))
    throw new Error("Set DATABASE_URL to a PostgreSQL server (its shadow database replays the migrations).");
  const sql = execFileSync(
    process.execPath,
    [
      "node_modules/prisma/build/index.js",
      "migrate",
      "diff",
      "--config",
      "prisma.postgres.config.ts",
      "--from-migrations",
      MIGRATIONS,
      "--to-schema-datamodel",
      path.join("prisma", "postgres", "schema.prisma"),
      "--script",
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  if (!/^\s*(CREATE|ALTER|DROP)\b/m.test(sql)) {
    console.log("The PostgreSQL migrations already match the schema: nothing written.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`wrote ${path.join(dir, "migration.sql")}`);
}

try {
  main();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
