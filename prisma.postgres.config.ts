// Prisma CLI configuration for PostgreSQL (DATABASE_URL=postgresql://…): the schema derived from
// prisma/schema.prisma (scripts/sync-postgres-schema.ts) and its own migrations, through the pg
// driver adapter, so every command runs offline on the WebAssembly engines as on SQLite.
// Use: npx prisma migrate deploy --config prisma.postgres.config.ts
import path from "node:path";
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

if (fs.existsSync(".env")) process.loadEnvFile(".env");

// Prisma 6.19's migrate through @prisma/adapter-pg fails with "Column type 'name' could not be
// deserialized" (issue 27403 of the Prisma repository, open): the schema engine reads catalog columns of
// PostgreSQL's `name` and `"char"` types (OIDs 19, 18), which the adapter does not map. They are
// text, so report them as text (OID 25) before the adapter maps column types. Only the CLI needs this; the app never
// reads catalog columns through Prisma.
const CATALOG_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;
type IO = { fields: { dataTypeID: number }[] };
class MigratablePg extends PrismaPg {
  async connect() {
    const adapter = await super.connect();
    // performIO lives on the adapter's base class, shared with its transactions: patch it once.
    const base = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as { performIO: (...a: unknown[]) => Promise<IO>; patched?: true };
    if (!base.patched) {
      const performIO = base.performIO;
      base.performIO = async function (this: unknown, ...args: unknown[]) {
        const result = await performIO.apply(this, args);
        for (const f of result.fields) if (CATALOG_TEXT_OIDS.has(f.dataTypeID)) f.dataTypeID = TEXT_OID;
        return result;
      };
      base.patched = true;
    }
    return adapter;
  }

  // The adapter's own shadow database keeps the connection string, whose database name wins over
  // the one it sets, so the replay ran on the real database: name the shadow one in the URL.
  async connectToShadowDb() {
    const main = await this.connect();
    const name = `prisma_migrate_shadow_${randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${name}" TEMPLATE template0`);
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    const shadow = await new MigratablePg({ connectionString: url.toString() }).connect();
    // The replay sends each migration file as one parameterless executeRaw, which the extended
    // protocol refuses for several statements: run those as scripts (as prisma.config.ts does).
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (query) => (query.args.length === 0 ? (await shadow.executeScript(query.sql), 0) : executeRaw(query));
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE "${name}"`);
      await main.dispose();
    };
    return shadow;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "postgres", "schema.prisma"),
  migrations: { path: path.join("prisma", "postgres", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url?.startsWith("postgres")) throw new Error("prisma.postgres.config.ts needs DATABASE_URL=postgresql://…");
    return new MigratablePg({ connectionString: url });
  },
});
