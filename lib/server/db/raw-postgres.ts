import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import pg from "pg";
import { toPostgres } from "./postgres-sql";
import type { RawDb, RawQueries, SqlParam } from "./raw-db";
import { sqliteFromIso } from "./stored-values";

/** A stored PostgreSQL `timestamp(3)` (UTC, as Prisma writes it, without zone) in SQLite's text form. */
const sqliteTimestamp = (text: string) => sqliteFromIso(`${text.replace(" ", "T")}Z`);

/**
 * Rows shaped as better-sqlite3 shapes them, so that one piece of code reads both: timestamps
 * as text, booleans as 1/0, 64-bit counts and numerics as numbers.
 */
const TYPES: pg.CustomTypesConfig = {
  getTypeParser(oid: number, format?: "text" | "binary"): (value: string) => unknown {
    switch (oid) {
      case 1114: // timestamp
        return sqliteTimestamp;
      case 1184: // timestamptz
        return sqliteFromIso;
      case 16: // bool
        return (t: string) => (t === "t" ? 1 : 0);
      case 20: // int8 (count, sum)
      case 1700: // numeric
        return (t: string) => Number(t);
      default:
        return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
    }
  },
};

const SERIALIZATION_FAILURE = new Set(["40001", "40P01"]); // serialization_failure, deadlock_detected
const MAX_ATTEMPTS = 20;

type Runner = Pick<pg.Pool, "query"> | pg.PoolClient;

/**
 * RawDb on a pg Pool. Each distinct statement is translated once (postgres-sql.ts) and sent as a
 * named prepared statement, so PostgreSQL plans it once per connection.
 */
export class PostgresRawDb implements RawDb {
  readonly dialect = "postgresql" as const;
  private readonly translated = new Map<string, { name: string; text: string }>();
  private readonly context = new AsyncLocalStorage<RawQueries>();
  private readonly outside: RawQueries;

  constructor(readonly pool: pg.Pool) {
    this.outside = this.queries(pool);
  }

  static open(connectionString: string, max = 10): PostgresRawDb {
    return new PostgresRawDb(new pg.Pool({ connectionString, max, types: TYPES }));
  }

  private statement(text: string) {
    let s = this.translated.get(text);
    if (!s) {
      const sql = toPostgres(text);
      s = { name: `p${createHash("sha1").update(sql).digest("hex").slice(0, 16)}`, text: sql };
      this.translated.set(text, s);
    }
    return s;
  }

  private queries(runner: Runner): RawQueries {
    const query = (text: string, params: SqlParam[], rowMode?: "array") =>
      (runner.query as (c: pg.QueryConfig) => Promise<pg.QueryResult<unknown[]>>)({
        ...this.statement(text),
        values: params as unknown[],
        ...(rowMode ? { rowMode } : {}),
      });
    return {
      dialect: "postgresql",
      all: async (text, ...p) => (await query(text, p)).rows as never,
      rows: async (text, ...p) => (await query(text, p, "array")).rows as never,
      get: async (text, ...p) => (await query(text, p)).rows[0] as never,
      column: async (text, ...p) => (await query(text, p, "array")).rows.map((r) => r[0]) as never,
      value: async (text, ...p) => (await query(text, p, "array")).rows[0]?.[0] as never,
      run: async (text, ...p) => (await query(text, p)).rowCount ?? 0,
    };
  }

  /** Inside a transaction's async context, the transaction's connection; else the pool. */
  private current(): RawQueries {
    return this.context.getStore() ?? this.outside;
  }
  all: RawQueries["all"] = (text, ...p) => this.current().all(text, ...p);
  rows: RawQueries["rows"] = (text, ...p) => this.current().rows(text, ...p);
  get: RawQueries["get"] = (text, ...p) => this.current().get(text, ...p);
  column: RawQueries["column"] = (text, ...p) => this.current().column(text, ...p);
  value: RawQueries["value"] = (text, ...p) => this.current().value(text, ...p);
  run: RawQueries["run"] = (text, ...p) => this.current().run(text, ...p);

  transaction<T>(fn: (tx: RawQueries) => Promise<T>): Promise<T> {
    return this.within("BEGIN ISOLATION LEVEL SERIALIZABLE", fn);
  }

  snapshot<T>(fn: (tx: RawQueries) => Promise<T>): Promise<T> {
    return this.within("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", fn);
  }

  private async within<T>(begin: string, fn: (tx: RawQueries) => Promise<T>): Promise<T> {
    const open = this.context.getStore();
    if (open) return fn(open); // nested: part of the open one
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      const tx = this.queries(client);
      try {
        await client.query(begin);
        const result = await this.context.run(tx, () => fn(tx));
        await client.query("COMMIT");
        return result;
      } catch (e) {
        await client.query("ROLLBACK").catch(() => undefined);
        const code = (e as { code?: string }).code;
        if (!code || !SERIALIZATION_FAILURE.has(code) || attempt >= MAX_ATTEMPTS) throw e;
        await new Promise((r) => setTimeout(r, Math.random() * Math.min(100, 2 ** attempt)));
      } finally {
        client.release();
      }
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
