import type { Snippet } from "@/lib/domain/text/snippet";

/** The claim highlighted inside its surrounding text. */
export function ClaimContext({ context, tint, className = "" }: { context: Snippet; tint: string; className?: string }) {
  return (
    <p className={`text-sm leading-relaxed text-slate-600 ${className}`}>
      {context.clippedBefore && "… "}
      {context.before}
      <mark className="rounded px-0.5 font-medium text-slate-900" style={{ backgroundColor: tint }}>
        {context.match}
      </mark>
      {context.after}
      {context.clippedAfter && " …"}
    </p>
  );
}
