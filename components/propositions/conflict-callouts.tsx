import type { PropositionConflict } from "@/lib/domain/conflicts";

const KIND = {
  contested: { title: "Contested", icon: "⚔", box: "border-orange-300 bg-orange-50", head: "text-orange-800" },
  framing_divergence: { title: "Framing divergence", icon: "◐", box: "border-amber-300 bg-amber-50", head: "text-amber-900" },
} as const;

/** Source conflicts, named, with the sentence lib/domain/conflicts writes for each. */
export function ConflictCallouts({ conflicts, labels }: { conflicts: PropositionConflict[]; labels: ReadonlyMap<string, string> }) {
  if (conflicts.length === 0) {
    return (
      <p className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm text-slate-600" data-testid="no-conflicts">
        No source conflict detected: the linked sources do not contradict each other or frame it at different strengths.
      </p>
    );
  }
  return (
    <div className={`grid gap-3 ${conflicts.length > 1 ? "lg:grid-cols-2" : ""}`}>
      {conflicts.map((c, i) => {
        const k = KIND[c.kind];
        return (
          <div key={i} role="note" className={`rounded-lg border-2 px-4 py-3 ${k.box}`} data-testid="conflict-callout" data-kind={c.kind}>
            <p className={`flex items-center gap-2 text-sm font-bold uppercase tracking-wide ${k.head}`}>
              <span aria-hidden>{k.icon}</span>
              {k.title}
              <span className="font-normal normal-case tracking-normal text-slate-500">· {c.mentionIds.length} mentions involved</span>
            </p>
            <p className="mt-1 text-sm leading-relaxed text-slate-800">{stripLead(c.message)}</p>
            <p className="mt-1.5 flex flex-wrap gap-1.5 text-xs">
              {c.mentionIds.map((id, n) => (
                <a key={id} href={`#mention-${id}`} className="rounded bg-white/70 px-1.5 py-0.5 text-slate-700 ring-1 ring-slate-300 hover:bg-white">
                  {labels.get(id) ?? `mention ${n + 1}`}
                </a>
              ))}
            </p>
          </div>
        );
      })}
    </div>
  );
}

/** The title already says "Contested"; drop the message's own lead-in so it is not said twice. */
function stripLead(message: string): string {
  return message.replace(/^Contested:\s*/, "").replace(/^(Sources frame it(?:s rejection)? differently):\s*/, "$1: ");
}
