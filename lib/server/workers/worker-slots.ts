import "server-only";
import os from "node:os";
import { newId, sql, writeTransaction } from "../db/sqlite";

// Slots for heavy jobs, counted in the database (WorkerSlot) so that a limit holds over every
// app instance on it, not per process. A slot is a lease: its holder renews it while the job
// runs, so the slots of an instance that crashed or was killed free themselves within LEASE_MS.

const LEASE_MS = 30_000;
const RENEW_MS = 10_000;
const HOLDER = `${os.hostname()}:${process.pid}`;

export interface WorkerSlot {
  release(): Promise<void>;
}

export type SlotAttempt = { slot: WorkerSlot } | { slot: null; running: number };

/** Take one of `max` slots of this kind, or learn how many jobs hold them all. */
export async function acquireSlot(kind: string, max: number): Promise<SlotAttempt> {
  const id = newId();
  const taken = await writeTransaction(() => {
    const now = Date.now();
    sql(`DELETE FROM WorkerSlot WHERE kind = ? AND expiresAt < ?`).run(kind, now);
    const { n } = sql(`SELECT count(*) AS n FROM WorkerSlot WHERE kind = ?`).get(kind) as { n: number };
    if (n >= max) return n;
    sql(`INSERT INTO WorkerSlot (id, kind, holder, expiresAt) VALUES (?, ?, ?, ?)`).run(id, kind, HOLDER, now + LEASE_MS);
    return -1;
  });
  if (taken >= 0) return { slot: null, running: taken };
  const renew = setInterval(() => {
    writeTransaction(() => sql(`UPDATE WorkerSlot SET expiresAt = ? WHERE id = ?`).run(Date.now() + LEASE_MS, id)).catch(() => {
      // a busy database for 10 s: the next renewal tries again well within the lease
    });
  }, RENEW_MS);
  renew.unref();
  let released = false;
  return {
    slot: {
      async release() {
        if (released) return;
        released = true;
        clearInterval(renew);
        await writeTransaction(() => sql(`DELETE FROM WorkerSlot WHERE id = ?`).run(id));
      },
    },
  };
}
