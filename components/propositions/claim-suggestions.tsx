"use client";
import { useActionState } from "react";
import type { ClaimSuggestion } from "@/lib/server/proposition-links";
import type { ActionResult } from "@/lib/actions/result";
import { labelPerspective } from "@/lib/domain/framing";
import { Alert } from "@/components/ui/card";
import { ClaimContext } from "./claim-context";
import { STANCE_ORDER, STANCE_STYLE } from "./stance-style";
import { formatDay } from "./format";

type Action = (state: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown> | null>;

/** "Possibly the same claim": unlinked claims ranked by similarity, each linkable with a stance. */
export function ClaimSuggestions({ suggestions, action }: { suggestions: ClaimSuggestion[]; action: Action }) {
  if (suggestions.length === 0) {
    return <p className="text-sm text-slate-500">No unlinked claim in the project reads like this proposition.</p>;
  }
  return (
    <ul className="space-y-2" data-testid="claim-suggestions">
      {suggestions.map((s) => <Suggestion key={s.annotationId} s={s} action={action} />)}
    </ul>
  );
}

function Suggestion({ s, action }: { s: ClaimSuggestion; action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3" data-testid="claim-suggestion">
      <div className="mb-1 flex flex-wrap items-center gap-x-2 text-xs text-slate-500">
        <span className="font-semibold text-slate-700">{s.outlet}</span>
        <span>{labelPerspective(s.perspective)}</span>
        <span>{formatDay(s.publishedAt)}</span>
        <span>layer: {s.layerName}</span>
        {s.holder && <span>held by {s.holder}</span>}
        <span className="ml-auto" title="Similarity of the claim to the statement (0–1)">
          match {Math.round(s.score * 100)}%{s.matchedTerms.length > 0 && ` · ${s.matchedTerms.slice(0, 4).join(", ")}`}
        </span>
      </div>
      <ClaimContext context={s.context} tint="#fde68a" />
      {s.canLink ? (
        <form action={formAction} className="mt-2 flex flex-wrap items-center gap-2 text-xs">
          <input type="hidden" name="annotationId" value={s.annotationId} />
          <span className="text-slate-500">Link as</span>
          {STANCE_ORDER.map((stance) => (
            <button
              key={stance}
              type="submit"
              name="stance"
              value={stance}
              disabled={pending}
              title={STANCE_STYLE[stance].help}
              className="rounded-full border px-2.5 py-0.5 font-semibold hover:bg-slate-50 disabled:opacity-50"
              style={{ borderColor: STANCE_STYLE[stance].color, color: STANCE_STYLE[stance].color }}
            >
              {STANCE_STYLE[stance].label}
            </button>
          ))}
          {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
        </form>
      ) : (
        <p className="mt-1 text-xs text-slate-400">Only its author or a reviewer can link this claim.</p>
      )}
    </li>
  );
}
