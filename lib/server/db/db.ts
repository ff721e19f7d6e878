import "server-only";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "./database-url";

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { parallaxPrisma?: PrismaClient };

function createClient(): PrismaClient {
  // timeout = SQLite busy timeout (ms): concurrent writers wait instead of failing.
  const adapter = new PrismaBetterSQLite3({ url: databaseUrl(), timeout: 10_000 });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForPrisma.parallaxPrisma ?? createClient();
globalForPrisma.parallaxPrisma = db;
