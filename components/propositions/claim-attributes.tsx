/** A claim's attributes (holder, stance, voice, hedged) as compact chips. */
export function ClaimAttributes({ attributes }: { attributes: Record<string, unknown> }) {
  const chips: string[] = [];
  if (typeof attributes.holder === "string" && attributes.holder) chips.push(`held by ${attributes.holder}`);
  if (attributes.stance === "denies") chips.push("a denial");
  if (attributes.voice === "outlet") chips.push("outlet's own voice");
  if (attributes.voice === "attributed") chips.push("attributed");
  if (attributes.hedged === true) chips.push("hedged");
  if (chips.length === 0) return null;
  return (
    <p className="mt-2 flex flex-wrap gap-1 text-xs">
      {chips.map((c) => (
        <span key={c} className="rounded border border-slate-200 px-1.5 py-0.5 text-slate-600">
          {c}
        </span>
      ))}
    </p>
  );
}
