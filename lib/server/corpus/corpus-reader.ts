import "server-only";
import type Database from "better-sqlite3";
import type { CorpusDocument, CorpusProject, CorpusProposition } from "@/lib/domain/formats/corpus";
import type { Span } from "@/lib/domain/spans/spans";
import type { LinkStance } from "@/lib/domain/propositions/link-stances";
import { toIsoTimestamp } from "./corpus-timestamps";
import { layerName, type ExportLayer } from "./export/export-request";

// The read side of exports, on a plain better-sqlite3 connection (an export runs in its own
// process, see workers/corpus-worker.ts). Documents are read one at a time by id, so memory
// holds one document and its spans however large the project. Run it inside one read
// transaction (BEGIN … COMMIT) to export a consistent snapshot while annotators keep saving.

export interface CorpusFilter {
  projectId: string;
  layer: ExportLayer;
  statuses: string[];
  perspectives: string[];
}

interface Clause {
  sql: string;
  params: unknown[];
}

const marks = (n: number) => Array.from({ length: n }, () => "?").join(", ");

function documentClause(f: CorpusFilter): Clause {
  const parts = ["d.projectId = ?"];
  const params: unknown[] = [f.projectId];
  if (f.statuses.length) {
    parts.push(`d.status IN (${marks(f.statuses.length)})`);
    params.push(...f.statuses);
  }
  if (f.perspectives.length) {
    parts.push(`d.perspective IN (${marks(f.perspectives.length)})`);
    params.push(...f.perspectives);
  }
  return { sql: parts.join(" AND "), params };
}

function layerClause(layer: ExportLayer): Clause {
  if (layer.kind === "all") return { sql: "1 = 1", params: [] };
  return { sql: "a.layer = ?", params: [layerName(layer)] };
}

/** Spans of the exported documents in the exported layer(s): `FROM Annotation a JOIN Document d`. */
function spanClause(f: CorpusFilter): Clause {
  const d = documentClause(f);
  const l = layerClause(f.layer);
  return { sql: `${d.sql} AND ${l.sql}`, params: [...d.params, ...l.params] };
}

/** Columns of SPAN_COLUMNS, read in raw (array) mode: half the cost of row objects at 200,000 spans. */
type SpanRow = [string, string, number, number, string, string, string, string, string, string, string];
const SPAN_COLUMNS = 'a.id, a.label, a.start, a."end", a.text, a.attributes, a.note, a.authorId, a.layer, a.createdAt, a.updatedAt';

export class CorpusReader {
  private readonly spansOf: Database.Statement;
  private readonly documentOf: Database.Statement;
  private readonly layerParams: unknown[];

  constructor(
    private readonly db: Database.Database,
    private readonly filter: CorpusFilter,
  ) {
    const l = layerClause(filter.layer);
    this.layerParams = l.params;
    this.spansOf = db.prepare(`SELECT ${SPAN_COLUMNS} FROM Annotation a WHERE a.documentId = ? AND ${l.sql}`).raw();
    this.documentOf = db.prepare(
      "SELECT id, title, text, sha256, outlet, perspective, language, publishedAt, url, status FROM Document WHERE id = ?",
    );
  }

  /** Header: labels in project order, and every author of an exported span (to map authors by email). */
  project(): CorpusProject {
    const p = this.db.prepare("SELECT id, name FROM Project WHERE id = ?").get(this.filter.projectId) as
      { id: string; name: string } | undefined;
    if (!p) throw new Error(`No project with id ${this.filter.projectId}`);
    const labels = this.db
      .prepare("SELECT key, name, color, coalesce(hotkey, '') AS hotkey FROM Label WHERE projectId = ? ORDER BY sortOrder, key")
      .all(p.id) as CorpusProject["labels"];
    const s = spanClause(this.filter);
    // Per user, one probe of the authorId index: cheaper than DISTINCT over every span.
    const users = this.db
      .prepare(
        `SELECT u.id, u.email, u.name FROM User u WHERE EXISTS
         (SELECT 1 FROM Annotation a JOIN Document d ON d.id = a.documentId WHERE a.authorId = u.id AND ${s.sql})`,
      )
      .all(...s.params) as CorpusProject["users"];
    return { id: p.id, name: p.name, labels, users };
  }

  /**
   * Ids of the exported documents in export order: publication date, title, hash. The order
   * depends on content only, so a corpus imported elsewhere exports in the same order.
   */
  documentIds(): string[] {
    const d = documentClause(this.filter);
    const rows = this.db
      .prepare(`SELECT d.id FROM Document d WHERE ${d.sql} ORDER BY d.publishedAt, d.title, d.sha256, d.id`)
      .pluck()
      .all(...d.params);
    return rows as string[];
  }

  countSpans(): number {
    const s = spanClause(this.filter);
    const sql = `SELECT COUNT(*) FROM Annotation a JOIN Document d ON d.id = a.documentId WHERE ${s.sql}`;
    return this.db
      .prepare(sql)
      .pluck()
      .get(...s.params) as number;
  }

  *documents(ids: Iterable<string>): Generator<CorpusDocument> {
    for (const id of ids) {
      const doc = this.documentOf.get(id) as Omit<CorpusDocument, "spans"> | undefined;
      if (!doc) continue;
      const rows = this.spansOf.all(id, ...this.layerParams) as SpanRow[];
      yield { ...doc, spans: rows.map(toSpan) };
    }
  }

  /** Every proposition of the project; links and evidence only to exported spans (others would dangle). */
  *propositions(): Generator<CorpusProposition> {
    const s = spanClause(this.filter);
    const links = this.db.prepare(
      `SELECT l.annotationId, a.documentId, l.stance FROM PropositionLink l
       JOIN Annotation a ON a.id = l.annotationId JOIN Document d ON d.id = a.documentId
       WHERE l.propositionId = ? AND ${s.sql}`,
    );
    const exported = this.db.prepare(`SELECT 1 FROM Annotation a JOIN Document d ON d.id = a.documentId WHERE a.id = ? AND ${s.sql}`);
    const isExported = (id: string) => exported.get(id, ...s.params) !== undefined;
    const reconciliation = this.db.prepare(
      "SELECT status, verdict, summary, rationale, evidence, version, updatedAt FROM Reconciliation WHERE propositionId = ?",
    );
    const rows = this.db
      .prepare(
        "SELECT id, statement, status, mergedIntoId, createdAt FROM Proposition WHERE projectId = ? ORDER BY createdAt, statement, id",
      )
      .all(this.filter.projectId) as { id: string; statement: string; status: string; mergedIntoId: string | null; createdAt: string }[];
    for (const p of rows) {
      const r = reconciliation.get(p.id) as
        (Omit<NonNullable<CorpusProposition["reconciliation"]>, "evidence"> & { evidence: string }) | undefined;
      yield {
        id: p.id,
        statement: p.statement,
        status: p.status,
        mergedIntoId: p.mergedIntoId,
        createdAt: toIsoTimestamp(p.createdAt),
        links: links.all(p.id, ...s.params) as { annotationId: string; documentId: string; stance: LinkStance }[],
        reconciliation: r ? { ...r, evidence: parseEvidence(r.evidence).filter(isExported), updatedAt: toIsoTimestamp(r.updatedAt) } : null,
      };
    }
  }
}

function toSpan([id, label, start, end, text, attributes, note, authorId, layer, createdAt, updatedAt]: SpanRow): Span {
  return {
    id,
    label,
    start,
    end,
    text,
    attributes: JSON.parse(attributes) as Record<string, unknown>,
    note,
    authorId,
    layer,
    createdAt: toIsoTimestamp(createdAt),
    updatedAt: toIsoTimestamp(updatedAt),
  };
}

function parseEvidence(raw: string): string[] {
  try {
    const v = JSON.parse(raw) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}
