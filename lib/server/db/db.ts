import "server-only";
import type Database from "better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-pg/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseDialect, databaseUrl } from "./database-url";

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { parallaxPrisma?: PrismaClient };

/**
 * The adapter opens every interactive transaction with a plain (DEFERRED) `BEGIN`. Each of
 * ours reads, then writes; in WAL mode a deferred transaction whose first write comes after
 * another connection committed fails at once with "database is locked" (SQLITE_BUSY_SNAPSHOT),
 * and the busy timeout cannot help, because waiting cannot refresh its snapshot. Seen in CI:
 * a test adding documents while the server saved spans. `BEGIN IMMEDIATE` takes the write lock
 * up front, where the busy timeout does apply, so concurrent writers queue instead of failing.
 * The adapter has no option for this (6.19), so its connection's `prepare` is wrapped.
 */
function immediateTransactions(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const client = (adapter as unknown as { client: Database.Database }).client;
    const prepare = client.prepare.bind(client);
    client.prepare = (source: string) => prepare(source === "BEGIN" ? "BEGIN IMMEDIATE" : source);
    return adapter;
  };
  return factory;
}

function createClient(): PrismaClient {
  if (databaseDialect() === "postgresql") {
    // The same schema generated for PostgreSQL (prisma/postgres/schema.prisma, kept in step by
    // scripts/sync-postgres-schema.ts): the models and their TypeScript types are identical, only
    // the query compiler differs, so the one client type serves both.
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl() }) }) as unknown as PrismaClient;
  }
  // timeout = SQLite busy timeout (ms): concurrent writers wait instead of failing.
  const adapter = immediateTransactions(new PrismaBetterSQLite3({ url: databaseUrl(), timeout: 10_000 }));
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForPrisma.parallaxPrisma ?? createClient();
globalForPrisma.parallaxPrisma = db;
