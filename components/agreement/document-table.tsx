"use client";
import Link from "next/link";
import { useMemo, useState } from "react";
import type { AgreementReport } from "@/lib/domain/agreement/agreement-report";
import { Button } from "@/components/ui/button";
import { fmt, tone } from "./figures";

type Row = AgreementReport["perDocument"][number];
type Column = "alpha" | "f1" | "title" | "spans" | "length";
const PAGE = 50;

function compare(column: Column, a: Row, b: Row): number {
  if (column === "title") return a.title.localeCompare(b.title);
  const x = a[column];
  const y = b[column];
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1; // undefined figures last
  return x - y;
}

/** Per-document agreement, lowest alpha first by default; click a heading to sort, again to reverse. */
export function DocumentTable({ rows, canReview }: { rows: Row[]; canReview: boolean }) {
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: "alpha", descending: false });
  const [shown, setShown] = useState(PAGE);
  const sorted = useMemo(() => {
    const out = [...rows].sort((a, b) => compare(sort.column, a, b) || a.docId.localeCompare(b.docId));
    return sort.descending ? out.reverse() : out;
  }, [rows, sort]);
  const header = (column: Column, label: string, right = true) => (
    <th
      className={`px-3 py-2 ${right ? "text-right" : ""}`}
      aria-sort={sort.column === column ? (sort.descending ? "descending" : "ascending") : "none"}
    >
      <button
        type="button"
        className="uppercase tracking-wide hover:text-slate-900"
        onClick={() => setSort((s) => ({ column, descending: s.column === column ? !s.descending : false }))}
      >
        {label}
        {sort.column === column ? (sort.descending ? " ↓" : " ↑") : ""}
      </button>
    </th>
  );
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="document-agreement">
        <thead className="text-left text-xs text-slate-500">
          <tr>
            {header("title", "Document", false)}
            {header("alpha", "Alpha")}
            {header("f1", "F1 (overlap)")}
            {header("spans", "Spans")}
            {header("length", "Length")}
            <th className="px-3 py-2 text-right uppercase tracking-wide">Annotators</th>
            {canReview && <th className="px-3 py-2" />}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sorted.slice(0, shown).map((d) => (
            <tr key={d.docId} className="hover:bg-slate-50">
              <td className="px-3 py-2">
                <Link href={`/documents/${d.docId}`} className="text-indigo-700 hover:underline">
                  {d.title}
                </Link>
              </td>
              <td className={`px-3 py-2 text-right tabular-nums font-medium ${tone(d.alpha)}`}>{fmt(d.alpha)}</td>
              <td className={`px-3 py-2 text-right tabular-nums ${tone(d.f1)}`}>{fmt(d.f1)}</td>
              <td className="px-3 py-2 text-right tabular-nums text-slate-600">{d.spans}</td>
              <td className="px-3 py-2 text-right tabular-nums text-slate-600">{d.length.toLocaleString("en")}</td>
              <td className="px-3 py-2 text-right tabular-nums text-slate-600">{d.annotators}</td>
              {canReview && (
                <td className="px-3 py-2 text-right">
                  <Link
                    href={`/documents/${d.docId}/review`}
                    className="rounded border border-indigo-200 px-2 py-0.5 text-xs font-medium text-indigo-700 hover:bg-indigo-50"
                  >
                    Adjudicate
                  </Link>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {shown < sorted.length && (
        <div className="mt-2 flex items-center gap-3 text-sm text-slate-600">
          <span>
            Showing {shown} of {sorted.length.toLocaleString("en")}.
          </span>
          <Button size="sm" variant="secondary" onClick={() => setShown((n) => n + PAGE * 4)}>
            Show more
          </Button>
        </div>
      )}
    </div>
  );
}
