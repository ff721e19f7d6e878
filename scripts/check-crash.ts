// npm run check:crash: durability under SIGKILL. Annotators save spans through the real server
// as fast as they can; mid-burst the server's whole process group is killed with SIGKILL. Then:
// every write the server acknowledged (201) must be in the database with its history event,
// PRAGMA integrity_check must say ok, and the server must start again on the same file and
// serve every acknowledged span. Several rounds; prints the figures. Not part of npm test.
import fs from "node:fs";
import { databasePath } from "../lib/server/db/database-url";
import path from "node:path";
import Database from "better-sqlite3";
import { buildApp, buildIsCurrent } from "./start";
import type { TestServer, startTestServer as StartTestServer } from "../tests/support/server";
import { signedIn, type Client } from "../tests/support/http-client";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.NEXT_DIST_DIR ??= ".next-test"; // the test build; tests/support/server reads it on import
const startTestServer: typeof StartTestServer = (...args) => import("../tests/support/server").then((m) => m.startTestServer(...args));
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 3);
const WRITERS = 8;
const LABELS = ["claim", "quote", "measure", "date"];

interface Round {
  acknowledged: number;
  inFlight: number;
  lost: number;
  unacknowledgedButStored: number;
  integrity: string;
  servedAfterRestart: boolean;
  killAfterMs: number;
}

async function burst(server: TestServer, round: number): Promise<Round> {
  const writers: Client[] = [];
  for (let i = 0; i < WRITERS; i++) {
    writers.push(
      await signedIn(server.url, i % 2 ? "annotator2@example.com" : "annotator1@example.com", { "x-forwarded-for": `10.99.${round}.${i}` }),
    );
  }
  const projectId = ((await writers[0].json("GET", "/api/projects")).body.projects as { id: string }[])[0].id;
  const docs = (await writers[0].json("GET", `/api/projects/${projectId}/documents`)).body.documents as { id: string }[];
  const doc = docs[round % docs.length];
  const text = Array.from((await writers[0].json("GET", `/api/documents/${doc.id}`)).body.document.text as string);
  const starts = text.map((c, i) => (/\S/.test(c) ? i : -1)).filter((i) => i >= 0 && i < text.length - 30);

  const acknowledged: string[] = [];
  const sentKeys = new Set<string>();
  let inFlight = 0;
  let killed = false;
  let n = 0;
  const killAfterMs = 3000 + Math.floor(Math.random() * 3000);

  async function writer(w: Client, wi: number) {
    while (!killed) {
      const k = n++;
      const start = starts[(k * 7919 + round * 131) % starts.length];
      const end = start + 1 + (Math.floor(k / starts.length) % 25);
      const label = LABELS[(k + wi) % LABELS.length];
      sentKeys.add(`${label}:${start}:${end}`);
      inFlight++;
      try {
        const res = await w.json("POST", `/api/documents/${doc.id}/annotations`, {
          label,
          start,
          end,
          text: text.slice(start, end).join(""),
        });
        if (res.status === 201) acknowledged.push(res.body.annotation.id);
      } catch {
        // the connection died with the server: not acknowledged
      } finally {
        inFlight--;
      }
    }
  }

  const running = writers.map((w, i) => writer(w, i));
  await new Promise((r) => setTimeout(r, killAfterMs));
  const pending = inFlight;
  process.kill(-server.pid, "SIGKILL");
  killed = true;
  await Promise.all(running);

  // A crash check of SQLite's file (integrity_check); PostgreSQL's durability is its own.
  const dbFile = databasePath(server.databaseUrl);
  const db = new Database(dbFile);
  const integrity = (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join(", ");
  const stored = new Set((db.prepare(`SELECT id FROM "Annotation" WHERE documentId = ?`).all(doc.id) as { id: string }[]).map((r) => r.id));
  const withEvent = new Set(
    (db.prepare(`SELECT annotationId FROM "AnnotationEvent" WHERE documentId = ?`).all(doc.id) as { annotationId: string }[]).map(
      (r) => r.annotationId,
    ),
  );
  db.close();
  const lost = acknowledged.filter((id) => !stored.has(id) || !withEvent.has(id)).length;
  const baseline = stored.size - acknowledged.filter((id) => stored.has(id)).length;

  // The same file must serve again, with every acknowledged span.
  const again = await startTestServer({ databaseUrl: server.databaseUrl });
  const reviewer = await signedIn(again.url, "reviewer@example.com", { "x-forwarded-for": `10.98.${round}.1` });
  const served = new Set(
    ((await reviewer.json("GET", `/api/documents/${doc.id}/annotations?layer=all`)).body.annotations as { id: string }[]).map((a) => a.id),
  );
  await again.stop();
  fs.rmSync(path.dirname(dbFile), { recursive: true, force: true });
  return {
    acknowledged: acknowledged.length,
    inFlight: pending,
    lost,
    unacknowledgedButStored: baseline,
    integrity,
    servedAfterRestart: acknowledged.every((id) => served.has(id)),
    killAfterMs,
  };
}

async function main() {
  if (!buildIsCurrent(process.env.NEXT_DIST_DIR)) buildApp();
  const rows: Round[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const server = await startTestServer();
    rows.push(await burst(server, r));
    const row = rows[rows.length - 1];
    console.log(
      `round ${r + 1}: SIGKILL after ${row.killAfterMs} ms; ${row.acknowledged} writes acknowledged, ${row.inFlight} in flight at the kill; ` +
        `lost ${row.lost}; integrity_check ${row.integrity}; every acknowledged span served after restart: ${row.servedAfterRestart ? "yes" : "NO"}`,
    );
  }
  const ok = rows.every((r) => r.lost === 0 && r.integrity === "ok" && r.servedAfterRestart);
  const total = rows.reduce((s, r) => s + r.acknowledged, 0);
  console.log(`${ok ? "PASS" : "FAIL"}: ${rows.length} rounds, ${total} acknowledged writes, ${rows.reduce((s, r) => s + r.lost, 0)} lost`);
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
