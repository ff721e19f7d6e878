import Link from "next/link";
import type { Metadata } from "next";
import { pageProjectScope } from "@/lib/server/access/page-guards";
import { myQueue } from "@/lib/server/projects/assignments";
import { zeroStatusCounts } from "@/lib/domain/projects/annotator-status";
import { AssignmentStatusBadge, DocumentStatusBadge } from "@/components/assignment/status-badge";
import { DataTable } from "@/components/ui/data-table";
import { DateText } from "@/components/ui/date-text";

export const metadata: Metadata = { title: "My queue" };

export default async function QueuePage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const scope = await pageProjectScope(projectId);
  const queue = await myQueue(scope);
  const counts = zeroStatusCounts();
  for (const q of queue) counts[q.status]++;
  return (
    <div>
      <p className="mb-3 text-sm text-slate-600" data-testid="queue-summary">
        {queue.length === 0
          ? "Nothing is assigned to you in this project yet."
          : `${queue.length} assigned: ${counts.in_progress} in progress, ${counts.todo} to do, ${counts.done} done.`}
        {counts.in_progress + counts.todo > 0 && (
          <Link
            href={`/projects/${projectId}/queue/next`}
            className="ml-3 font-medium text-indigo-700 hover:underline"
            data-testid="queue-next"
          >
            Next document →
          </Link>
        )}
      </p>
      {queue.length > 0 && (
        <DataTable
          testId="queue-table"
          head={
            <>
              <th className="px-3 py-2">Document</th>
              <th className="px-3 py-2">Outlet</th>
              <th className="px-3 py-2">My status</th>
              <th className="px-3 py-2 text-right">My spans</th>
              <th className="px-3 py-2">Adjudication</th>
              <th className="px-3 py-2">Assigned</th>
            </>
          }
        >
          <tbody className="divide-y divide-slate-100">
            {queue.map((q) => (
              <tr key={q.documentId} className="hover:bg-slate-50">
                <td className="px-3 py-2">
                  <Link href={`/documents/${q.documentId}`} className="font-medium text-indigo-700 hover:underline">
                    {q.title}
                  </Link>
                </td>
                <td className="px-3 py-2 text-slate-700">{q.outlet}</td>
                <td className="px-3 py-2">
                  <AssignmentStatusBadge status={q.status} />
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{q.spans}</td>
                <td className="px-3 py-2">
                  <DocumentStatusBadge status={q.documentStatus} />
                </td>
                <td className="px-3 py-2 whitespace-nowrap text-slate-600">
                  <DateText value={q.assignedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}
