// Rule suggestions, computed off the web server's thread: a child process with its own SQLite
// connection reads documents, runs lib/domain/suggest/rules and replaces each document's stored
// suggestions in one short transaction per document (so annotators' saves never wait behind a
// long write lock). Decisions are keyed by (document, user, label, range), not by row, so
// replacing rows never revives a rejected suggestion.
// Process entry: lib/server/workers/suggest-worker.ts <sqlite file> <projectId> [--all | documentId…],
// started through lib/server/workers/launch.ts.
// With no ids and no --all it does the documents whose suggestions are missing or were made by
// an older engine. Prints one JSON line: { documents, suggestions, ms, cpuMs }.
import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { suggestByRules } from "../../domain/suggest/rules";
import { RULE_SUGGESTERS, SUGGESTER_ENGINE, type RuleSuggester } from "../../domain/suggest/types";

interface DocRow {
  id: string;
  text: string;
  publishedAt: string | null;
  outlet: string;
}

export function runSuggestions(
  dbPath: string,
  projectId: string,
  target: "missing" | "all" | string[],
): { documents: number; suggestions: number; ms: number; cpuMs: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 10000");
    // Every rule suggester the label set has: managers' switches filter at read time, so
    // switching one back on needs no re-run.
    const labels = new Set(db.prepare("SELECT key FROM Label WHERE projectId = ?").pluck().all(projectId) as string[]);
    const enabled = new Set<RuleSuggester>(RULE_SUGGESTERS.filter((k) => labels.has(k)));
    const ids = selectDocuments(db, projectId, target);
    const read = db.prepare("SELECT id, text, publishedAt, outlet FROM Document WHERE id = ? AND projectId = ?");
    const clear = db.prepare("DELETE FROM Suggestion WHERE documentId = ?");
    const insert = db.prepare(
      `INSERT INTO Suggestion (id, documentId, label, start, "end", text, attributes, source, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const mark = db.prepare(
      "INSERT INTO SuggestionRun (documentId, engine, ranAt) VALUES (?, ?, ?) ON CONFLICT(documentId) DO UPDATE SET engine = excluded.engine, ranAt = excluded.ranAt",
    );
    let suggestions = 0;
    for (const id of ids) {
      const doc = read.get(id, projectId) as DocRow | undefined;
      if (!doc) continue;
      // Computed outside the transaction: the write lock is held only for the inserts.
      const found = suggestByRules({ text: doc.text, publishedAt: doc.publishedAt, outlet: doc.outlet }, enabled);
      const now = new Date().toISOString();
      db.transaction(() => {
        clear.run(doc.id);
        for (const s of found)
          insert.run(
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
        mark.run(doc.id, SUGGESTER_ENGINE, now);
      })();
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
    db.close();
  }
}

/** Stable across runs, so an id a client holds keeps naming the same suggestion after a re-run. */
function suggestionId(documentId: string, label: string, start: number, end: number): string {
  return `sg_${createHash("sha256").update(`${documentId}\u0000${label}\u0000${start}\u0000${end}`).digest("hex").slice(0, 24)}`;
}

function selectDocuments(db: Database.Database, projectId: string, target: "missing" | "all" | string[]): string[] {
  if (Array.isArray(target)) return target;
  if (target === "all") return db.prepare("SELECT id FROM Document WHERE projectId = ? ORDER BY id").pluck().all(projectId) as string[];
  return db
    .prepare(
      "SELECT d.id FROM Document d LEFT JOIN SuggestionRun r ON r.documentId = d.id WHERE d.projectId = ? AND (r.documentId IS NULL OR r.engine <> ?) ORDER BY d.id",
    )
    .pluck()
    .all(projectId, SUGGESTER_ENGINE) as string[];
}
