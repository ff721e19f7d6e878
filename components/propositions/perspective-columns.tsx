import Link from "next/link";
import type { MentionView } from "@/lib/views/propositions";
import type { PerspectiveSummary } from "@/lib/domain/propositions/conflicts";
import type { BoardColumn } from "@/lib/domain/propositions/board-columns";
import { labelPerspective } from "@/lib/domain/propositions/framing";
import { MentionCard } from "./mention-card";
import { STANCE_ORDER, STANCE_STYLE } from "./stance-style";
import { plural } from "./format";

const GRID: Record<number, string> = {
  1: "lg:grid-cols-1",
  2: "lg:grid-cols-2",
  3: "lg:grid-cols-3",
};

/**
 * The perspectives side by side: each one's framing in a sentence, its stance counts, its
 * mentions (paged by lib/domain/propositions/board-columns.ts; `openHref` opens a column, or
 * all of them, in full).
 */
export function PerspectiveColumns({
  columns,
  summaries,
  evidence,
  evidenceForm,
  openHref,
  collapseHref,
  limit,
}: {
  columns: BoardColumn<MentionView>[];
  summaries: PerspectiveSummary[];
  evidence: ReadonlySet<string>;
  evidenceForm?: string;
  openHref: (perspective: string) => string;
  /** With a column open in full: back to the paged board. */
  collapseHref?: (perspective: string) => string;
  limit: number;
}) {
  const summaryOf = new Map(summaries.map((s) => [s.perspective, s]));
  return (
    <div
      className={`grid gap-4 md:grid-cols-2 [&>*]:min-w-0 ${GRID[columns.length] ?? "lg:grid-cols-4"}`}
      data-testid="perspective-columns"
    >
      {columns.map(({ perspective, shown, hidden, total }) => {
        const s = summaryOf.get(perspective)!;
        return (
          <section
            key={perspective}
            className="flex flex-col rounded-lg border border-slate-200 bg-slate-100/60"
            data-testid="perspective-column"
            data-perspective={perspective}
            id={`perspective-${perspective}`}
          >
            <header className="rounded-t-lg border-b border-slate-200 bg-white px-3 py-2.5">
              <div className="flex items-baseline justify-between gap-2">
                <h3 className="text-base font-semibold text-slate-900">{labelPerspective(perspective)}</h3>
                <span className="text-xs text-slate-500">{plural(s.documentCount, "article")}</span>
              </div>
              <p className="mt-0.5 text-sm font-semibold text-slate-800" data-testid="perspective-framing">
                {capitalize(s.description)}
              </p>
              <div className="mt-1.5 flex flex-wrap gap-2 text-xs">
                {STANCE_ORDER.filter((st) => s.stanceCounts[st] > 0).map((st) => (
                  <span key={st} className="inline-flex items-center gap-1 font-semibold" style={{ color: STANCE_STYLE[st].color }}>
                    <span className="inline-block h-2 w-2 rounded-full" style={{ backgroundColor: STANCE_STYLE[st].color }} />
                    {s.stanceCounts[st]} {STANCE_STYLE[st].label}
                  </span>
                ))}
              </div>
            </header>
            <div className="space-y-2 p-2">
              {shown.map((m) => (
                <MentionCard key={m.annotationId} mention={m} cited={evidence.has(m.annotationId)} evidenceForm={evidenceForm} />
              ))}
              {hidden > 0 && (
                <Link
                  href={openHref(perspective)}
                  scroll={false}
                  className="block rounded-md border border-dashed border-slate-300 bg-white px-3 py-2 text-center text-sm font-medium text-indigo-700 hover:bg-indigo-50"
                  data-testid="show-all-mentions"
                >
                  Show all {total.toLocaleString("en")} mentions ({hidden.toLocaleString("en")} more)
                </Link>
              )}
              {hidden === 0 && total > limit && collapseHref && (
                <Link
                  href={collapseHref(perspective)}
                  scroll={false}
                  className="block rounded-md px-3 py-1 text-center text-xs font-medium text-slate-600 hover:underline"
                  data-testid="show-fewer-mentions"
                >
                  Show the first {limit}
                </Link>
              )}
            </div>
          </section>
        );
      })}
    </div>
  );
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
