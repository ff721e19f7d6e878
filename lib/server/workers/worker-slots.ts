import "server-only";
import os from "node:os";
import { rawDb } from "../db/raw";
import { newId } from "../db/stored-values";

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
  const taken = await rawDb().transaction(async (tx) => {
    const now = Date.now();
    await tx.run(`DELETE FROM WorkerSlot WHERE kind = ? AND expiresAt < ?`, kind, now);
    const n = (await tx.value<number>(`SELECT count(*) FROM WorkerSlot WHERE kind = ?`, kind)) ?? 0;
    if (n >= max) return n;
    await tx.run(`INSERT INTO WorkerSlot (id, kind, holder, expiresAt) VALUES (?, ?, ?, ?)`, id, kind, HOLDER, now + LEASE_MS);
    return -1;
  });
  if (taken >= 0) return { slot: null, running: taken };
  const renew = setInterval(() => {
    rawDb()
      .transaction((tx) => tx.run(`UPDATE WorkerSlot SET expiresAt = ? WHERE id = ?`, Date.now() + LEASE_MS, id))
      .catch(() => {
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
        await rawDb().transaction((tx) => tx.run(`DELETE FROM WorkerSlot WHERE id = ?`, id));
      },
    },
  };
}
