"use client";
import { useState } from "react";
import { ANNOTATOR_STATUS_NAMES as NAMES, type AnnotatorStatus, type SettableAnnotatorStatus } from "@/lib/domain/annotator-status";

/** PUT the annotator's own status; throws with the server's message. */
export async function putMyStatus(documentId: string, status: SettableAnnotatorStatus): Promise<void> {
  const res = await fetch(`/api/documents/${encodeURIComponent(documentId)}/status`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ status }),
  });
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    throw new Error(body?.error?.message ?? `The server answered ${res.status}.`);
  }
}

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
    try {
      await putMyStatus(documentId, next);
      onStatus(next);
    } catch (e) {
      onError(`Could not change the document's status: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex items-center gap-2">
      <span
        data-testid="doc-status"
        className={`rounded-full px-2 py-0.5 text-xs font-medium ${
          shown === "done" ? "bg-emerald-50 text-emerald-700" : shown === "in_progress" ? "bg-amber-50 text-amber-800" : "bg-slate-100 text-slate-600"
        }`}
      >
        {NAMES[shown]}
      </span>
      <button
        type="button"
        onClick={toggle}
        disabled={busy || disabled}
        className={`rounded-md px-2.5 py-1 text-sm font-medium shadow-sm transition disabled:opacity-50 ${
          shown === "done" ? "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50" : "bg-emerald-600 text-white hover:bg-emerald-700"
        }`}
      >
        {shown === "done" ? "Reopen" : "Mark done"}
      </button>
    </div>
  );
}
