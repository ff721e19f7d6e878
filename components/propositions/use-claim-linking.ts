"use client";
import { startTransition, useCallback, useEffect, useState } from "react";
import type { ApiResult } from "@/lib/client/api-call";
import type { ClaimLink, ClaimLinking } from "@/lib/views/claim-linking";
import { RecentAnswers } from "@/lib/client/recent-answers";
import { fetchClaimLinking } from "./proposition-api";

/**
 * The links of the claims this page loaded in the last minute: what the annotator was shown.
 * Deleting one of them asks (or not) from this, without waiting for the server again.
 */
export const recentClaimLinks = new RecentAnswers<readonly ClaimLink[]>(60_000);

/** Loads under way, so a delete pressed while the panel is still loading waits for that answer instead of asking again. */
const loading = new Map<string, Promise<ApiResult<ClaimLinking>>>();

/**
 * A claim's links and ranked propositions: the load already under way for it, or a new one
 * (always a new one with `fresh`: after a change, an answer from before it would be stale).
 */
export function loadClaimLinking(projectId: string, annotationId: string, fresh = false): Promise<ApiResult<ClaimLinking>> {
  const under = loading.get(annotationId);
  if (under && !fresh) return under;
  const p: Promise<ApiResult<ClaimLinking>> = fetchClaimLinking(projectId, annotationId).then((r) => {
    if (loading.get(annotationId) !== p) return r; // a fresher load was started: its answer is the one to keep
    if (r.ok) recentClaimLinks.set(annotationId, r.data.links);
    else recentClaimLinks.forget(annotationId);
    return r;
  });
  loading.set(annotationId, p);
  void p.finally(() => loading.get(annotationId) === p && loading.delete(annotationId));
  return p;
}

/**
 * One claim's links and ranked propositions, loaded from the JSON API, and `run` for a change
 * to them: one change at a time (`busy`), its error shown, the data reloaded after it
 * whatever the outcome, `onChange` told when it succeeded.
 */
export function useClaimLinking(projectId: string, annotationId: string, enabled: boolean, onChange?: () => void) {
  const [data, setData] = useState<ClaimLinking | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // urgent: reloading after a change made here (fresh data, shown at once).
  const load = useCallback(
    async (urgent = false) => {
      const r = await loadClaimLinking(projectId, annotationId, urgent);
      const show = () => {
        if (r.ok) setData(r.data);
        setError(r.ok ? null : r.error.message);
      };
      // On first load, a transition: the ranked list arriving renders in slices that yield to a key
      // press (in the workspace it lands while the annotator is already acting on the claim). After
      // a change the annotator made here, at once, together with the end of `busy`.
      if (urgent) show();
      else startTransition(show);
    },
    [projectId, annotationId],
  );

  useEffect(() => {
    if (enabled) void load();
  }, [enabled, load]);

  const run = useCallback(
    async (change: () => Promise<ApiResult<unknown>>) => {
      setBusy(true);
      try {
        const r = await change();
        setError(r.ok ? null : r.error.message);
        if (r.ok) onChange?.();
      } finally {
        await load(true);
        setBusy(false);
      }
    },
    [load, onChange],
  );

  return { data, error, busy, run };
}
