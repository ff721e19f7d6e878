// Bring the database (SQLite file, or PostgreSQL when DATABASE_URL names one) up to date and
// seed the demo on first start.
// Run with: tsx --conditions=react-server scripts/prepare-db.ts
import { execFileSync } from "node:child_process";
import { loadEnv } from "./env";

loadEnv();

export async function prepareDatabase(log: (s: string) => void = console.log): Promise<void> {
  const { databaseDialect } = await import("../lib/server/db/database-url");
  const postgres = databaseDialect() === "postgresql";
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

if (import.meta.url === `file://${process.argv[1]}`) {
  prepareDatabase().then(
    () => process.exit(0),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
