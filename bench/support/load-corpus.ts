// bench:load's project: the agreement benchmark's synthetic corpus (so the concurrent full
// export and agreement run have real work), plus N annotator accounts, each assigned a few
// documents of its own, written straight into SQLite in one transaction.
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { buildAgreementCorpus, type AgreementCorpus } from "./agreement-corpus";
import { USER_LAYER_RANGE, userLayer } from "../../lib/domain/spans/layers";
import { openRawDb } from "../../lib/server/db/raw";

export const DOCS_PER_ANNOTATOR = 3;

export interface LoadCorpus extends AgreementCorpus {
  loadAnnotators: { id: string; email: string; docs: { id: string; text: string }[] }[];
}

export function buildLoadCorpus(dbFile: string, options: { documents: number; annotators: number; passwordHash: string }): LoadCorpus {
  const corpus = buildAgreementCorpus(dbFile, {
    documents: options.documents,
    truthPerDocument: 7,
    documentLength: 1500,
    passwordHash: options.passwordHash,
  });
  const db = new Database(dbFile);
  const now = new Date().toISOString().replace("Z", "+00:00");
  const texts = db.prepare(`SELECT id, text FROM "Document" WHERE projectId = ? ORDER BY title`).all(corpus.projectId) as {
    id: string;
    text: string;
  }[];
  const insertUser = db.prepare(
    `INSERT INTO "User" (id, email, name, passwordHash, isAdmin, createdAt, updatedAt) VALUES (?, ?, ?, ?, 0, ?, ?)`,
  );
  const insertMember = db.prepare(`INSERT INTO "Membership" (id, projectId, userId, role, createdAt) VALUES (?, ?, ?, 'annotator', ?)`);
  const insertAssignment = db.prepare(`INSERT INTO "Assignment" (id, documentId, userId, status, assignedAt) VALUES (?, ?, ?, 'todo', ?)`);
  const loadAnnotators: LoadCorpus["loadAnnotators"] = [];
  db.transaction(() => {
    for (let i = 0; i < options.annotators; i++) {
      const a = { id: randomUUID(), email: `load-annotator${i + 1}@example.com` };
      insertUser.run(a.id, a.email, `Load Annotator ${i + 1}`, options.passwordHash, now, now);
      insertMember.run(randomUUID(), corpus.projectId, a.id, now);
      const docs = Array.from({ length: DOCS_PER_ANNOTATOR }, (_, k) => texts[(i * DOCS_PER_ANNOTATOR + k) % texts.length]);
      for (const d of docs) insertAssignment.run(randomUUID(), d.id, a.id, now);
      loadAnnotators.push({ ...a, docs });
    }
  })();
  db.close();
  return { ...corpus, loadAnnotators };
}

/** Spans now stored in the load annotators' layers: must equal acknowledged creates minus deletes. */
export async function countLoadSpans(databaseUrl: string, corpus: LoadCorpus): Promise<number> {
  const db = openRawDb(databaseUrl, { readonly: true, max: 1 });
  try {
    let sum = 0;
    for (const a of corpus.loadAnnotators)
      sum += (await db.value<number>(`SELECT count(*) AS n FROM "Annotation" WHERE layer = ?`, userLayer(a.id)))!;
    return sum;
  } finally {
    await db.close();
  }
}

/** Some claims of the corpus, to link to the board's proposition. */
export async function someClaimIds(databaseUrl: string, projectId: string, n: number): Promise<string[]> {
  const db = openRawDb(databaseUrl, { readonly: true, max: 1 });
  try {
    return await db.column<string>(
      `SELECT a.id FROM "Annotation" a JOIN "Document" d ON d.id = a.documentId WHERE d.projectId = ? AND a.label = 'claim' AND a.layer >= ? AND a.layer < ? ORDER BY a.id LIMIT ?`,
      projectId,
      USER_LAYER_RANGE.from,
      USER_LAYER_RANGE.to,
      n,
    );
  } finally {
    await db.close();
  }
}
