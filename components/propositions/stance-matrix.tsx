import type { MentionView } from "@/lib/views/propositions";
import { labelPerspective } from "@/lib/domain/propositions/framing";
import { orderPerspectives, zeroStances } from "@/lib/domain/propositions/proposition-overview";
import { STANCE_ORDER, STANCE_STYLE } from "./stance-style";

/** Perspective × stance counts; a cell's tint deepens with its share of the row. */
export function StanceMatrix({ mentions }: { mentions: MentionView[] }) {
  const perspectives = orderPerspectives(mentions.map((m) => m.perspective));
  const counts = new Map(perspectives.map((p) => [p, zeroStances()]));
  for (const m of mentions) counts.get(m.perspective)![m.stance] += 1;
  const totals = zeroStances();
  for (const m of mentions) totals[m.stance] += 1;
  return (
    // Scrolls inside itself on a narrow screen rather than widen the page.
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="stance-matrix">
        <thead>
          <tr className="text-xs uppercase tracking-wide text-slate-500">
            <th className="px-2 py-1.5 text-left font-medium">Perspective</th>
            {STANCE_ORDER.map((s) => (
              <th key={s} className="px-2 py-1.5 text-center font-semibold" style={{ color: STANCE_STYLE[s].color }}>
                {STANCE_STYLE[s].label}
              </th>
            ))}
            <th className="px-2 py-1.5 text-right font-medium">total</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {perspectives.map((p) => {
            const row = counts.get(p)!;
            const total = STANCE_ORDER.reduce((n, s) => n + row[s], 0);
            return (
              <tr key={p}>
                <th className="px-2 py-1.5 text-left font-medium text-slate-800">{labelPerspective(p)}</th>
                {STANCE_ORDER.map((s) => (
                  <td key={s} className="px-1 py-1 text-center">
                    <span
                      className={`inline-block min-w-9 rounded px-2 py-1 tabular-nums ${row[s] ? "font-bold" : "text-slate-300"}`}
                      style={
                        row[s]
                          ? {
                              backgroundColor: STANCE_STYLE[s].color + alpha(row[s] / total),
                              color: row[s] / total > 0.5 ? "#fff" : "#0f172a",
                            }
                          : undefined
                      }
                    >
                      {row[s]}
                    </span>
                  </td>
                ))}
                <td className="px-2 py-1.5 text-right tabular-nums text-slate-600">{total}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-200 text-slate-700">
            <th className="px-2 py-1.5 text-left font-semibold">All</th>
            {STANCE_ORDER.map((s) => (
              <td key={s} className="px-2 py-1.5 text-center font-semibold tabular-nums">
                {totals[s]}
              </td>
            ))}
            <td className="px-2 py-1.5 text-right font-semibold tabular-nums">{mentions.length}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Hex alpha from 0x33 (a small share) to 0xff (all of the row). */
function alpha(share: number): string {
  return Math.round(0x33 + share * (0xff - 0x33))
    .toString(16)
    .padStart(2, "0");
}
