import type { PropositionConflict } from "@/lib/domain/propositions/conflicts";
import { labelPerspective } from "@/lib/domain/propositions/framing";

const KIND = {
  contested: { title: "Contested", icon: "⚔", box: "border-orange-400 bg-orange-50", head: "text-orange-800" },
  framing_divergence: { title: "Framing divergence", icon: "◐", box: "border-amber-400 bg-amber-50", head: "text-amber-900" },
} as const;

/** Source conflicts, named, with the sentence lib/domain/propositions/conflicts writes for each. */
export function ConflictCallouts({ conflicts }: { conflicts: PropositionConflict[] }) {
  if (conflicts.length === 0) {
    return (
      <p className="rounded-lg border border-slate-200 bg-white px-4 py-2.5 text-sm text-slate-600" data-testid="no-conflicts">
        No source conflict detected: the linked sources neither contradict each other nor frame it at different strengths.
      </p>
    );
  }
  return (
    <div className={`grid gap-3 ${conflicts.length > 1 ? "lg:grid-cols-2" : ""}`}>
      {conflicts.map((c) => {
        const k = KIND[c.kind];
        return (
          <div
            key={c.kind + c.message}
            role="note"
            className={`rounded-lg border-l-4 px-4 py-2.5 shadow-sm ${k.box}`}
            data-testid="conflict-callout"
            data-kind={c.kind}
          >
            <p className={`flex flex-wrap items-baseline gap-x-2 text-sm font-bold uppercase tracking-wide ${k.head}`}>
              <span aria-hidden>{k.icon}</span>
              {k.title}
              <span className="text-xs font-normal normal-case tracking-normal text-slate-500">
                {c.mentionIds.length} mentions · {c.perspectives.map(labelPerspective).join(" vs ")}
              </span>
            </p>
            <p className="mt-0.5 text-sm leading-snug text-slate-800">{stripLead(c.message)}</p>
          </div>
        );
      })}
    </div>
  );
}

/** The title already says "Contested"; drop the message's own lead-in so it is not said twice. */
function stripLead(message: string): string {
  const rest = message.replace(/^Contested:\s*/, "");
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
