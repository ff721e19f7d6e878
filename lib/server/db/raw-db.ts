/**
 * Raw SQL beside Prisma, on SQLite or PostgreSQL (issue 13). The hot paths (session check,
 * guards, span saves) and the bulk paths (import, export, agreement) were written against
 * better-sqlite3 because each Prisma query cost 1–2 ms of the event loop's CPU; this is the same
 * access, made asynchronous so that a PostgreSQL pool can stand behind it.
 *
 * SQL is written once, in the portable subset both databases accept: `?` placeholders,
 * `ON CONFLICT … DO NOTHING/UPDATE` instead of `INSERT OR …`, no `rowid`, no SQLite-only
 * functions, booleans compared as `= 1`/`= 0` only against parameters. Identifiers may stay as
 * Prisma names them (`Document`, `projectId`): the PostgreSQL side quotes mixed-case words
 * (postgres-sql.ts), which is what Prisma's own tables need there.
 *
 * Rows look alike on both: DateTime columns come back as SQLite's text
 * ("2026-12-06T22:00:00.000+00:00"), booleans as 1/0, counts and sums as numbers.
 */
export type SqlParam = string | number | bigint | boolean | null | Buffer | Uint8Array;

export interface RawQueries {
  readonly dialect: "sqlite" | "postgresql";
  /** Every row, as objects keyed by column name. */
  all<T = Record<string, unknown>>(text: string, ...params: SqlParam[]): Promise<T[]>;
  /** Every row, as arrays of column values (cheaper for bulk reads). */
  rows<T extends unknown[] = unknown[]>(text: string, ...params: SqlParam[]): Promise<T[]>;
  /** The first row, or undefined. */
  get<T = Record<string, unknown>>(text: string, ...params: SqlParam[]): Promise<T | undefined>;
  /** The first column of every row. */
  column<T = unknown>(text: string, ...params: SqlParam[]): Promise<T[]>;
  /** The first column of the first row, or undefined. */
  value<T = unknown>(text: string, ...params: SqlParam[]): Promise<T | undefined>;
  /** Run a statement; resolves to the number of rows it changed. */
  run(text: string, ...params: SqlParam[]): Promise<number>;
}

export interface RawDb extends RawQueries {
  /**
   * Run `fn` in one write transaction, all or nothing. Writers are serialized as SQLite's
   * `BEGIN IMMEDIATE` serializes them (on PostgreSQL: SERIALIZABLE, retried on a serialization
   * failure, so `fn` may run more than once and must not have effects outside `tx`).
   * Statements issued on the RawDb itself while a transaction is open wait for it to end.
   */
  transaction<T>(fn: (tx: RawQueries) => Promise<T>): Promise<T>;
  /** Run `fn` against one consistent read-only snapshot (exports, agreement runs). */
  snapshot<T>(fn: (tx: RawQueries) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
