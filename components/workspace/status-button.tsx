"use client";
import { useState } from "react";
import { ANNOTATOR_STATUS_NAMES as NAMES, type AnnotatorStatus } from "@/lib/domain/projects/annotator-status";
import { putMyStatus } from "@/lib/client/status-requests";

/** The annotator's own status on this document (kept by the workspace): mark it done, or reopen it. */
export function StatusButton({
  documentId,
  status,
  onStatus,
  hasSpans,
  disabled,
  onError,
}: {
  documentId: string;
  status: AnnotatorStatus;
  onStatus: (status: AnnotatorStatus) => void;
  hasSpans: boolean;
  disabled: boolean;
  onError: (message: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  // The server moves "to do" to "in progress" with the first span.
  const shown: AnnotatorStatus = status === "todo" && hasSpans ? "in_progress" : status;
  const next = shown === "done" ? "in_progress" : "done";

  async function toggle() {
    setBusy(true);
    const r = await putMyStatus(documentId, next);
    setBusy(false);
    if (r.ok) onStatus(next);
    else onError(`Could not change the document's status: ${r.error.message}`);
  }

  return (
    <div className="flex items-center gap-2">
      <span
        data-testid="doc-status"
        className={`rounded-full px-2 py-0.5 text-xs font-medium ${
          shown === "done"
            ? "bg-emerald-50 text-emerald-700"
            : shown === "in_progress"
              ? "bg-amber-50 text-amber-800"
              : "bg-slate-100 text-slate-600"
        }`}
      >
        {NAMES[shown]}
      </span>
      <button
        type="button"
        onClick={toggle}
        disabled={busy || disabled}
        className={`rounded-md px-2.5 py-1 text-sm font-medium shadow-sm transition disabled:opacity-50 ${
          shown === "done"
            ? "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50"
            : "bg-emerald-600 text-white hover:bg-emerald-700"
        }`}
      >
        {shown === "done" ? "Reopen" : "Mark done"}
      </button>
    </div>
  );
}
