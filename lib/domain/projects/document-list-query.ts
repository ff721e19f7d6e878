// The document list's view as it travels in the URL: search, filters, sort and page. Parsing
// never fails: an unknown or malformed value falls back to the default, so any link works.
import { isPerspective } from "./perspectives";

export const DOCUMENT_SORTS = ["published", "title", "outlet", "size", "added"] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];
export const DOCUMENT_STATUSES = ["open", "in_adjudication", "adjudicated"] as const;
export const DOCUMENTS_PER_PAGE = 50;

export interface DocumentListQuery {
  q: string;
  perspective: string;
  status: string;
  sort: DocumentSort;
  dir: "asc" | "desc";
  /** 1-based. */
  page: number;
}

export const DEFAULT_DOCUMENT_QUERY: DocumentListQuery = { q: "", perspective: "", status: "", sort: "published", dir: "asc", page: 1 };

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export function parseDocumentListQuery(params: Params): DocumentListQuery {
  const sort = first(params.sort);
  const page = Number(first(params.page));
  const perspective = first(params.perspective);
  const status = first(params.status);
  return {
    q: first(params.q).trim().slice(0, 200),
    perspective: isPerspective(perspective) ? perspective : "",
    status: (DOCUMENT_STATUSES as readonly string[]).includes(status) ? status : "",
    sort: (DOCUMENT_SORTS as readonly string[]).includes(sort) ? (sort as DocumentSort) : "published",
    dir: first(params.dir) === "desc" ? "desc" : "asc",
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The query string for a view, without the parts left at their defaults. */
export function documentListSearch(query: DocumentListQuery, change: Partial<DocumentListQuery> = {}): string {
  const next = { ...query, ...change };
  const out = new URLSearchParams();
  for (const key of ["q", "perspective", "status", "sort", "dir", "page"] as const) {
    if (String(next[key]) !== String(DEFAULT_DOCUMENT_QUERY[key])) out.set(key, String(next[key]));
  }
  const s = out.toString();
  return s ? `?${s}` : "";
}

/** Clamp a requested page into [1, pageCount] (a stale link past the end shows the last page). */
export function pageWindow(total: number, requested: number, perPage = DOCUMENTS_PER_PAGE) {
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(Math.max(1, requested), pageCount);
  return {
    page,
    pageCount,
    skip: (page - 1) * perPage,
    take: perPage,
    from: total === 0 ? 0 : (page - 1) * perPage + 1,
    to: Math.min(total, page * perPage),
  };
}
