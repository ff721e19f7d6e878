import "server-only";
import { db } from "../db/db";
import { rawDb } from "../db/raw";
import { isoFromSqlite } from "../db/stored-values";
import { databaseDialect } from "../db/database-url";
import { assertScope, type ProjectScope } from "../access/guards";
import { forbidden, invalid, notFound, tooLarge } from "../http/errors";
import type { DocumentInput } from "@/lib/schemas/document";
import type { DocumentMeta } from "@/lib/domain/formats/document-meta";
import { suggestInBackground } from "../suggestions/suggestion-runs";
import { codePointLength, emptyTextProblem, MAX_DOCUMENT_BYTES, normalizeText, utf8ByteLength } from "@/lib/domain/text/text";
import { hashText } from "./text-hash";

export interface DocumentSummary extends DocumentMeta {
  id: string;
  sha256: string;
  length: number;
  status: string;
  createdAt: string;
}

export type AddDocumentResult =
  { status: "created"; document: DocumentSummary } | { status: "duplicate"; title: string; existing: { id: string; title: string } };

/** The columns a DocumentSummary is built from (toSummary). */
export const summarySelect = {
  id: true,
  title: true,
  outlet: true,
  perspective: true,
  language: true,
  publishedAt: true,
  url: true,
  sha256: true,
  length: true,
  status: true,
  createdAt: true,
} as const;

/** A DocumentSummary's row: createdAt a Date from Prisma, the stored ISO text from a raw read (raw-db.ts). */
type SummaryRow = Omit<DocumentSummary, "createdAt"> & { createdAt: Date | string };

/** summarySelect's columns, for the raw reads. */
const SUMMARY_COLUMNS = Object.keys(summarySelect).join(", ");

export function toSummary(row: SummaryRow): DocumentSummary {
  return { ...row, createdAt: typeof row.createdAt === "string" ? isoFromSqlite(row.createdAt) : row.createdAt.toISOString() };
}

function prepareText(input: DocumentInput, index: number, count: number) {
  const text = normalizeText(input.text);
  const where = count > 1 ? `document ${index + 1} ("${input.title}")` : `"${input.title}"`;
  const bytes = utf8ByteLength(text);
  if (bytes > MAX_DOCUMENT_BYTES) {
    throw tooLarge(`${where} is ${(bytes / 1048576).toFixed(1)} MB; the limit is 2 MB of text per document.`);
  }
  const empty = emptyTextProblem(text);
  if (empty) throw invalid(`${where}: ${empty.replace(/^the document /, "")}`, "text");
  return { text, sha256: hashText(text), length: codePointLength(text) };
}

/**
 * Add documents in one transaction: all valid ones are stored or none. Text already in the
 * project (same SHA-256 of the normalized text) is reported as a duplicate, not stored again.
 */
export async function addDocuments(scope: ProjectScope, inputs: DocumentInput[]): Promise<AddDocumentResult[]> {
  assertScope(scope);
  if (!scope.can("documents:add")) throw forbidden("Only a project manager can add documents.");
  if (inputs.length === 0) throw invalid("Add at least one document.");
  const prepared = inputs.map((input, i) => ({ input, ...prepareText(input, i, inputs.length) }));
  const results = await db.$transaction(async (tx) => {
    const results: AddDocumentResult[] = [];
    const seen = new Map<string, { id: string; title: string }>();
    for (const p of prepared) {
      const existing =
        seen.get(p.sha256) ??
        (await tx.document.findUnique({
          where: { projectId_sha256: { projectId: scope.projectId, sha256: p.sha256 } },
          select: { id: true, title: true },
        }));
      if (existing) {
        results.push({ status: "duplicate", title: p.input.title, existing });
        continue;
      }
      const row = await tx.document.create({
        data: {
          projectId: scope.projectId,
          title: p.input.title,
          text: p.text,
          sha256: p.sha256,
          length: p.length,
          outlet: p.input.outlet,
          perspective: p.input.perspective,
          language: p.input.language,
          publishedAt: p.input.publishedAt,
          url: p.input.url,
        },
        select: summarySelect,
      });
      seen.set(p.sha256, { id: row.id, title: row.title });
      results.push({ status: "created", document: toSummary(row) });
    }
    return results;
  });
  // Pre-annotation runs in a child process once the documents are committed.
  if (results.some((r) => r.status === "created")) suggestInBackground(scope.projectId);
  return results;
}

/**
 * A Prisma filter for "contains `q`, ignoring case", as SQLite's LIKE has always matched (ASCII
 * case). On PostgreSQL Prisma's `contains` is case-sensitive unless `mode: "insensitive"`; the
 * SQLite client rejects `mode`, so it is added only there. (Its type is the SQLite client's,
 * which has no `mode`: hence the cast.)
 */
export function containsText(q: string): { contains: string } {
  return (databaseDialect() === "postgresql" ? { contains: q, mode: "insensitive" } : { contains: q }) as { contains: string };
}

export interface DocumentFilter {
  perspective?: string;
  q?: string;
}

export async function listDocuments(scope: ProjectScope, filter: DocumentFilter = {}): Promise<DocumentSummary[]> {
  assertScope(scope);
  const rows = await db.document.findMany({
    where: {
      projectId: scope.projectId,
      ...(filter.perspective ? { perspective: filter.perspective } : {}),
      ...(filter.q ? { title: containsText(filter.q) } : {}),
    },
    select: summarySelect,
    orderBy: [{ publishedAt: "asc" }, { createdAt: "asc" }],
  });
  return rows.map(toSummary);
}

/** The perspectives the project's documents come from, each once (the database groups them). */
export async function listPerspectives(scope: ProjectScope): Promise<string[]> {
  assertScope(scope);
  const rows = await db.document.groupBy({ by: ["perspective"], where: { projectId: scope.projectId } });
  return rows.map((r) => r.perspective);
}

export async function getDocument(scope: ProjectScope, documentId: string) {
  assertScope(scope);
  // A prepared statement (every workspace view reads its document, twice with the title).
  const row = await rawDb().get<SummaryRow & { text: string; projectId: string }>(
    `SELECT ${SUMMARY_COLUMNS}, text, projectId FROM "Document" WHERE id = ? AND projectId = ?`,
    documentId,
    scope.projectId,
  );
  if (!row) throw notFound("Document");
  const { text, projectId, ...summary } = row;
  return { ...toSummary(summary), text, projectId };
}
