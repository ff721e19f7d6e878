// Bring the database (SQLite file, or PostgreSQL when DATABASE_URL names one) up to date and
// seed the demo on first start.
// Run with: tsx --conditions=react-server scripts/prepare-db.ts
import { execFileSync } from "node:child_process";
import { loadEnv } from "./env";

loadEnv();

export async function prepareDatabase(log: (s: string) => void = console.log): Promise<void> {
  const { databaseDialect } = await import("../lib/server/db/database-url");
  const postgres = databaseDialect() === "postgresql";
  if (postgres) await requireCodePointCollation();
  // Each provider has its own migrations (prisma/migrations, prisma/postgres/migrations).
  const config = postgres ? ["--config", "prisma.postgres.config.ts"] : [];
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy", ...config], {
    stdio: ["ignore", "ignore", "inherit"],
    env: process.env,
  });
  if (!postgres) {
    const { enableWal } = await import("../lib/server/db/sqlite-pragmas");
    enableWal();
  }
  const { seedDemoIfEmpty } = await import("../lib/server/demo/demo-seed");
  const { bootstrapAdminIfEmpty } = await import("../lib/server/auth/bootstrap-admin");
  if (process.env.PARALLAX_DEMO === "0") {
    await bootstrapAdminIfEmpty(log);
  } else {
    await seedDemoIfEmpty(log);
  }
}

/**
 * Parallax compares and sorts text by code point, as SQLite does: layer ranges ("user:" up to
 * "user;"), cursors over titles, exports in a stable order. A PostgreSQL database with a
 * linguistic collation (en_US.UTF-8 ignores punctuation at first) would answer those wrongly,
 * so refuse it with the one command that makes a right one.
 */
async function requireCodePointCollation(): Promise<void> {
  const { openRawDb } = await import("../lib/server/db/raw");
  const db = openRawDb(undefined, { max: 1 });
  try {
    const collation = await db.value<string>(`SELECT datcollate FROM pg_database WHERE datname = current_database()`);
    if (collation !== "C" && collation !== "POSIX") {
      throw new Error(
        `This PostgreSQL database sorts text by the "${collation}" collation; Parallax needs code-point order. ` +
          `Create it with: CREATE DATABASE parallax TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';`,
      );
    }
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepareDatabase().then(
    () => process.exit(0),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
