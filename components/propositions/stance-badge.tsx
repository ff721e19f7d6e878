import type { LinkStance } from "@/lib/domain/propositions/link-stances";
import { STANCE_STYLE } from "./stance-style";

export function StanceBadge({ stance, className = "" }: { stance: LinkStance; className?: string }) {
  const s = STANCE_STYLE[stance];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ${className}`}
      style={{ backgroundColor: s.tint, color: s.color }}
      title={s.help}
      data-stance={stance}
    >
      <span className="inline-block h-2 w-2 rounded-full" style={{ backgroundColor: s.color }} aria-hidden />
      {s.label}
    </span>
  );
}
