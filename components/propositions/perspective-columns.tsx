import type { MentionView } from "@/lib/views/propositions";
import type { PerspectiveSummary } from "@/lib/domain/propositions/conflicts";
import { labelPerspective } from "@/lib/domain/propositions/framing";
import { orderPerspectives } from "@/lib/domain/propositions/proposition-overview";
import { MentionCard } from "./mention-card";
import { STANCE_ORDER, STANCE_STYLE } from "./stance-style";
import { plural } from "./format";

const GRID: Record<number, string> = {
  1: "lg:grid-cols-1",
  2: "lg:grid-cols-2",
  3: "lg:grid-cols-3",
};

/** The perspectives side by side: each one's framing in a sentence, its stance counts, its mentions. */
export function PerspectiveColumns({
  mentions,
  summaries,
  evidence,
  evidenceForm,
}: {
  mentions: MentionView[];
  summaries: PerspectiveSummary[];
  evidence: ReadonlySet<string>;
  evidenceForm?: string;
}) {
  const order = orderPerspectives(mentions.map((m) => m.perspective));
  const summaryOf = new Map(summaries.map((s) => [s.perspective, s]));
  return (
    <div className={`grid gap-4 md:grid-cols-2 [&>*]:min-w-0 ${GRID[order.length] ?? "lg:grid-cols-4"}`} data-testid="perspective-columns">
      {order.map((perspective) => {
        const s = summaryOf.get(perspective)!;
        const ms = mentions.filter((m) => m.perspective === perspective);
        return (
          <section
            key={perspective}
            className="flex flex-col rounded-lg border border-slate-200 bg-slate-100/60"
            data-testid="perspective-column"
            data-perspective={perspective}
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
              {ms.map((m) => (
                <MentionCard key={m.annotationId} mention={m} cited={evidence.has(m.annotationId)} evidenceForm={evidenceForm} />
              ))}
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
