// prisma/postgres/schema.prisma is prisma/schema.prisma for PostgreSQL: the same models, another
// datasource provider and client output. Prisma fixes the provider per schema file, so the
// second file is derived, never edited by hand. `--check` (CI) fails when it is out of date.
// Run with: tsx scripts/sync-postgres-schema.ts [--check]
import fs from "node:fs";
import path from "node:path";

const SOURCE = path.join("prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join("prisma", "postgres", "schema.prisma");

export function postgresSchema(sqlite: string): string {
  const replacements: [RegExp, string][] = [
    [/output(\s*)= "\.\.\/generated\/prisma"/, 'output$1= "../../generated/prisma-pg"'],
    [/provider = "sqlite"/, 'provider = "postgresql"'],
    // Literal, as in the SQLite schema: the driver adapter (prisma.postgres.config.ts, db.ts) connects.
    [/\n\s*\/\/ Literal on purpose[^\n]*\n(\s*)url\s*= "file:\.\/dev\.db"/, '\n$1url      = "postgresql://localhost/parallax"'],
  ];
  let out = `// GENERATED from prisma/schema.prisma by scripts/sync-postgres-schema.ts: edit that file, then run it.\n${sqlite}`;
  for (const [from, to] of replacements) {
    if (!from.test(out)) throw new Error(`prisma/schema.prisma no longer matches ${from}: update scripts/sync-postgres-schema.ts`);
    out = out.replace(from, to);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const want = postgresSchema(fs.readFileSync(SOURCE, "utf8"));
  const have = fs.existsSync(POSTGRES_SCHEMA) ? fs.readFileSync(POSTGRES_SCHEMA, "utf8") : "";
  if (process.argv.includes("--check")) {
    if (want !== have) {
      console.error(`${POSTGRES_SCHEMA} is out of date: run 'npx tsx scripts/sync-postgres-schema.ts'`);
      process.exit(1);
    }
    console.log(`${POSTGRES_SCHEMA} in sync`);
  } else if (want !== have) {
    fs.mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
    fs.writeFileSync(POSTGRES_SCHEMA, want);
    console.log(`wrote ${POSTGRES_SCHEMA}`);
  }
}
