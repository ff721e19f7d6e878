// Rule suggestions, computed off the web server's thread: a child process with its own database
// connection (SQLite or PostgreSQL) reads documents, runs lib/domain/suggest/rules and replaces each document's stored
// suggestions in one short transaction per document (so annotators' saves never wait behind a
// long write lock). Decisions are keyed by (document, user, label, range), not by row, so
// replacing rows never revives a rejected suggestion.
// Process entry: lib/server/workers/suggest-worker.ts <database URL> <projectId> [--all | documentId…],
// started through lib/server/workers/launch.ts.
// With no ids and no --all it does the documents whose suggestions are missing or were made by
// an older engine. Prints one JSON line: { documents, suggestions, ms, cpuMs }.
import { createHash } from "node:crypto";
import type { RawQueries } from "../db/raw";
import { sqliteNow } from "../db/stored-values";
import { openWorkerDb } from "../workers/worker-db";
import { suggestByRules } from "../../domain/suggest/rules";
import { RULE_SUGGESTERS, SUGGESTER_ENGINE, type RuleSuggester } from "../../domain/suggest/types";

interface DocRow {
  id: string;
  text: string;
  publishedAt: string | null;
  outlet: string;
}

export async function runSuggestions(
  databaseUrl: string,
  projectId: string,
  target: "missing" | "all" | string[],
): Promise<{ documents: number; suggestions: number; ms: number; cpuMs: number }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const db = openWorkerDb(databaseUrl, { readonly: false });
  try {
    // Every rule suggester the label set has: managers' switches filter at read time, so
    // switching one back on needs no re-run.
    const labels = new Set(await db.column<string>("SELECT key FROM Label WHERE projectId = ?", projectId));
    const enabled = new Set<RuleSuggester>(RULE_SUGGESTERS.filter((k) => labels.has(k)));
    const ids = await selectDocuments(db, projectId, target);
    let suggestions = 0;
    for (const id of ids) {
      const doc = await db.get<DocRow>("SELECT id, text, publishedAt, outlet FROM Document WHERE id = ? AND projectId = ?", id, projectId);
      if (!doc) continue;
      // Computed outside the transaction: the write lock is held only for the inserts.
      const found = suggestByRules({ text: doc.text, publishedAt: doc.publishedAt, outlet: doc.outlet }, enabled);
      const now = sqliteNow();
      // An upsert, not a plain insert: another run on the same document (a second app instance, or
      // an import's run beside a request's) may insert the same stable ids at once; with no old rows
      // to lock, PostgreSQL would fail the later one on the primary key instead of ordering them.
      await db.transaction(async (tx) => {
        await tx.run("DELETE FROM Suggestion WHERE documentId = ?", doc.id);
        for (const s of found)
          await tx.run(
            `INSERT INTO Suggestion (id, documentId, label, start, "end", text, attributes, source, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (id) DO UPDATE SET text = excluded.text, attributes = excluded.attributes, source = excluded.source, createdAt = excluded.createdAt`,
            suggestionId(doc.id, s.label, s.start, s.end),
            doc.id,
            s.label,
            s.start,
            s.end,
            s.text,
            JSON.stringify(s.attributes),
            s.source,
            now,
          );
        await tx.run(
          "INSERT INTO SuggestionRun (documentId, engine, ranAt) VALUES (?, ?, ?) ON CONFLICT(documentId) DO UPDATE SET engine = excluded.engine, ranAt = excluded.ranAt",
          doc.id,
          SUGGESTER_ENGINE,
          now,
        );
      });
      suggestions += found.length;
    }
    const used = process.cpuUsage(cpu);
    return {
      documents: ids.length,
      suggestions,
      ms: Math.round(performance.now() - started),
      cpuMs: Math.round((used.user + used.system) / 1000),
    };
  } finally {
    await db.close();
  }
}

/** Stable across runs, so an id a client holds keeps naming the same suggestion after a re-run. */
function suggestionId(documentId: string, label: string, start: number, end: number): string {
  return `sg_${createHash("sha256").update(`${documentId}\u0000${label}\u0000${start}\u0000${end}`).digest("hex").slice(0, 24)}`;
}

async function selectDocuments(db: RawQueries, projectId: string, target: "missing" | "all" | string[]): Promise<string[]> {
  if (Array.isArray(target)) return target;
  if (target === "all") return db.column<string>("SELECT id FROM Document WHERE projectId = ? ORDER BY id", projectId);
  return db.column<string>(
    "SELECT d.id FROM Document d LEFT JOIN SuggestionRun r ON r.documentId = d.id WHERE d.projectId = ? AND (r.documentId IS NULL OR r.engine <> ?) ORDER BY d.id",
    projectId,
    SUGGESTER_ENGINE,
  );
}
