import { randomFillSync } from "node:crypto";

// Values as the raw SQL layer (raw-db.ts) reads and writes them, on SQLite and PostgreSQL alike.

/** DateTime as Prisma's SQLite adapter stores it (ISO 8601 with +00:00), so both sort alike. */
export function sqliteNow(): string {
  return sqliteFromIso(new Date().toISOString());
}

/** An ISO time (toISOString) as Prisma's SQLite adapter stores DateTime. */
export function sqliteFromIso(iso: string): string {
  return new Date(iso).toISOString().replace("Z", "+00:00");
}

/** A stored DateTime as the API shows it (toISOString). */
export function isoFromSqlite(stored: string): string {
  return new Date(stored).toISOString();
}

let counter = 0;

// Random bytes drawn 4 KiB at a time: each randomBytes() call allocates, goes through Next's
// crypto wrapper and creates an async resource (about 0.1 ms of CPU per save here).
const pool = new BigUint64Array(512);
let poolNext = pool.length;

function random64(): bigint {
  if (poolNext === pool.length) {
    randomFillSync(pool);
    poolNext = 0;
  }
  return pool[poolNext++];
}

/** A collision-resistant id in cuid's shape ("c", time, counter, randomness; 25 chars, time-ordered). */
export function newId(): string {
  counter = (counter + 1) % 1_679_616; // 36^4
  const time = Date.now().toString(36).padStart(9, "0");
  const random = random64().toString(36).padStart(11, "0").slice(-11);
  return `c${time}${counter.toString(36).padStart(4, "0")}${random}`;
}
