const TONES: Record<string, string> = {
  proposed: "bg-violet-50 text-violet-700 ring-violet-200",
  open: "bg-slate-100 text-slate-700 ring-slate-200",
  contested: "bg-orange-50 text-orange-800 ring-orange-200",
  reconciled: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  retired: "bg-slate-100 text-slate-500 ring-slate-200 line-through",
  merged: "bg-slate-100 text-slate-500 ring-slate-200",
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span
      className={`inline-flex items-center rounded-md px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONES[status] ?? TONES.open}`}
      data-testid="proposition-status"
    >
      {status}
    </span>
  );
}

/** The two conflict flags as compact badges. */
export function ConflictFlags({ contested, divergent }: { contested: boolean; divergent: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      {contested && (
        <span
          className="rounded-md bg-orange-600 px-1.5 py-0.5 text-xs font-semibold text-white"
          title="Sources both support and refute it"
        >
          contested
        </span>
      )}
      {divergent && (
        <span
          className="rounded-md bg-amber-400 px-1.5 py-0.5 text-xs font-semibold text-amber-950"
          title="Perspectives frame it at different strengths (own voice vs. attributed)"
        >
          framing divergence
        </span>
      )}
    </span>
  );
}
