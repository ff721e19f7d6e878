import "server-only";
import type { RawQueries, SqlParam } from "../db/raw";
import type { CorpusDocument, CorpusProject, CorpusProposition } from "@/lib/domain/formats/corpus";
import type { Span } from "@/lib/domain/spans/spans";
import type { LinkStance } from "@/lib/domain/propositions/link-stances";
import { toIsoTimestamp } from "./corpus-timestamps";
import { layerName, type ExportLayer } from "./export/export-request";

// The read side of exports, on a connection of the export's own (an export runs in its own
// process, see workers/corpus-worker.ts). Documents are read one at a time by id, so memory
// holds one document and its spans however large the project. Run it inside one snapshot
// (RawDb.snapshot) to export a consistent state while annotators keep saving.

export interface CorpusFilter {
  projectId: string;
  layer: ExportLayer;
  statuses: string[];
  perspectives: string[];
}

interface Clause {
  sql: string;
  params: SqlParam[];
}

const marks = (n: number) => Array.from({ length: n }, () => "?").join(", ");

function documentClause(f: CorpusFilter): Clause {
  const parts = ["d.projectId = ?"];
  const params: SqlParam[] = [f.projectId];
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
  private readonly spansOf: string;
  private readonly layerParams: SqlParam[];

  constructor(
    private readonly db: RawQueries,
    private readonly filter: CorpusFilter,
  ) {
    const l = layerClause(filter.layer);
    this.layerParams = l.params;
    this.spansOf = `SELECT ${SPAN_COLUMNS} FROM Annotation a WHERE a.documentId = ? AND ${l.sql}`;
  }

  /** Header: labels in project order, and every author of an exported span (to map authors by email). */
  async project(): Promise<CorpusProject> {
    const p = await this.db.get<{ id: string; name: string }>("SELECT id, name FROM Project WHERE id = ?", this.filter.projectId);
    if (!p) throw new Error(`No project with id ${this.filter.projectId}`);
    const labels = await this.db.all<CorpusProject["labels"][number]>(
      "SELECT key, name, color, coalesce(hotkey, '') AS hotkey FROM Label WHERE projectId = ? ORDER BY sortOrder, key",
      p.id,
    );
    const s = spanClause(this.filter);
    // Per user, one probe of the authorId index: cheaper than DISTINCT over every span.
    const users = await this.db.all<NonNullable<CorpusProject["users"]>[number]>(
      `SELECT u.id, u.email, u.name FROM "User" u WHERE EXISTS
       (SELECT 1 FROM Annotation a JOIN Document d ON d.id = a.documentId WHERE a.authorId = u.id AND ${s.sql})`,
      ...s.params,
    );
    return { id: p.id, name: p.name, labels, users };
  }

  /**
   * Ids of the exported documents in export order: publication date (undated first), title,
   * hash. The order depends on content only, so a corpus imported elsewhere exports in the
   * same order. (NULLS FIRST is SQLite's own order, which PostgreSQL reverses by default.)
   */
  async documentIds(): Promise<string[]> {
    const d = documentClause(this.filter);
    return this.db.column<string>(
      `SELECT d.id FROM Document d WHERE ${d.sql} ORDER BY d.publishedAt NULLS FIRST, d.title, d.sha256, d.id`,
      ...d.params,
    );
  }

  async countSpans(): Promise<number> {
    const s = spanClause(this.filter);
    const n = await this.db.value<number>(
      `SELECT COUNT(*) FROM Annotation a JOIN Document d ON d.id = a.documentId WHERE ${s.sql}`,
      ...s.params,
    );
    return n ?? 0;
  }

  async *documents(ids: Iterable<string>): AsyncGenerator<CorpusDocument> {
    for (const id of ids) {
      const doc = await this.db.get<Omit<CorpusDocument, "spans">>(
        "SELECT id, title, text, sha256, outlet, perspective, language, publishedAt, url, status FROM Document WHERE id = ?",
        id,
      );
      if (!doc) continue;
      const rows = await this.db.rows<SpanRow>(this.spansOf, id, ...this.layerParams);
      yield { ...doc, spans: rows.map(toSpan) };
    }
  }

  /** Every proposition of the project; links and evidence only to exported spans (others would dangle). */
  async *propositions(): AsyncGenerator<CorpusProposition> {
    const s = spanClause(this.filter);
    const links = `SELECT l.annotationId, a.documentId, l.stance FROM PropositionLink l
       JOIN Annotation a ON a.id = l.annotationId JOIN Document d ON d.id = a.documentId
       WHERE l.propositionId = ? AND ${s.sql}`;
    const exported = `SELECT 1 FROM Annotation a JOIN Document d ON d.id = a.documentId WHERE a.id = ? AND ${s.sql}`;
    const rows = await this.db.all<{ id: string; statement: string; status: string; mergedIntoId: string | null; createdAt: string }>(
      "SELECT id, statement, status, mergedIntoId, createdAt FROM Proposition WHERE projectId = ? ORDER BY createdAt, statement, id",
      this.filter.projectId,
    );
    for (const p of rows) {
      const r = await this.db.get<Omit<NonNullable<CorpusProposition["reconciliation"]>, "evidence"> & { evidence: string }>(
        "SELECT status, verdict, summary, rationale, evidence, version, updatedAt FROM Reconciliation WHERE propositionId = ?",
        p.id,
      );
      const evidence: string[] = [];
      if (r)
        for (const id of parseEvidence(r.evidence)) if ((await this.db.value(exported, id, ...s.params)) !== undefined) evidence.push(id);
      yield {
        id: p.id,
        statement: p.statement,
        status: p.status,
        mergedIntoId: p.mergedIntoId,
        createdAt: toIsoTimestamp(p.createdAt),
        links: await this.db.all<{ annotationId: string; documentId: string; stance: LinkStance }>(links, p.id, ...s.params),
        reconciliation: r ? { ...r, evidence, updatedAt: toIsoTimestamp(r.updatedAt) } : null,
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
