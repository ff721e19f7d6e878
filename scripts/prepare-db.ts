// Bring the SQLite database up to date and seed the demo on first start.
// Run with: tsx --conditions=react-server scripts/prepare-db.ts
import { execFileSync } from "node:child_process";
import { loadEnv } from "./env";

loadEnv();

export async function prepareDatabase(log: (s: string) => void = console.log): Promise<void> {
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: process.env,
  });
  const { enableWal } = await import("../lib/server/db/sqlite-pragmas");
  enableWal();
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
