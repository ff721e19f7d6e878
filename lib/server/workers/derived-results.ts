import "server-only";
import { rawDb } from "../db/raw";
import { sqliteNow } from "../db/stored-values";

// Reports computed in a worker (agreement, claim clusters) are kept until the data they depend on
// changes, which a database fingerprint detects. Kept at two levels: this process's memory (no
// parse or query on a hit), and the DerivedResult table, so that every app instance on the
// database serves a report another instance computed instead of computing it again. Two
// instances that miss at the same moment may both compute it; both results are right.

export interface DerivedEntry<T> {
  fingerprint: string;
  json: string;
  /** Parsed on first use (the API sends `json` untouched). */
  parsed?: T;
}

interface DerivedState {
  cache: Map<string, DerivedEntry<unknown>>;
  inflight: Map<string, Promise<DerivedEntry<unknown>>>;
}

const globalState = globalThis as unknown as { parallaxDerived?: DerivedState };
const state: DerivedState = (globalState.parallaxDerived ??= { cache: new Map(), inflight: new Map() });

async function stored(key: string, fingerprint: string): Promise<string | null> {
  return (await rawDb().value<string>(`SELECT value FROM DerivedResult WHERE key = ? AND fingerprint = ?`, key, fingerprint)) ?? null;
}

async function store(key: string, fingerprint: string, json: string): Promise<void> {
  // A transaction for its wait on a busy database (one statement, so nothing to roll back).
  await rawDb().transaction((tx) =>
    tx.run(
      `INSERT INTO DerivedResult (key, fingerprint, value, computedAt) VALUES (?, ?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET fingerprint = excluded.fingerprint, value = excluded.value, computedAt = excluded.computedAt`,
      key,
      fingerprint,
      json,
      sqliteNow(),
    ),
  );
}

/**
 * The entry for `key` ("<kind>:<projectId>") at `fingerprint`: from memory, else from the
 * database, else from `compute` (the worker's JSON), which then goes to both. One computation
 * per key and fingerprint at a time in this process.
 */
export async function derivedResult<T>(key: string, fingerprint: string, compute: () => Promise<string>): Promise<DerivedEntry<T>> {
  const hit = state.cache.get(key);
  if (hit && hit.fingerprint === fingerprint) return hit as DerivedEntry<T>;
  const flight = `${key}|${fingerprint}`;
  let pending = state.inflight.get(flight);
  if (!pending) {
    pending = (async () => {
      let json = await stored(key, fingerprint);
      if (json === null) {
        json = await compute();
        // A failed write (a busy database for 10 s) only costs another instance a recomputation.
        await store(key, fingerprint, json).catch(() => undefined);
      }
      const entry: DerivedEntry<unknown> = { fingerprint, json };
      state.cache.set(key, entry);
      return entry;
    })().finally(() => state.inflight.delete(flight));
    state.inflight.set(flight, pending);
  }
  return (await pending) as DerivedEntry<T>;
}
