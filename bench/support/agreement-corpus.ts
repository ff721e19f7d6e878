// A large synthetic project for the agreement benchmark, written straight into a migrated
// SQLite file with prepared statements in one transaction (Prisma's createMany is ~40x
// slower). Texts are ASCII, so code points and UTF-16 offsets coincide.
import Database from "better-sqlite3";
import { createHash, randomUUID } from "node:crypto";
import { userLayer } from "../../lib/domain/spans/layers";

export interface AgreementCorpus {
  projectId: string;
  documentIds: string[];
  annotators: { id: string; email: string }[];
  manager: { id: string; email: string };
  spans: number;
  documentLength: number;
}

const WORDS = (
  "the ministry said on monday that export controls on three chemicals used in chips would take effect " +
  "seoul called the move an apparent retaliatory step while tokyo denied any link to the wartime labor " +
  "rulings officials met in geneva as trade fell 30 percent in july and talks stalled again"
).split(" ");
const LABELS = ["claim", "quote", "measure", "date"];

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeText(rand: () => number, chars: number): string {
  const out: string[] = [];
  let n = 0;
  while (n < chars) {
    const w = WORDS[Math.floor(rand() * WORDS.length)];
    out.push(w);
    n += w.length + 1;
  }
  return out.join(" ");
}

type Range = { label: string; start: number; end: number };

/** A "true" set of spans per document; each annotator keeps, shifts, relabels or misses them, and adds a few of their own. */
function annotatorSpans(rand: () => number, truth: Range[], length: number): Range[] {
  const spans: Range[] = [];
  for (const t of truth) {
    const r = rand();
    if (r < 0.1) continue; // missed
    let { start, end, label } = t;
    if (r < 0.25) {
      start = Math.max(0, start + Math.floor(rand() * 9) - 4);
      end = Math.min(length, Math.max(start + 1, end + Math.floor(rand() * 9) - 4));
    } else if (r < 0.3) label = LABELS[Math.floor(rand() * LABELS.length)];
    spans.push({ label, start, end });
  }
  if (rand() < 0.3) {
    const start = Math.floor(rand() * (length - 40));
    spans.push({ label: LABELS[Math.floor(rand() * LABELS.length)], start, end: start + 5 + Math.floor(rand() * 30) });
  }
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.label}|${s.start}|${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function buildAgreementCorpus(
  dbFile: string,
  options: { documents: number; truthPerDocument: number; documentLength: number; passwordHash: string },
): AgreementCorpus {
  const db = new Database(dbFile);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  const now = new Date().toISOString().replace("Z", "+00:00");
  const rand = random(2019);
  const projectId = randomUUID();
  const manager = { id: randomUUID(), email: "bench-manager@example.com" };
  const annotators = [1, 2, 3].map((i) => ({ id: randomUUID(), email: `bench-annotator${i}@example.com` }));
  const documentIds: string[] = [];
  let spanCount = 0;
  const insertUser = db.prepare(
    `INSERT INTO "User" (id, email, name, passwordHash, isAdmin, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMember = db.prepare(`INSERT INTO "Membership" (id, projectId, userId, role, createdAt) VALUES (?, ?, ?, ?, ?)`);
  const insertDoc = db.prepare(
    `INSERT INTO "Document" (id, projectId, title, text, sha256, length, outlet, perspective, language, publishedAt, status, createdAt) VALUES (?, ?, ?, ?, ?, ?, 'Bench Wire', 'other', 'en', NULL, 'open', ?)`,
  );
  const insertAssignment = db.prepare(
    `INSERT INTO "Assignment" (id, documentId, userId, status, assignedAt, doneAt) VALUES (?, ?, ?, 'done', ?, ?)`,
  );
  const insertSpan = db.prepare(
    `INSERT INTO "Annotation" (id, documentId, layer, authorId, label, start, "end", text, attributes, note, version, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}', '', 1, ?, ?)`,
  );
  db.transaction(() => {
    insertUser.run(manager.id, manager.email, "Bench Manager", options.passwordHash, 1, now, now);
    annotators.forEach((a, i) => insertUser.run(a.id, a.email, `Bench Annotator ${i + 1}`, options.passwordHash, 0, now, now));
    db.prepare(`INSERT INTO "Project" (id, name, createdAt, updatedAt) VALUES (?, 'Agreement benchmark', ?, ?)`).run(projectId, now, now);
    LABELS.forEach((key, i) => {
      db.prepare(`INSERT INTO "Label" (id, projectId, key, name, color, hotkey, sortOrder) VALUES (?, ?, ?, ?, '#64748b', ?, ?)`).run(
        randomUUID(),
        projectId,
        key,
        key,
        String(i + 1),
        i,
      );
    });
    insertMember.run(randomUUID(), projectId, manager.id, "manager", now);
    for (const a of annotators) insertMember.run(randomUUID(), projectId, a.id, "annotator", now);
    for (let d = 0; d < options.documents; d++) {
      const id = randomUUID();
      const text = makeText(rand, options.documentLength);
      insertDoc.run(id, projectId, `Bench document ${d + 1}`, text, createHash("sha256").update(text).digest("hex"), text.length, now);
      documentIds.push(id);
      const truth: Range[] = Array.from({ length: options.truthPerDocument }, () => {
        const start = Math.floor(rand() * (text.length - 120));
        return { label: LABELS[Math.floor(rand() * LABELS.length)], start, end: start + 8 + Math.floor(rand() * 100) };
      });
      for (const a of annotators) {
        insertAssignment.run(randomUUID(), id, a.id, now, now);
        for (const s of annotatorSpans(rand, truth, text.length)) {
          insertSpan.run(randomUUID(), id, userLayer(a.id), a.id, s.label, s.start, s.end, text.slice(s.start, s.end), now, now);
          spanCount++;
        }
      }
    }
  })();
  db.pragma("wal_checkpoint(TRUNCATE)"); // a database at rest, as after any import
  db.close();
  return { projectId, documentIds, annotators, manager, spans: spanCount, documentLength: options.documentLength };
}
