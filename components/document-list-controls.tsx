import Link from "next/link";
import { documentListSearch, type DocumentListQuery, type DocumentSort } from "@/lib/domain/projects/document-list-query";

/** A column header that sorts the list on the server; a second click reverses the order. */
export function SortHeader({
  base,
  query,
  sort,
  children,
  align = "left",
}: {
  base: string;
  query: DocumentListQuery;
  sort: DocumentSort;
  children: string;
  align?: "left" | "right";
}) {
  const active = query.sort === sort;
  const dir = active && query.dir === "asc" ? "desc" : "asc";
  return (
    <th
      className={`px-3 py-2 ${align === "right" ? "text-right" : ""}`}
      aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <Link href={`${base}${documentListSearch(query, { sort, dir, page: 1 })}`} className="hover:text-slate-800">
        {children}
        {active && <span aria-hidden="true">{query.dir === "asc" ? " ▲" : " ▼"}</span>}
      </Link>
    </th>
  );
}

/** "51–100 of 10,000" with previous and next page links; the filters and sort travel along. */
export function Pager({
  base,
  query,
  page,
  pageCount,
  from,
  to,
  total,
}: {
  base: string;
  query: DocumentListQuery;
  page: number;
  pageCount: number;
  from: number;
  to: number;
  total: number;
}) {
  const link = (p: number, label: string, rel: string) =>
    p < 1 || p > pageCount ? (
      <span className="rounded-md px-2.5 py-1 text-slate-400" aria-disabled="true">
        {label}
      </span>
    ) : (
      <Link
        href={`${base}${documentListSearch(query, { page: p })}`}
        rel={rel}
        className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-slate-700 hover:bg-slate-50"
      >
        {label}
      </Link>
    );
  return (
    <nav className="mt-3 flex flex-wrap items-center gap-2 text-sm" aria-label="Pages" data-testid="document-pager">
      <span className="mr-auto text-slate-600">
        {total === 0
          ? "No documents"
          : `${from.toLocaleString("en")}–${to.toLocaleString("en")} of ${total.toLocaleString("en")} documents`}
      </span>
      {link(1, "« First", "first")}
      {link(page - 1, "‹ Previous", "prev")}
      <span className="px-1 text-slate-600">
        Page {page.toLocaleString("en")} of {pageCount.toLocaleString("en")}
      </span>
      {link(page + 1, "Next ›", "next")}
      {link(pageCount, "Last »", "last")}
    </nav>
  );
}
