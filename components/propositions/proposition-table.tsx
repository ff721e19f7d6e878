import Link from "next/link";
import type { PropositionListItem } from "@/lib/views/propositions";
import { labelPerspective } from "@/lib/domain/propositions/framing";
import { ConflictFlags, StatusBadge } from "./status-badge";
import { STANCE_ORDER, STANCE_STYLE } from "./stance-style";
import { DataTable } from "@/components/ui/data-table";

/** The project's propositions, most divergent first, with mention counts per perspective and stance. */
export function PropositionTable({
  projectId,
  rows,
  perspectives,
}: {
  projectId: string;
  rows: PropositionListItem[];
  perspectives: string[];
}) {
  return (
    <DataTable
      testId="proposition-table"
      head={
        <>
          <th className="px-3 py-2">Proposition</th>
          <th className="px-3 py-2">Status</th>
          <th className="px-3 py-2">Source conflicts</th>
          {perspectives.map((p) => (
            <th key={p} className="px-3 py-2 text-center" title={labelPerspective(p)}>
              {p === "third-party" ? "Third party" : p}
            </th>
          ))}
          <th className="px-3 py-2 text-right">Mentions</th>
        </>
      }
    >
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.id} className="align-top hover:bg-slate-50" data-testid="proposition-row">
            <td className="max-w-xl px-3 py-2.5">
              <Link href={`/projects/${projectId}/propositions/${r.id}`} className="font-medium text-indigo-700 hover:underline">
                {r.statement}
              </Link>
              {r.reconciliation?.verdict && <p className="mt-0.5 text-xs text-slate-500">Verdict: {r.reconciliation.verdict}</p>}
              {r.status === "proposed" && <p className="mt-0.5 text-xs text-violet-700">Proposed by {r.createdBy}; awaiting a reviewer</p>}
            </td>
            <td className="px-3 py-2.5">
              <StatusBadge status={r.status} />
            </td>
            <td className="px-3 py-2.5">
              {r.flags.contested || r.flags.divergent ? (
                <ConflictFlags {...r.flags} />
              ) : (
                <span className="text-xs text-slate-400">none</span>
              )}
            </td>
            {perspectives.map((p) => (
              <td key={p} className="px-3 py-2.5 text-center">
                <Counts counts={r.byPerspective[p]} />
              </td>
            ))}
            <td className="px-3 py-2.5 text-right tabular-nums text-slate-700">{r.mentionCount}</td>
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <td colSpan={4 + perspectives.length} className="px-3 py-6 text-center text-slate-500">
              No propositions match this filter.
            </td>
          </tr>
        )}
      </tbody>
    </DataTable>
  );
}

function Counts({ counts }: { counts?: Record<(typeof STANCE_ORDER)[number], number> }) {
  if (!counts) return <span className="text-slate-300">·</span>;
  return (
    <span className="inline-flex flex-wrap justify-center gap-1.5 text-xs font-semibold tabular-nums">
      {STANCE_ORDER.filter((s) => counts[s] > 0).map((s) => (
        <span
          key={s}
          className="inline-flex items-center gap-0.5"
          style={{ color: STANCE_STYLE[s].color }}
          title={`${counts[s]} ${STANCE_STYLE[s].label}`}
        >
          <span className="inline-block h-2 w-2 rounded-full" style={{ backgroundColor: STANCE_STYLE[s].color }} />
          {counts[s]}
        </span>
      ))}
    </span>
  );
}
