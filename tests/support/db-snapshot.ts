// Row counts and a checksum of every table of the test database, to prove a run of bad requests
// changed nothing. Read through a read-only connection beside the running server.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";

export interface DbSnapshot {
  counts: Record<string, number>;
  checksum: string;
}

export function snapshotDatabase(dbFile: string): DbSnapshot {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const tables = (
      db
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`,
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    const counts: Record<string, number> = {};
    const hash = createHash("sha256");
    for (const t of tables) {
      const rows = db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).raw().all();
      counts[t] = rows.length;
      hash.update(`${t}\n`);
      for (const r of rows)
        hash.update(`${JSON.stringify(r, (_k, v) => (typeof v === "bigint" ? String(v) : Buffer.isBuffer(v) ? v.toString("hex") : v))}\n`);
    }
    return { counts, checksum: hash.digest("hex") };
  } finally {
    db.close();
  }
}

/**
 * A snapshot once background work left by earlier tests has finished: the suggestion worker
 * runs after every document import and, on a loaded machine, can still be writing seconds later
 * (CI saw a fuzz "database unchanged" check fail on 6 late suggestions). Two snapshots
 * 300 ms apart must agree, for up to 30 s.
 */
export async function settledSnapshot(dbFile: string): Promise<DbSnapshot> {
  let last = snapshotDatabase(dbFile);
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 300));
    const next = snapshotDatabase(dbFile);
    if (next.checksum === last.checksum) return next;
    last = next;
  }
  return last;
}
