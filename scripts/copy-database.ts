// Copy every row of one Parallax database into another, empty one that is at the same migration:
// the way to move an existing SQLite install onto PostgreSQL (README, PostgreSQL), and how
// bench:load --postgres fills its server from the corpus it builds in SQLite.
//   npm run db:copy -- --from file:./prisma/dev.db --to postgresql://user:pass@host/db
// Prepare the target first (DATABASE_URL=<to> npm run db:prepare with PARALLAX_DEMO=0 seeds only
// an admin; this refuses a target holding anything more, so it never overwrites work). On PostgreSQL the
// copy runs with foreign-key triggers paused (session_replication_role = replica, which needs a
// superuser or the database owner with that right), all in one transaction.
import { appTables } from "../lib/server/db/app-tables";
import { openRawDb, type RawDb, type SqlParam } from "../lib/server/db/raw";

const MAX_PARAMS = 30_000; // PostgreSQL allows 65,535 per statement, SQLite 32,766

export async function copyDatabase(
  fromUrl: string,
  toUrl: string,
  log: (s: string) => void = console.log,
): Promise<Record<string, number>> {
  const from = openRawDb(fromUrl, { readonly: true, max: 1 });
  const to = openRawDb(toUrl, { max: 1 });
  try {
    const tables = await appTables(from);
    const copied: Record<string, number> = {};
    await from.snapshot(async (src) => {
      await to.transaction(async (dst) => {
        if (dst.dialect === "postgresql") await dst.run(`SET LOCAL session_replication_role = replica`);
        else await dst.run(`PRAGMA defer_foreign_keys = ON`);
        await refuseUnlessEmpty(dst, tables);
        // prepare-db may have seeded a first admin into the empty database: the copy brings the source's users.
        await dst.run(`DELETE FROM "User"`);
        for (const t of tables) copied[t] = await copyTable(src, dst, t);
      });
    });
    for (const [t, n] of Object.entries(copied)) if (n) log(`${t}: ${n}`);
    return copied;
  } finally {
    await from.close();
    await to.close();
  }
}

/** Never overwrite work: the target may hold at most the one admin account prepare-db creates. */
async function refuseUnlessEmpty(dst: Pick<RawDb, "value">, tables: string[]): Promise<void> {
  for (const t of tables) {
    const n = (await dst.value<number>(`SELECT count(*) FROM "${t}"`)) ?? 0;
    if (n > (t === "User" ? 1 : 0)) {
      throw new Error(
        `The target database is not empty (${t}: ${n} rows). Copy into a newly prepared database (PARALLAX_DEMO=0 npm run db:prepare).`,
      );
    }
  }
}

async function copyTable(src: Pick<RawDb, "all">, dst: Pick<RawDb, "run">, table: string): Promise<number> {
  const rows = await src.all<Record<string, SqlParam>>(`SELECT * FROM "${table}"`);
  if (!rows.length) return 0;
  const columns = Object.keys(rows[0]);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const batch = rows.slice(i, i + perStatement);
    await dst.run(head + batch.map(() => tuple).join(", "), ...batch.flatMap((r) => columns.map((c) => r[c])));
  }
  return rows.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const fromUrl = arg("from");
  const toUrl = arg("to");
  if (!fromUrl || !toUrl) {
    console.error("usage: npm run db:copy -- --from <DATABASE_URL> --to <DATABASE_URL> (the target prepared with npm run db:prepare)");
    process.exit(2);
  }
  copyDatabase(fromUrl, toUrl).then(
    () => process.exit(0),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
