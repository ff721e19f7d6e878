"use client";
import { useEffect, useState } from "react";
import type { ClaimSuggestion } from "@/lib/views/claim-linking";
import type { ActionResult } from "@/lib/actions/result";
import { Alert } from "@/components/ui/card";
import { ClaimSuggestions } from "./claim-suggestions";
import { fetchClaimSuggestions } from "./proposition-api";

type Action = (state: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown> | null>;

/**
 * Suggestions rank every visible claim of the project, so the board loads them after it has
 * painted instead of holding its first byte. The board keys this on its mention count: a new
 * link re-renders the board and fetches the suggestions again. Reviewers and managers get
 * `reject` to turn a suggestion down for good; a rejection changes no mention, so the list
 * drops the rejected claim itself once the server has recorded the decision.
 */
export function LazyClaimSuggestions({ propositionId, action, reject }: { propositionId: string; action: Action; reject: Action | null }) {
  const [state, setState] = useState<{ suggestions?: ClaimSuggestion[]; error?: string }>({});
  useEffect(() => {
    let live = true;
    void fetchClaimSuggestions(propositionId).then(
      (r) => live && setState(r.ok ? { suggestions: r.data.suggestions } : { error: r.error.message }),
    );
    return () => {
      live = false;
    };
  }, [propositionId]);
  const rejectAndDrop: Action | null = reject
    ? async (prev, form) => {
        const result = await reject(prev, form);
        if (result?.ok) {
          const id = form.get("annotationId");
          setState((s) => ({ ...s, suggestions: s.suggestions?.filter((x) => x.annotationId !== id) }));
        }
        return result;
      }
    : null;
  if (state.error) return <Alert tone="error">Suggestions could not be loaded: {state.error}</Alert>;
  if (!state.suggestions)
    return (
      <p className="text-sm text-slate-500" data-testid="suggestions-loading">
        Looking for similar claims in the project…
      </p>
    );
  return <ClaimSuggestions suggestions={state.suggestions} action={action} reject={rejectAndDrop} />;
}
