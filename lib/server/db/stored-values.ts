import { randomBytes } from "node:crypto";

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

/** A collision-resistant id in cuid's shape ("c", time, counter, randomness; 25 chars, time-ordered). */
export function newId(): string {
  counter = (counter + 1) % 1_679_616; // 36^4
  const time = Date.now().toString(36).padStart(9, "0");
  const random = BigInt(`0x${randomBytes(8).toString("hex")}`)
    .toString(36)
    .padStart(11, "0")
    .slice(-11);
  return `c${time}${counter.toString(36).padStart(4, "0")}${random}`;
}
