import type { HistoryEvent } from "@/lib/views/history";
import { describeEvent } from "./describe-event";
import { DataTable } from "@/components/ui/data-table";
import { DateText } from "@/components/ui/date-text";

const TONES: Record<string, string> = {
  create: "bg-emerald-50 text-emerald-800",
  update: "bg-amber-50 text-amber-900",
  delete: "bg-rose-50 text-rose-800",
  accept: "bg-emerald-100 text-emerald-900",
  edit: "bg-indigo-50 text-indigo-800",
  reject: "bg-slate-200 text-slate-800",
  undo: "bg-orange-50 text-orange-800",
  status: "bg-sky-50 text-sky-800",
};

export function HistoryTable({ events, people }: { events: HistoryEvent[]; people: Record<string, string> }) {
  if (events.length === 0) return <p className="text-sm text-slate-500">Nothing has happened to this document yet.</p>;
  return (
    <DataTable
      testId="history-table"
      head={
        <>
          <th className="px-3 py-2">When</th>
          <th className="px-3 py-2">Who</th>
          <th className="px-3 py-2">What</th>
          <th className="px-3 py-2">Where</th>
          <th className="px-3 py-2">Before → after</th>
        </>
      }
    >
      <tbody className="divide-y divide-slate-100">
        {events.map((e) => {
          const d = describeEvent(e, people);
          return (
            <tr key={e.id} className="align-top">
              <td className="whitespace-nowrap px-3 py-2 tabular-nums text-slate-600">
                <DateText value={e.at} />
              </td>
              <td className="whitespace-nowrap px-3 py-2 font-medium">{e.actorName}</td>
              <td className="px-3 py-2">
                <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${TONES[e.action] ?? ""}`}>{d.title}</span>
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-600">{d.where}</td>
              <td className="px-3 py-2 text-slate-800">
                {d.lines.map((l, i) => (
                  <div key={i} className={i > 0 ? "text-slate-600" : undefined}>
                    {l}
                  </div>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
