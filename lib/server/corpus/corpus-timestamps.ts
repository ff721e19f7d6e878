// Timestamps between the database and the formats. Prisma's better-sqlite3 adapter stores
// DateTime as ISO text with "+00:00" ("2026-11-22T16:23:58.913+00:00"), and the raw layer
// returns PostgreSQL's timestamp(3) columns in that same text (db/raw-postgres.ts); exports
// write the JavaScript form ("…Z"), as the JSON API does. Rows written by raw statements use
// Prisma's form so Prisma reads them back unchanged (PostgreSQL takes it for a UTC timestamp).

/** Stored value (ISO text, SQL "YYYY-MM-DD HH:MM:SS" in UTC, or epoch ms) → "…Z" ISO text. */
export function toIsoTimestamp(stored: unknown): string | undefined {
  if (stored === null || stored === undefined) return undefined;
  if (typeof stored === "string") {
    // The common case without a Date round trip: 400,000 of these in a large export.
    if (stored.length === 29 && stored.endsWith("+00:00")) return stored.slice(0, 23) + "Z";
    const sql = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(stored) ? stored.replace(" ", "T") + "Z" : stored;
    const date = new Date(sql);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  if (typeof stored === "number") return new Date(stored).toISOString();
  return undefined;
}

const ISO_Z = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

/** Any ISO timestamp (or now) → the form Prisma stores. Unparseable input gives `fallback`. */
export function toStoredTimestamp(iso: string | null | undefined, fallback: string): string {
  if (!iso) return fallback;
  // Our own exports' form, converted without a Date round trip (400,000 per large import).
  if (iso.length === 24 && ISO_Z.test(iso)) return iso.slice(0, 23) + "+00:00";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? fallback : date.toISOString().replace("Z", "+00:00");
}

export function storedNow(): string {
  return new Date().toISOString().replace("Z", "+00:00");
}
