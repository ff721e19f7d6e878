"use client";
import { useCallback, useRef, useState, type ReactNode } from "react";
import type { WorkspaceModel } from "@/lib/client/workspace-model";
import type { ClaimLink } from "@/lib/views/claim-linking";
import { loadClaimLinking, recentClaimLinks } from "@/components/propositions/use-claim-linking";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

interface Asking {
  text: string;
  links: readonly ClaimLink[];
  resolve: (answer: DeleteAnswer) => void;
}

/** Whether to delete, and whether the annotator was asked first (then the wait was theirs, not the app's). */
export interface DeleteAnswer {
  ok: boolean;
  asked: boolean;
}

/**
 * Deleting a claim that is linked to propositions first says which links go with it (undo
 * brings them back). Other spans are deleted at once: undo is the safety net there.
 */
export function useDeleteConfirm(
  model: WorkspaceModel,
  projectId: string,
): { beforeDelete: (key: string) => Promise<DeleteAnswer> | null; dialog: ReactNode } {
  const [asking, setAsking] = useState<Asking | null>(null);
  const modelRef = useRef(model);
  const beforeDelete = useCallback(
    (key: string) => {
      const span = modelRef.current.get(key);
      const id = modelRef.current.serverId(key);
      if (!span || span.label !== "claim" || !id) return null;
      // The link panel loaded this claim's links when it was selected: a claim shown unlinked
      // a moment ago goes at once; otherwise wait for the panel's load under way, or ask anew.
      const known = recentClaimLinks.get(id);
      if (known?.length === 0) return null;
      const links = known
        ? Promise.resolve(known)
        : // Could not tell (!r.ok): delete (undo restores the links anyway).
          loadClaimLinking(projectId, id).then((r) => (r.ok ? r.data.links : []));
      return links.then((l) =>
        l.length === 0
          ? { ok: true, asked: false }
          : new Promise<DeleteAnswer>((resolve) => setAsking({ text: span.text, links: l, resolve })),
      );
    },
    [projectId],
  );
  const close = (ok: boolean) => {
    asking?.resolve({ ok, asked: true });
    setAsking(null);
  };
  const dialog = asking ? (
    <ConfirmDialog
      title="Delete this linked claim?"
      confirmLabel={`Delete and unlink (${asking.links.length})`}
      onConfirm={() => close(true)}
      onCancel={() => close(false)}
    >
      <p className="line-clamp-3 italic">“{asking.text}”</p>
      <p>Deleting it removes its links to:</p>
      <ul className="list-disc space-y-1 pl-5" data-testid="unlinks">
        {asking.links.map((l) => (
          <li key={l.propositionId}>
            {l.statement} <span className="text-slate-500">({l.stance})</span>
          </li>
        ))}
      </ul>
      <p className="text-xs">Undo (Ctrl+Z) brings the claim back with these links.</p>
    </ConfirmDialog>
  ) : null;
  return { beforeDelete, dialog };
}
