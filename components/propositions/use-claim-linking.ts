"use client";
import { useCallback, useEffect, useState } from "react";
import type { ApiResult } from "@/lib/client/api-call";
import type { ClaimLink, ClaimLinking } from "@/lib/views/claim-linking";
import { RecentAnswers } from "@/lib/client/recent-answers";
import { fetchClaimLinking } from "./proposition-api";

/**
 * The links of the claims this page loaded in the last minute: what the annotator was shown.
 * Deleting one of them asks (or not) from this, without waiting for the server again.
 */
export const recentClaimLinks = new RecentAnswers<readonly ClaimLink[]>(60_000);

/**
 * One claim's links and ranked propositions, loaded from the JSON API, and `run` for a change
 * to them: one change at a time (`busy`), its error shown, the data reloaded after it
 * whatever the outcome, `onChange` told when it succeeded.
 */
export function useClaimLinking(projectId: string, annotationId: string, enabled: boolean, onChange?: () => void) {
  const [data, setData] = useState<ClaimLinking | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const r = await fetchClaimLinking(projectId, annotationId);
    if (r.ok) {
      setData(r.data);
      recentClaimLinks.set(annotationId, r.data.links);
    } else recentClaimLinks.forget(annotationId);
    setError(r.ok ? null : r.error.message);
  }, [projectId, annotationId]);

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
        await load();
        setBusy(false);
      }
    },
    [load, onChange],
  );

  return { data, error, busy, run };
}
