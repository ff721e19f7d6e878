"use client";
import type { ClusterView } from "@/lib/views/claim-clusters";
import type { FormState } from "@/components/ui/action-form";
import { ActionForm } from "@/components/ui/action-form";
import { labelPerspective } from "@/lib/domain/propositions/framing";
import { STANCE_ORDER, STANCE_STYLE } from "./stance-style";

type Action = (state: never, form: FormData) => Promise<FormState>;

/**
 * Unlinked claims that seem to say the same thing, cluster by cluster: the reviewer edits the
 * neutral draft, unticks claims that do not belong, checks each suggested stance, and creates
 * the proposition with all its links in one action.
 */
export function ClaimClusters({ clusters, claims, action }: { clusters: ClusterView[]; claims: number; action: Action }) {
  if (clusters.length === 0) {
    return (
      <p className="text-sm text-slate-500">
        No group of unlinked claims from different articles reads alike ({claims} unlinked claims compared).
      </p>
    );
  }
  return (
    <ul className="space-y-4" data-testid="claim-clusters">
      {clusters.map((c) => (
        <li key={c.key} className="rounded-md border border-slate-200 bg-white p-3" data-testid="claim-cluster">
          <p className="text-sm font-medium text-slate-800">
            These {c.claims.length} claims in {c.outlets} {c.outlets === 1 ? "outlet" : "outlets"} seem to say the same thing
            <span className="ml-2 text-xs font-normal text-slate-500">match {Math.round(c.score * 100)}%</span>
          </p>
          {c.reasons.length > 0 && (
            <ul className="mt-1 flex flex-wrap gap-1 text-[11px] text-slate-600">
              {c.reasons.map((r) => (
                <li key={r} className="rounded bg-slate-100 px-1.5 py-0.5">
                  {r}
                </li>
              ))}
            </ul>
          )}
          <ActionForm
            action={action}
            submitLabel={`Create proposition from ${c.claims.length > 1 ? "these claims" : "this claim"}`}
            pendingLabel="Creating…"
            className="mt-2 space-y-2"
          >
            <label className="block text-xs font-medium text-slate-600">
              Draft statement (neutral; edit before creating)
              <textarea
                name="statement"
                defaultValue={c.draft}
                rows={2}
                maxLength={500}
                required
                className="mt-1 block w-full rounded border border-slate-300 p-1.5 text-sm text-slate-800"
              />
            </label>
            <ul className="space-y-1.5">
              {c.claims.map((m) => (
                <li key={m.annotationId} className="flex flex-wrap items-start gap-2 text-sm" data-testid="cluster-claim">
                  <input
                    type="checkbox"
                    name="claim"
                    value={m.annotationId}
                    defaultChecked
                    aria-label={`Keep: ${m.text}`}
                    className="mt-1"
                  />
                  <div className="min-w-0 flex-1">
                    <span className="text-slate-800">“{m.text}”</span>
                    <span className="ml-1 text-xs text-slate-500">
                      — {m.outlet}, {labelPerspective(m.perspective)}
                      {m.holder ? `, held by ${m.holder}` : ""}
                    </span>
                  </div>
                  <select
                    name={`stance:${m.annotationId}`}
                    defaultValue={m.suggestedStance.stance}
                    title={`Suggested: ${m.suggestedStance.reason}`}
                    aria-label={`Stance of: ${m.text}`}
                    className="rounded border border-slate-300 px-1 py-0.5 text-xs"
                  >
                    {STANCE_ORDER.map((s) => (
                      <option key={s} value={s}>
                        {STANCE_STYLE[s].label}
                      </option>
                    ))}
                  </select>
                  <span className="w-full pl-6 text-[11px] text-slate-500">
                    suggested {m.suggestedStance.stance}: {m.suggestedStance.reason}
                  </span>
                </li>
              ))}
            </ul>
          </ActionForm>
        </li>
      ))}
    </ul>
  );
}
