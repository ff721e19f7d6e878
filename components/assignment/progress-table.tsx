"use client";
import Link from "next/link";
import { useState, useTransition } from "react";
import { assignmentAction } from "@/lib/actions/assignments";
import type { ProjectProgress } from "@/lib/views/progress";
import type { AssignmentCommand } from "@/lib/schemas/assignment";
import { Alert } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { TextInput } from "@/components/ui/field";
import { AssignmentStatusBadge, DocumentStatusBadge } from "./status-badge";

/** Documents × annotators: each cell an assignment's status, with assign / reassign / unassign by hand. */
export function ProgressTable({ projectId, progress, canReview }: { projectId: string; progress: ProjectProgress; canReview: boolean }) {
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [perDocument, setPerDocument] = useState(progress.annotatorsPerDocument);
  const [pending, start] = useTransition();
  const [ask, confirmDialog] = useConfirm();
  const send = (command: AssignmentCommand, done: string) =>
    start(async () => {
      const r = await assignmentAction(projectId, command);
      setNotice(r.ok ? { tone: "success", text: r.message ?? done } : { tone: "error", text: r.error });
    });
  const { annotators, documents } = progress;
  const name = (id: string) => annotators.find((a) => a.id === id)?.name ?? "a former annotator";
  return (
    <div className="space-y-4">
      <form
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        onSubmit={(e) => {
          e.preventDefault();
          send({ action: "auto", annotatorsPerDocument: perDocument }, "Distributed.");
        }}
      >
        <label className="text-sm">
          <span className="font-medium text-slate-700">Annotators per document</span>
          <TextInput
            type="number"
            min={1}
            max={10}
            value={perDocument}
            onChange={(e) => setPerDocument(Number(e.target.value))}
            className="w-24"
          />
        </label>
        <Button type="submit" disabled={pending}>
          Distribute automatically
        </Button>
        <p className="text-xs text-slate-500 sm:max-w-md">
          Fills every document up to this number, giving each new assignment to the annotator with the fewest, never the same person twice
          on a document. Existing assignments stay.
        </p>
      </form>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {confirmDialog}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-sm" data-testid="progress-table">
          <thead className="bg-slate-50 text-left text-xs text-slate-500">
            <tr>
              <th className="px-3 py-2 uppercase tracking-wide">Document</th>
              {annotators.map((a) => (
                <th key={a.id} className="px-3 py-2 text-center">
                  <div className="font-semibold normal-case text-slate-700">{a.name}</div>
                  <div className="font-normal tabular-nums">
                    {a.done} / {a.assigned} done
                  </div>
                </th>
              ))}
              <th className="px-3 py-2 uppercase tracking-wide">Status</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {documents.map((d) => {
              const short = d.assignments.length < progress.annotatorsPerDocument;
              const others = d.assignments.filter((a) => !annotators.some((x) => x.id === a.userId));
              return (
                <tr key={d.id} className="align-top hover:bg-slate-50">
                  <td className="px-3 py-2">
                    <Link href={`/documents/${d.id}`} className="font-medium text-indigo-700 hover:underline">
                      {d.title}
                    </Link>
                    <div className="text-xs text-slate-500">
                      {d.outlet} · {d.assignments.length} of {progress.annotatorsPerDocument} assigned
                      {short && <span className="text-amber-700"> (short)</span>}
                    </div>
                    {others.length > 0 && (
                      <div className="text-xs text-slate-500">also: {others.map((o) => name(o.userId)).join(", ")}</div>
                    )}
                  </td>
                  {annotators.map((a) => {
                    const cell = d.assignments.find((x) => x.userId === a.id);
                    const free = annotators.filter((x) => !d.assignments.some((y) => y.userId === x.id));
                    return (
                      <td key={a.id} className="px-3 py-2 text-center" data-testid={`cell-${d.id}-${a.id}`}>
                        {cell ? (
                          <div className="flex flex-col items-center gap-1">
                            <AssignmentStatusBadge status={cell.status} />
                            <span className="text-xs tabular-nums text-slate-500">{cell.spans} spans</span>
                            <div className="flex flex-wrap justify-center gap-1">
                              {free.length > 0 && (
                                <select
                                  aria-label={`Reassign ${d.title} from ${a.name}`}
                                  disabled={pending}
                                  value=""
                                  className="rounded border border-slate-300 bg-white px-1 py-0.5 text-xs text-slate-700"
                                  onChange={(e) =>
                                    e.target.value &&
                                    send(
                                      { action: "reassign", documentId: d.id, fromUserId: a.id, toUserId: e.target.value },
                                      `Reassigned to ${name(e.target.value)}.`,
                                    )
                                  }
                                >
                                  <option value="">Reassign…</option>
                                  {free.map((f) => (
                                    <option key={f.id} value={f.id}>
                                      to {f.name}
                                    </option>
                                  ))}
                                </select>
                              )}
                              <button
                                type="button"
                                disabled={pending}
                                className="rounded px-1 text-xs text-slate-500 hover:bg-rose-50 hover:text-rose-700"
                                aria-label={`Unassign ${a.name} from ${d.title}`}
                                onClick={() =>
                                  ask({
                                    title: `Unassign ${a.name}?`,
                                    body: (
                                      <p>
                                        “{d.title}” leaves {a.name}&apos;s queue
                                        {cell.spans > 0
                                          ? ` and their ${cell.spans} span${cell.spans === 1 ? "" : "s"} no longer count${cell.spans === 1 ? "s" : ""} for adjudication`
                                          : ""}
                                        . You can assign them again.
                                      </p>
                                    ),
                                    confirmLabel: "Unassign",
                                    run: () => send({ action: "unassign", documentId: d.id, userId: a.id }, `Unassigned ${a.name}.`),
                                  })
                                }
                              >
                                Unassign
                              </button>
                            </div>
                          </div>
                        ) : (
                          <button
                            type="button"
                            disabled={pending}
                            className="rounded border border-dashed border-slate-300 px-2 py-0.5 text-xs text-slate-500 hover:border-indigo-400 hover:text-indigo-700"
                            aria-label={`Assign ${a.name} to ${d.title}`}
                            onClick={() => send({ action: "assign", documentId: d.id, userId: a.id }, `Assigned ${a.name}.`)}
                          >
                            + Assign
                          </button>
                        )}
                      </td>
                    );
                  })}
                  <td className="px-3 py-2">
                    <DocumentStatusBadge status={d.status} />
                    {canReview && (
                      <div>
                        <Link href={`/documents/${d.id}/review`} className="text-xs text-indigo-700 hover:underline">
                          Review
                        </Link>
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
