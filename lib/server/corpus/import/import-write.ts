import "server-only";
import type { RawQueries, SqlParam } from "../../db/raw";
import type { LabelRow } from "./import-labels";
import type { AssignmentRow, DocumentRow, LinkRow, PropositionRow, ReconciliationRow, RevisionRow, RowSink, SpanRow } from "./import-rows";
import { createId } from "../corpus-ids";

// Bulk writes on the import's own connection, inside the caller's transaction (all or nothing).
// Rows wait in one buffer per table and go out as multi-row INSERTs of up to BATCH rows: on
// SQLite that is as cheap as a cached statement per row (~40x faster than per-row ORM calls,
// measured with npm run bench:io), and on PostgreSQL it spares a round trip per row. A batch
// of n rows is written as power-of-two chunks (64 + 16 + 4 + …), so each table has seven
// statement texts, prepared once. Before a table's rows go out, the tables it refers to
// (TABLES' order: documents before their spans, spans before links to them) write theirs.
// (mergedIntoId has no foreign key, so a proposition may name one written after it.)

const BATCH = 64; // 13 columns x 64 rows: 832 parameters, below every SQLite build's limit of 999

interface Table<R> {
  /** `INSERT INTO T (columns)`. */
  insert: string;
  /** One row's `(?, …)`, in the order of `values`. */
  tuple: string;
  /** After the VALUES list (an upsert's ON CONFLICT). */
  suffix?: string;
  values(row: R): SqlParam[];
}

const marks = (n: number) => `(${Array.from({ length: n }, () => "?").join(", ")})`;

const label: Table<LabelRow> = {
  insert: "INSERT INTO Label (id, projectId, key, name, color, hotkey, sortOrder)",
  tuple: marks(7),
  values: (r) => [r.id, r.projectId, r.key, r.name, r.color, r.hotkey, r.sortOrder],
};
const document: Table<DocumentRow> = {
  insert:
    "INSERT INTO Document (id, projectId, title, text, sha256, length, outlet, perspective, language, publishedAt, url, status, createdAt)",
  tuple: marks(13),
  values: (r) => [
    r.id,
    r.projectId,
    r.title,
    r.text,
    r.sha256,
    r.length,
    r.outlet,
    r.perspective,
    r.language,
    r.publishedAt,
    r.url,
    r.status,
    r.createdAt,
  ],
};
const span: Table<SpanRow> = {
  insert:
    'INSERT INTO Annotation (id, documentId, layer, authorId, label, start, "end", text, attributes, note, version, createdAt, updatedAt)',
  tuple: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
  values: (r) => [r.id, r.documentId, r.layer, r.authorId, r.label, r.start, r.end, r.text, r.attributes, r.note, r.createdAt, r.updatedAt],
};
const proposition: Table<PropositionRow> = {
  insert: "INSERT INTO Proposition (id, projectId, statement, status, mergedIntoId, createdById, createdAt, updatedAt)",
  tuple: marks(8),
  values: (r) => [r.id, r.projectId, r.statement, r.status, r.mergedIntoId, r.createdById, r.createdAt, r.updatedAt],
};
const link: Table<LinkRow> = {
  insert: "INSERT INTO PropositionLink (id, propositionId, annotationId, stance, createdById, createdAt)",
  tuple: marks(6),
  values: (r) => [r.id, r.propositionId, r.annotationId, r.stance, r.createdById, r.createdAt],
};
const reconciliation: Table<ReconciliationRow> = {
  insert: "INSERT INTO Reconciliation (id, propositionId, status, verdict, summary, rationale, evidence, version, updatedById, updatedAt)",
  tuple: marks(10),
  values: (r) => [r.id, r.propositionId, r.status, r.verdict, r.summary, r.rationale, r.evidence, r.version, r.updatedById, r.updatedAt],
};
const revision: Table<RevisionRow> = {
  insert: "INSERT INTO ReconciliationRevision (id, propositionId, version, snapshot, actorId, createdAt)",
  tuple: marks(6),
  values: (r) => [r.id, r.propositionId, r.version, r.snapshot, r.actorId, r.createdAt],
};
// The annotator's work on the document: kept as it is when they already work on it. (Rows are
// unique per document and user here, see createRowWriter: PostgreSQL refuses one statement that
// upserts the same row twice.)
const assignment: Table<AssignmentRow & { id: string }> = {
  insert: "INSERT INTO Assignment (id, documentId, userId, status, assignedAt)",
  tuple: "(?, ?, ?, 'in_progress', ?)",
  suffix: " ON CONFLICT (documentId, userId) DO UPDATE SET status = 'in_progress', doneAt = NULL WHERE Assignment.status = 'todo'",
  values: (r) => [r.id, r.documentId, r.userId, r.assignedAt],
};

/** A multi-row INSERT of `rows` rows of `table`, built once per table and size. */
const statements = new Map<string, string>();
function statement(table: Table<never>, rows: number): string {
  const key = `${rows} ${table.insert}`;
  let text = statements.get(key);
  if (!text) {
    text = `${table.insert} VALUES ${Array.from({ length: rows }, () => table.tuple).join(", ")}${table.suffix ?? ""}`;
    statements.set(key, text);
  }
  return text;
}

/** One table's rows not yet written, as one flat parameter list. */
interface Pending {
  table: Table<never>;
  params: SqlParam[];
  rows: number;
}

/** A sink that writes rows in batches through `db` (a transaction's queries). Call `end()` last. */
export function createRowWriter(db: RawQueries): RowSink {
  // In the order they are written: a table's foreign keys point only at tables before it.
  const order = [label, document, span, proposition, link, reconciliation, revision, assignment].map((table): Pending => ({
    table,
    params: [],
    rows: 0,
  }));
  const assigned = new Set<string>();

  /** Write the rows waiting in order[0..last]. */
  const flush = async (last: number) => {
    for (const pending of order.slice(0, last + 1)) {
      const width = pending.rows ? pending.params.length / pending.rows : 0;
      let at = 0;
      for (let left = pending.rows; left > 0;) {
        let n = BATCH;
        while (n > left) n >>= 1;
        await db.run(statement(pending.table, n), ...pending.params.slice(at, at + n * width));
        at += n * width;
        left -= n;
      }
      pending.params = [];
      pending.rows = 0;
    }
  };

  /** A writer of one table's rows: buffered, and written (with the tables before) once BATCH wait. */
  const into = <R>(table: Table<R>) => {
    const index = order.findIndex((p) => p.table === (table as Table<never>));
    const pending = order[index];
    return (row: R): Promise<void> | undefined => {
      pending.params.push(...table.values(row));
      return ++pending.rows >= BATCH ? flush(index) : undefined;
    };
  };
  const assign = into(assignment);

  return {
    label: into(label),
    document: into(document),
    span: into(span),
    proposition: into(proposition),
    link: into(link),
    reconciliation: into(reconciliation),
    revision: into(revision),
    assignment: (row) => {
      const key = `${row.documentId}|${row.userId}`;
      if (assigned.has(key)) return; // the first one made it in progress already
      assigned.add(key);
      return assign({ id: createId(), ...row });
    },
    end: () => flush(order.length - 1),
  };
}
