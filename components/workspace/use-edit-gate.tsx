"use client";
import { useMemo, useRef, useState, type ReactNode } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { putMyStatus } from "@/lib/client/status-requests";
import type { AnnotatorStatus } from "@/lib/domain/projects/annotator-status";

export interface EditGate {
  /** True while an edit must be confirmed first (marked done, or the document is adjudicated). */
  needed(): boolean;
  /** Ask; on confirm, reopen the annotator's status and run the edit. */
  ask(run: () => void): void;
}

/**
 * Editing a document the annotator marked done, or one already adjudicated, asks first: the
 * change reopens their status (in progress), so it is not counted as finished work by
 * accident. Asked once per page; the answer holds until they mark it done again.
 */
export function useEditGate(
  documentId: string,
  documentStatus: string,
  status: AnnotatorStatus,
  setStatus: (s: AnnotatorStatus) => void,
  onError: (m: string) => void,
): { gate: EditGate; dialog: ReactNode } {
  const statusRef = useRef(status);
  statusRef.current = status;
  const allowedRef = useRef(false);
  const [pending, setPending] = useState<(() => void) | null>(null);
  const adjudicated = documentStatus === "adjudicated";
  const gate = useMemo<EditGate>(
    () => ({
      needed: () => statusRef.current === "done" || (adjudicated && !allowedRef.current),
      ask: (run) => setPending(() => run),
    }),
    [adjudicated],
  );
  const confirm = async () => {
    const run = pending;
    setPending(null);
    if (statusRef.current === "done") {
      const r = await putMyStatus(documentId, "in_progress");
      if (!r.ok) return onError(`Could not reopen the document: ${r.error.message}`);
      statusRef.current = "in_progress";
      setStatus("in_progress");
    }
    allowedRef.current = true;
    run?.();
  };
  const dialog = pending ? (
    <ConfirmDialog
      title={status === "done" ? "Reopen this document to edit it?" : "Edit an adjudicated document?"}
      confirmLabel={status === "done" ? "Reopen and edit" : "Edit anyway"}
      tone="primary"
      onCancel={() => setPending(null)}
      onConfirm={() => void confirm()}
    >
      {status === "done" && (
        <p>You marked it done. Editing sets your status back to in progress; mark it done again when you have finished.</p>
      )}
      {adjudicated && (
        <p>
          Its gold layer is settled. Your changes alter only your own layer; a reviewer has to reopen adjudication for them to reach gold.
        </p>
      )}
    </ConfirmDialog>
  ) : null;
  return { gate, dialog };
}
