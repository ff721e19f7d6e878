// bench:pages' extra rows: propositions whose boards carry a given number of linked claims,
// written straight into SQLite (the corpus itself comes from buildAgreementCorpus).
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";

export function addBoards(dbFile: string, projectId: string, managerId: string, mentionCounts: number[]): string[] {
  const db = new Database(dbFile);
  const now = new Date().toISOString().replace("Z", "+00:00");
  const need = Math.max(...mentionCounts);
  const claims = db
    .prepare(
      `SELECT a.id FROM "Annotation" a JOIN "Document" d ON d.id = a.documentId WHERE d.projectId = ? AND a.label = 'claim' ORDER BY a.id LIMIT ?`,
    )
    .all(projectId, need) as { id: string }[];
  if (claims.length < need) throw new Error(`only ${claims.length} claims for a board of ${need}`);
  const insertProp = db.prepare(
    `INSERT INTO "Proposition" (id, projectId, statement, status, createdById, createdAt, updatedAt) VALUES (?, ?, ?, 'open', ?, ?, ?)`,
  );
  const insertLink = db.prepare(
    `INSERT INTO "PropositionLink" (id, propositionId, annotationId, stance, createdById, createdAt) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const ids: string[] = [];
  db.transaction(() => {
    mentionCounts.forEach((n, k) => {
      const id = randomUUID();
      insertProp.run(
        id,
        projectId,
        `Seoul called the export controls an apparent retaliatory step (${n} mentions, board ${k + 1})`,
        managerId,
        now,
        now,
      );
      claims
        .slice(0, n)
        .forEach((c, i) => insertLink.run(randomUUID(), id, c.id, ["supports", "refutes", "reports"][i % 3], managerId, now));
      ids.push(id);
    });
  })();
  db.close();
  return ids;
}
