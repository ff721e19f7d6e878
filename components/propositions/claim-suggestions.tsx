"use client";
import { useActionState } from "react";
import type { ClaimSuggestion } from "@/lib/views/claim-linking";
import type { ActionResult } from "@/lib/actions/result";
import { labelPerspective } from "@/lib/domain/propositions/framing";
import { Alert } from "@/components/ui/card";
import { ClaimContext } from "./claim-context";
import { STANCE_ORDER, STANCE_STYLE } from "./stance-style";
import { formatDay } from "./format";

type Action = (state: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown> | null>;

/** "Possibly the same claim": unlinked claims ranked by the matcher with its reasons; the suggested stance is preselected, a reviewer can reject one for good. */
export function ClaimSuggestions({
  suggestions,
  action,
  reject,
}: {
  suggestions: ClaimSuggestion[];
  action: Action;
  reject: Action | null;
}) {
  if (suggestions.length === 0) {
    return <p className="text-sm text-slate-500">No unlinked claim in the project reads like this proposition.</p>;
  }
  return (
    <ul className="space-y-2" data-testid="claim-suggestions">
      {suggestions.map((s) => (
        <Suggestion key={s.annotationId} s={s} action={action} reject={reject} />
      ))}
    </ul>
  );
}

function Suggestion({ s, action, reject }: { s: ClaimSuggestion; action: Action; reject: Action | null }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [rejectState, rejectAction, rejecting] = useActionState(reject ?? action, null);
  const suggested = s.suggestedStance.stance;
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3" data-testid="claim-suggestion" data-annotation-id={s.annotationId}>
      <div className="mb-1 flex flex-wrap items-center gap-x-2 text-xs text-slate-500">
        <span className="font-semibold text-slate-700">{s.outlet}</span>
        <span>{labelPerspective(s.perspective)}</span>
        <span>{formatDay(s.publishedAt)}</span>
        <span>layer: {s.layerName}</span>
        {s.holder && <span>held by {s.holder}</span>}
        <span className="ml-auto" title="The matcher's confidence that the claim and the statement say the same thing">
          match {Math.round(s.score * 100)}%
        </span>
      </div>
      <ClaimContext context={s.context} tint="#fde68a" />
      {s.reasons.length > 0 && (
        <ul className="mt-1.5 flex flex-wrap gap-1 text-[11px] text-slate-600" data-testid="match-reasons">
          {s.reasons.map((r) => (
            <li key={r} className="rounded bg-slate-100 px-1.5 py-0.5">
              {r}
            </li>
          ))}
        </ul>
      )}
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
              title={stance === suggested ? `Suggested: ${s.suggestedStance.reason}` : STANCE_STYLE[stance].help}
              className="rounded-full border px-2.5 py-0.5 font-semibold hover:opacity-90 disabled:opacity-50"
              style={
                stance === suggested
                  ? { borderColor: STANCE_STYLE[stance].color, background: STANCE_STYLE[stance].color, color: "white" }
                  : { borderColor: STANCE_STYLE[stance].color, color: STANCE_STYLE[stance].color }
              }
            >
              {STANCE_STYLE[stance].label}
              {stance === suggested && " (suggested)"}
            </button>
          ))}
          <span className="text-slate-500" data-testid="stance-reason">
            {s.suggestedStance.reason}
          </span>
          {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
        </form>
      ) : null}
      {s.canLink && reject ? (
        <form action={rejectAction} className="mt-1 text-xs">
          <input type="hidden" name="annotationId" value={s.annotationId} />
          <button type="submit" disabled={rejecting} className="text-slate-500 underline hover:text-slate-800 disabled:opacity-50">
            Not the same claim — don&apos;t suggest it again
          </button>
          {rejectState && !rejectState.ok && <Alert tone="error">{rejectState.error}</Alert>}
        </form>
      ) : (
        <p className="mt-1 text-xs text-slate-400">Only its author or a reviewer can link this claim.</p>
      )}
    </li>
  );
}
