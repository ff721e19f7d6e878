import "server-only";
import { db } from "../db/db";
import { assertScope, type ProjectScope } from "../access/guards";
import { containsText, summarySelect, toSummary, type DocumentSummary } from "./documents";
import { pageWindow, type DocumentListQuery } from "@/lib/domain/projects/document-list-query";

const ORDER: Record<DocumentListQuery["sort"], string[]> = {
  published: ["publishedAt", "createdAt"],
  title: ["title", "createdAt"],
  outlet: ["outlet", "publishedAt"],
  size: ["length", "createdAt"],
  added: ["createdAt"],
};

export interface DocumentPage {
  documents: DocumentSummary[];
  total: number;
  page: number;
  pageCount: number;
  from: number;
  to: number;
}

/**
 * One page of the project's documents, filtered (title or outlet containing `q`, perspective,
 * status), sorted and cut in the database: the page's cost follows its 50 rows, not the project.
 */
export async function listDocumentPage(scope: ProjectScope, query: DocumentListQuery): Promise<DocumentPage> {
  assertScope(scope);
  const where = {
    projectId: scope.projectId,
    ...(query.perspective ? { perspective: query.perspective } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.q ? { OR: [{ title: containsText(query.q) }, { outlet: containsText(query.q) }] } : {}),
  };
  const total = await db.document.count({ where });
  const w = pageWindow(total, query.page);
  const rows = await db.document.findMany({
    where,
    select: summarySelect,
    // id last: a stable order, so no document shows on two pages or on none
    orderBy: [...ORDER[query.sort].map((k) => ({ [k]: query.dir })), { id: "asc" as const }],
    skip: w.skip,
    take: w.take,
  });
  return { documents: rows.map(toSummary), total, page: w.page, pageCount: w.pageCount, from: w.from, to: w.to };
}

/** The first `n` documents by publication date, and how many there are in all. */
export async function listFirstDocuments(
  scope: ProjectScope,
  n: number,
): Promise<{ documents: { id: string; title: string; outlet: string; perspective: string }[]; total: number }> {
  assertScope(scope);
  const where = { projectId: scope.projectId };
  const [documents, total] = await Promise.all([
    db.document.findMany({
      where,
      select: { id: true, title: true, outlet: true, perspective: true },
      orderBy: [{ publishedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      take: n,
    }),
    db.document.count({ where }),
  ]);
  return { documents, total };
}
