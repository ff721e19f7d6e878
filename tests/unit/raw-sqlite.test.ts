// The SQLite side of the raw SQL layer, on a real throwaway file: transactions are all or
// nothing, follow their async context, and keep other requests' statements out of them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteRawDb } from "@/lib/server/db/raw-sqlite";

let dir: string;
let db: SqliteRawDb;
const TEXT = `Tokyo 👍🏽 東京\ncafe\u0301 🇰🇷`;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "raw-sqlite-"));
  db = SqliteRawDb.open(path.join(dir, "t.db"));
  await db.run(`CREATE TABLE Note (id TEXT PRIMARY KEY, body TEXT NOT NULL, flagged BOOLEAN NOT NULL DEFAULT FALSE)`);
});
afterEach(async () => {
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("SqliteRawDb", () => {
  it("reads rows, arrays, columns and values, and binds booleans", async () => {
    expect(await db.run(`INSERT INTO Note (id, body, flagged) VALUES (?, ?, ?)`, "a", TEXT, true)).toBe(1);
    expect(await db.get(`SELECT id, body, flagged FROM Note WHERE id = ?`, "a")).toEqual({ id: "a", body: TEXT, flagged: 1 });
    expect(await db.rows(`SELECT id, body FROM Note`)).toEqual([["a", TEXT]]);
    expect(await db.column(`SELECT id FROM Note`)).toEqual(["a"]);
    expect(await db.value(`SELECT body FROM Note WHERE id = ?`, "a")).toBe(TEXT);
    expect(await db.value(`SELECT body FROM Note WHERE id = ?`, "zz")).toBeUndefined();
  });

  it("rolls a failed transaction back whole", async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.run(`INSERT INTO Note (id, body) VALUES (?, ?)`, "a", TEXT);
        await tx.run(`INSERT INTO Note (id, body) VALUES (?, ?)`, "a", "duplicate");
      }),
    ).rejects.toThrow(/UNIQUE/);
    expect(await db.value(`SELECT count(*) FROM Note`)).toBe(0);
  });

  it("keeps a statement from outside out of an open transaction until it ends", async () => {
    let inside!: () => void;
    const gate = new Promise<void>((r) => (inside = r));
    const tx = db.transaction(async (t) => {
      await t.run(`INSERT INTO Note (id, body) VALUES (?, ?)`, "in", TEXT);
      await gate;
      throw new Error("roll back");
    });
    // Issued while the transaction is open: must not join it (it would be rolled back with it).
    const outside = db.run(`INSERT INTO Note (id, body) VALUES (?, ?)`, "out", "kept");
    await new Promise((r) => setTimeout(r, 20));
    inside();
    await expect(tx).rejects.toThrow("roll back");
    expect(await outside).toBe(1);
    expect(await db.column(`SELECT id FROM Note ORDER BY id`)).toEqual(["out"]);
  });

  it("runs code called from inside a transaction inside it, also a nested transaction", async () => {
    const helper = () => db.run(`INSERT INTO Note (id, body) VALUES (?, ?)`, "helper", TEXT);
    await expect(
      db.transaction(async () => {
        await helper(); // through the RawDb itself, not tx: would wait for itself forever if outside
        await db.transaction(async (tx) => tx.run(`INSERT INTO Note (id, body) VALUES (?, ?)`, "nested", TEXT));
        throw new Error("undo both");
      }),
    ).rejects.toThrow("undo both");
    expect(await db.value(`SELECT count(*) FROM Note`)).toBe(0);
  });
});
