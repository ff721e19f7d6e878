import Database from "better-sqlite3";
import { AsyncLocalStorage } from "node:async_hooks";
import type { RawDb, RawQueries, SqlParam } from "./raw-db";

const BUSY_WAIT_MS = 10_000; // as long as Prisma's busy timeout

function isBusy(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === "SQLITE_BUSY" || code === "SQLITE_BUSY_SNAPSHOT" || code === "SQLITE_LOCKED";
}

// better-sqlite3 binds neither booleans nor Date; SQLite keeps booleans as 0/1 anyway.
function bindable(params: SqlParam[]): unknown[] {
  return params.some((p) => typeof p === "boolean") ? params.map((p) => (typeof p === "boolean" ? Number(p) : p)) : params;
}

/**
 * RawDb on one better-sqlite3 connection. Statements run synchronously (tens of microseconds,
 * cached prepared statements) and resolve at once. A transaction holds the connection: every
 * statement is synchronous, but `fn` awaits between them, and a statement of another request
 * run in such a gap would join the transaction (and be rolled back with it). So while one is
 * open, statements outside it queue until it ends. Code called from inside `fn` is inside: the
 * transaction follows its async context, so helpers may use the RawDb itself, not only `tx`.
 */
/**
 * How hard a commit syncs. WAL with NORMAL (the default, as Rails and Litestream use it) never
 * corrupts and never loses a commit when the app crashes or is killed; only a power loss or an OS
 * crash may roll back the last commits before the next checkpoint. FULL also survives those, at
 * an fsync per commit that blocks the event loop (0.6–1.8 ms of wall time per small commit here,
 * against 0.26 ms with NORMAL, in a loop of span-sized transactions). PARALLAX_SQLITE_SYNCHRONOUS=FULL
 * chooses it.
 */
function sqliteSynchronous(): "NORMAL" | "FULL" {
  return process.env.PARALLAX_SQLITE_SYNCHRONOUS?.toUpperCase() === "FULL" ? "FULL" : "NORMAL";
}

export class SqliteRawDb implements RawDb {
  readonly dialect = "sqlite" as const;
  private readonly objects = new Map<string, Database.Statement>();
  private readonly columns = new Map<string, Database.Statement>();
  private readonly arrays = new Map<string, Database.Statement>();
  /** Resolves when the open transaction ends; undefined when none is open. */
  private busy: Promise<void> | undefined;
  private readonly inside: RawQueries;
  private readonly context = new AsyncLocalStorage<RawQueries>();

  constructor(readonly conn: Database.Database) {
    this.inside = this.queries(() => undefined);
  }

  static open(file: string, options: { readonly?: boolean } = {}): SqliteRawDb {
    const conn = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    // No busy wait here: a synchronous wait would freeze the event loop, and with it the Prisma
    // transaction holding the lock. transaction() retries asynchronously instead.
    conn.pragma("busy_timeout = 0");
    conn.pragma("foreign_keys = ON");
    if (!options.readonly) conn.pragma(`synchronous = ${sqliteSynchronous()}`);
    return new SqliteRawDb(conn);
  }

  private statement(cache: Map<string, Database.Statement>, text: string, mode?: "pluck" | "raw"): Database.Statement {
    let s = cache.get(text);
    if (!s) {
      s = this.conn.prepare(text);
      if (mode === "pluck") s.pluck();
      if (mode === "raw") s.raw();
      cache.set(text, s);
    }
    return s;
  }

  /** The six queries, each first waiting for `wait()` (the open transaction, outside it). */
  private queries(wait: () => Promise<void> | undefined): RawQueries {
    const run = async <T>(fn: () => T): Promise<T> => {
      for (let w = wait(); w; w = wait()) await w;
      return fn();
    };
    return {
      dialect: "sqlite",
      all: (text, ...p) => run(() => this.statement(this.objects, text).all(...bindable(p)) as never),
      rows: (text, ...p) => run(() => this.statement(this.arrays, text, "raw").all(...bindable(p)) as never),
      get: (text, ...p) => run(() => this.statement(this.objects, text).get(...bindable(p)) as never),
      column: (text, ...p) => run(() => this.statement(this.columns, text, "pluck").all(...bindable(p)) as never),
      value: (text, ...p) => run(() => this.statement(this.columns, text, "pluck").get(...bindable(p)) as never),
      run: (text, ...p) => run(() => this.statement(this.objects, text).run(...bindable(p)).changes),
    };
  }

  private readonly outside = this.queries(() => (this.context.getStore() === this.inside ? undefined : this.busy));
  all: RawQueries["all"] = (text, ...p) => this.outside.all(text, ...p);
  rows: RawQueries["rows"] = (text, ...p) => this.outside.rows(text, ...p);
  get: RawQueries["get"] = (text, ...p) => this.outside.get(text, ...p);
  column: RawQueries["column"] = (text, ...p) => this.outside.column(text, ...p);
  value: RawQueries["value"] = (text, ...p) => this.outside.value(text, ...p);
  run: RawQueries["run"] = (text, ...p) => this.outside.run(text, ...p);

  /**
   * BEGIN IMMEDIATE takes the write lock up front; when another connection holds it (a Prisma
   * transaction, an import worker), wait without blocking the event loop, for up to 10 s.
   */
  async transaction<T>(fn: (tx: RawQueries) => Promise<T>): Promise<T> {
    return this.exclusive("BEGIN IMMEDIATE", fn);
  }

  async snapshot<T>(fn: (tx: RawQueries) => Promise<T>): Promise<T> {
    return this.exclusive("BEGIN", fn);
  }

  private async exclusive<T>(begin: string, fn: (tx: RawQueries) => Promise<T>): Promise<T> {
    if (this.context.getStore() === this.inside) return fn(this.inside); // nested: part of the open one
    while (this.busy) await this.busy;
    let release!: () => void;
    this.busy = new Promise<void>((r) => (release = r));
    try {
      const deadline = Date.now() + BUSY_WAIT_MS;
      for (let wait = 1; ; wait = Math.min(wait * 2, 50)) {
        try {
          this.conn.exec(begin);
          break;
        } catch (e) {
          if (!isBusy(e) || Date.now() > deadline) throw e;
        }
        await new Promise((r) => setTimeout(r, wait));
      }
      try {
        const result = await this.context.run(this.inside, () => fn(this.inside));
        this.conn.exec("COMMIT");
        return result;
      } catch (e) {
        if (this.conn.inTransaction) this.conn.exec("ROLLBACK");
        throw e;
      }
    } finally {
      this.busy = undefined;
      release();
    }
  }

  async close(): Promise<void> {
    this.conn.close();
  }
}
