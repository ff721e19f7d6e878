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
