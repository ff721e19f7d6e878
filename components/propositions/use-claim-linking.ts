"use client";
import { useCallback, useEffect, useState } from "react";
import type { ApiResult } from "@/lib/client/api-call";
import type { ClaimLinking } from "@/lib/views/claim-linking";
import { fetchClaimLinking } from "./proposition-api";

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
    if (r.ok) setData(r.data);
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
