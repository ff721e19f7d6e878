// Prisma CLI configuration: runs the WebAssembly schema engine through the better-sqlite3
// driver adapter so every command works offline (see README, "Why Prisma 6.19").
import path from "node:path";
import fs from "node:fs";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// A prisma.config.ts turns off Prisma's own .env loading.
if (fs.existsSync(".env")) process.loadEnvFile(".env");

const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";

// migrate dev replays migrations on a shadow database with single-statement prepare();
// route parameterless raw statements to exec() there so multi-statement migrations apply.
class ShadowFriendlyAdapter extends PrismaBetterSQLite3 {
  async connectToShadowDb() {
    const shadow = await super.connectToShadowDb();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (query) => (query.args.length === 0 ? (await shadow.executeScript(query.sql), 0) : executeRaw(query));
    return shadow;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new ShadowFriendlyAdapter({ url });
  },
});
