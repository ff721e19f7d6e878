"use client";
import { useEffect, useState } from "react";
import type { ClaimSuggestion } from "@/lib/server/proposition-links";
import type { ActionResult } from "@/lib/actions/result";
import { Alert } from "@/components/ui/card";
import { ClaimSuggestions } from "./claim-suggestions";
import { fetchClaimSuggestions } from "./proposition-api";

type Action = (state: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown> | null>;

/**
 * Suggestions rank every visible claim of the project, so the board loads them after it has
 * painted instead of holding its first byte. The board keys this on its mention count: a new
 * link re-renders the board and fetches the suggestions again.
 */
export function LazyClaimSuggestions({ propositionId, action }: { propositionId: string; action: Action }) {
  const [state, setState] = useState<{ suggestions?: ClaimSuggestion[]; error?: string }>({});
  useEffect(() => {
    let live = true;
    fetchClaimSuggestions(propositionId).then(
      (r) => live && setState({ suggestions: r.suggestions }),
      (e: Error) => live && setState({ error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [propositionId]);
  if (state.error) return <Alert tone="error">Suggestions could not be loaded: {state.error}</Alert>;
  if (!state.suggestions) return <p className="text-sm text-slate-500" data-testid="suggestions-loading">Looking for similar claims in the project…</p>;
  return <ClaimSuggestions suggestions={state.suggestions} action={action} />;
}
