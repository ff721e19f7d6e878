import type { MentionView } from "@/lib/views/propositions";
import { labelPerspective } from "@/lib/domain/propositions/framing";
import { layoutTimeline } from "@/lib/domain/propositions/timeline-layout";
import { STANCE_ORDER, STANCE_STYLE } from "./stance-style";
import { formatDay } from "./format";

const R = 7;

/**
 * Mentions over time, server-rendered SVG: x = publication day (ordinal, gaps written on the
 * axis; see lib/domain/propositions/timeline-layout), rows = perspectives, colour = stance, filled = the
 * outlet's own voice, hollow = attributed, dashed ring = hedged. Each dot links to its card
 * (`cardHref`: the board pages its columns, so a card may need its column opened first).
 */
export function TimelineChart({
  mentions,
  cardHref = (m) => `#mention-${m.annotationId}`,
}: {
  mentions: MentionView[];
  cardHref?: (mention: MentionView) => string;
}) {
  if (mentions.length === 0) return <p className="text-sm text-slate-500">No mentions to plot yet.</p>;
  const layout = layoutTimeline(
    mentions.map((m) => ({ id: m.annotationId, perspective: m.perspective, publishedAt: m.publishedAt })),
    { left: 150, spread: 26 },
  );
  const byId = new Map(mentions.map((m) => [m.annotationId, m]));
  const { plot } = layout;
  return (
    <figure>
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="h-auto w-full"
        role="img"
        aria-label="Timeline of mentions by perspective and publication date"
        data-testid="timeline-chart"
      >
        {layout.rows.map((r, i) => (
          <g key={r.perspective}>
            <rect x={plot.left - 24} y={r.y - 23} width={plot.right - plot.left + 48} height={46} fill={i % 2 ? "#ffffff" : "#f8fafc"} />
            <text x={plot.left - 32} y={r.y + 4} textAnchor="end" fontSize={13} fontWeight={600} fill="#334155">
              {shortLabel(r.perspective)}
            </text>
            <line x1={plot.left - 20} x2={plot.right + 20} y1={r.y} y2={r.y} stroke="#e2e8f0" />
          </g>
        ))}
        {layout.columns.map((c, i) => (
          <g key={c.key}>
            <line x1={c.x} x2={c.x} y1={plot.top} y2={plot.bottom} stroke="#cbd5e1" strokeDasharray="2 4" />
            <text x={c.x} y={plot.bottom + 18} textAnchor="middle" fontSize={12} fontWeight={600} fill="#334155">
              {c.key === "undated" ? "undated" : formatDay(c.key)}
            </text>
            {c.gapLabel && i > 0 && (
              <text x={(c.x + layout.columns[i - 1].x) / 2} y={plot.bottom + 38} textAnchor="middle" fontSize={11} fill="#64748b">
                ← {c.gapLabel} →
              </text>
            )}
          </g>
        ))}
        {layout.points.map((p) => {
          const m = byId.get(p.id)!;
          const color = STANCE_STYLE[m.stance].color;
          const own = m.voice === "outlet";
          return (
            <a key={p.id} href={cardHref(m)}>
              <title>{`${m.outlet}, ${formatDay(m.publishedAt)}: ${m.stance}${own ? ", outlet's own voice" : ", attributed"}${m.hedged ? ", hedged" : ""} — “${m.text}”`}</title>
              {m.hedged && <circle cx={p.x} cy={p.y} r={R + 4.5} fill="none" stroke={color} strokeWidth={1.5} strokeDasharray="3 2.5" />}
              <circle
                cx={p.x}
                cy={p.y}
                r={R}
                fill={own ? color : "#ffffff"}
                stroke={color}
                strokeWidth={own ? 1 : 2.5}
                data-stance={m.stance}
              />
            </a>
          );
        })}
      </svg>
      <figcaption className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600">
        {STANCE_ORDER.map((s) => (
          <span key={s} className="inline-flex items-center gap-1.5">
            <svg width="14" height="14" aria-hidden>
              <circle cx="7" cy="7" r="6" fill={STANCE_STYLE[s].color} />
            </svg>
            {STANCE_STYLE[s].label}
          </span>
        ))}
        <span className="text-slate-300">|</span>
        <span className="inline-flex items-center gap-1.5">
          <svg width="14" height="14" aria-hidden>
            <circle cx="7" cy="7" r="6" fill="#475569" />
          </svg>
          outlet&apos;s own voice
        </span>
        <span className="inline-flex items-center gap-1.5">
          <svg width="14" height="14" aria-hidden>
            <circle cx="7" cy="7" r="5" fill="#fff" stroke="#475569" strokeWidth="2" />
          </svg>
          attributed to a holder
        </span>
        <span className="inline-flex items-center gap-1.5">
          <svg width="20" height="20" aria-hidden>
            <circle cx="10" cy="10" r="5" fill="#475569" />
            <circle cx="10" cy="10" r="8.5" fill="none" stroke="#475569" strokeWidth="1.5" strokeDasharray="3 2.5" />
          </svg>
          hedged
        </span>
        <span className="text-slate-400">Days are evenly spaced; the gap between them is written under the axis.</span>
      </figcaption>
    </figure>
  );
}

/** "South Korea", "Third party": the row labels must fit the left margin. */
function shortLabel(perspective: string): string {
  return labelPerspective(perspective).replace(/ \(\w+\)$/, "");
}
