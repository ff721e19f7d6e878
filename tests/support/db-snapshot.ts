// Row counts and a checksum of every table of the test database, to prove a run of bad requests
// changed nothing. Read through a connection of its own beside the running server, on SQLite or
// PostgreSQL alike (rows are sorted here, since neither has an order both share).
import { createHash } from "node:crypto";
import { appTables } from "@/lib/server/db/app-tables";
import { openRawDb } from "@/lib/server/db/raw";

export interface DbSnapshot {
  counts: Record<string, number>;
  checksum: string;
}

const encode = (r: unknown[]) =>
  JSON.stringify(r, (_k, v) => (typeof v === "bigint" ? String(v) : Buffer.isBuffer(v) ? v.toString("hex") : v));

export async function snapshotDatabase(databaseUrl: string): Promise<DbSnapshot> {
  const db = openRawDb(databaseUrl, { readonly: true, max: 1 });
  try {
    return await db.snapshot(async (tx) => {
      const tables = await appTables(tx);
      const counts: Record<string, number> = {};
      const hash = createHash("sha256");
      for (const t of tables) {
        const rows = (await tx.rows(`SELECT * FROM "${t}"`)).map(encode).sort();
        counts[t] = rows.length;
        hash.update(`${t}\n`);
        for (const r of rows) hash.update(`${r}\n`);
      }
      return { counts, checksum: hash.digest("hex") };
    });
  } finally {
    await db.close();
  }
}

/**
 * A snapshot once background work left by earlier tests has finished: the suggestion worker
 * runs after every document import and, on a loaded machine, can still be writing seconds later
 * (CI saw a fuzz "database unchanged" check fail on 6 late suggestions). Two snapshots
 * 300 ms apart must agree, for up to 30 s.
 */
export async function settledSnapshot(databaseUrl: string): Promise<DbSnapshot> {
  let last = await snapshotDatabase(databaseUrl);
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 300));
    const next = await snapshotDatabase(databaseUrl);
    if (next.checksum === last.checksum) return next;
    last = next;
  }
  return last;
}
