"use client";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ClaimLinking, RankedProposition } from "@/lib/server/proposition-links";
import type { LinkStance } from "@/lib/domain/link-stances";
import { Button } from "@/components/ui/button";
import type { ApiResult } from "@/lib/client/api-call";
import { fetchClaimLinking, linkClaim, proposeFromClaim, unlinkClaim } from "./proposition-api";
import { StanceBadge } from "./stance-badge";
import { StancePicker } from "./stance-picker";
import { STANCE_ORDER, STANCE_STYLE } from "./stance-style";

export interface LinkClaimPanelProps {
  projectId: string;
  annotation: { id: string; label: string; text: string };
  /** Reviewers and managers: creating a proposition makes it open (else "proposed"). The server decides either way. */
  canManage: boolean;
  /** Called after any change of this claim's links (e.g. to refresh a surrounding view). */
  onChange?: () => void;
}

const TOP = 5;

/**
 * Link one claim to propositions: its current links (change stance, unlink), the project's
 * propositions ranked by the matcher with its reasons and a suggested stance (lib/domain/matching, computed by the
 * server), and proposing a new proposition from the claim. Self-contained: it talks to the
 * JSON API, so it can sit in the workspace, a review screen or the claims page.
 */
export function LinkClaimPanel({ projectId, annotation, canManage, onChange }: LinkClaimPanelProps) {
  const isClaim = annotation.label === "claim";
  const [data, setData] = useState<ClaimLinking | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [stance, setStance] = useState<LinkStance>("supports");
  const [filter, setFilter] = useState("");
  const [showAll, setShowAll] = useState(false);
  // The linking controls start open for an unlinked claim and folded for a linked one.
  const [expanded, setExpanded] = useState<boolean | null>(null);

  const load = useCallback(async () => {
    const r = await fetchClaimLinking(projectId, annotation.id);
    if (r.ok) setData(r.data);
    setError(r.ok ? null : r.error.message);
  }, [projectId, annotation.id]);

  useEffect(() => {
    if (isClaim) void load();
  }, [isClaim, load]);

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

  const shown = useMemo(() => {
    const all = data?.propositions ?? [];
    const q = filter.trim().toLowerCase();
    if (q) return all.filter((p) => p.statement.toLowerCase().includes(q));
    return showAll ? all : all.slice(0, TOP);
  }, [data, filter, showAll]);

  if (!isClaim) {
    return <p className="text-xs text-slate-500" data-testid="link-claim-panel">Only claims can be linked to propositions.</p>;
  }
  const board = (id: string) => `/projects/${projectId}/propositions/${id}`;
  const canLink = data?.claim.canLink ?? false;

  return (
    <section className="space-y-3 text-sm" data-testid="link-claim-panel" data-annotation-id={annotation.id} aria-busy={busy || !data}>
      {error && <p role="status" className="rounded border border-rose-200 bg-rose-50 px-2 py-1 text-xs text-rose-800">{error}</p>}
      {!data && !error && <p className="text-xs text-slate-500">Loading propositions…</p>}
      {data && (
        <>
          <div>
            <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Linked propositions</h4>
            {data.links.length === 0 ? (
              <p className="mt-1 text-xs text-slate-500">Not linked to any proposition yet.</p>
            ) : (
              <ul className="mt-1 space-y-1.5" data-testid="claim-links">
                {data.links.map((l) => (
                  <li key={l.propositionId} className="flex flex-wrap items-center gap-2 rounded border border-slate-200 bg-slate-50 px-2 py-1.5" data-testid="claim-link">
                    <StanceBadge stance={l.stance} />
                    {/* The statement gets the panel's full width; badge and controls share the line below (a narrow column of words read badly at 1280 px). */}
                    <Link href={board(l.mergedIntoId ?? l.propositionId)} className="order-first min-w-0 basis-full text-sm leading-snug text-slate-800 hover:text-indigo-700 hover:underline">
                      {l.statement}
                      {l.status !== "open" && <span className="ml-1 text-xs text-slate-500">({l.status})</span>}
                    </Link>
                    {canLink && l.status !== "merged" && (
                      <span className="ml-auto flex items-center gap-1">
                        <select
                          aria-label="Change stance"
                          value={l.stance}
                          disabled={busy}
                          onChange={(e) => run(() => linkClaim(l.propositionId, annotation.id, e.target.value as LinkStance))}
                          className="rounded border border-slate-300 bg-white px-1 py-0.5 text-xs"
                        >
                          {STANCE_ORDER.map((s) => <option key={s} value={s}>{STANCE_STYLE[s].label}</option>)}
                        </select>
                        <button
                          type="button"
                          disabled={busy}
                          onClick={() => run(() => unlinkClaim(l.propositionId, annotation.id))}
                          className="rounded px-1.5 py-0.5 text-xs text-slate-500 hover:bg-rose-50 hover:text-rose-700"
                        >
                          Unlink
                        </button>
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>

          {canLink && !(expanded ?? data.links.length === 0) && (
            <button type="button" onClick={() => setExpanded(true)} className="text-xs font-semibold text-indigo-700 hover:underline">
              + Link to another proposition
            </button>
          )}
          {canLink ? (
            (expanded ?? data.links.length === 0) && <>
              <div className="border-t border-slate-100 pt-3">
                <StancePicker value={stance} onChange={setStance} />
              </div>
              <div>
                <div className="flex items-center gap-2">
                  <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Link to</h4>
                  <input
                    type="search"
                    value={filter}
                    onChange={(e) => setFilter(e.target.value)}
                    placeholder="Filter propositions…"
                    aria-label="Filter propositions"
                    className="ml-auto w-44 rounded border border-slate-300 px-2 py-0.5 text-xs"
                  />
                </div>
                <RankedList items={shown} stance={stance} busy={busy} onLink={(id) => run(() => linkClaim(id, annotation.id, stance))} board={board} />
                {!filter && data.propositions.length > TOP && (
                  <button type="button" onClick={() => setShowAll((v) => !v)} className="mt-1 text-xs text-indigo-700 hover:underline">
                    {showAll ? "Show the best matches only" : `Show all ${data.propositions.length}`}
                  </button>
                )}
              </div>
              <ProposeForm
                claimText={annotation.text}
                canManage={canManage}
                busy={busy}
                onPropose={(statement) => run(() => proposeFromClaim(projectId, statement, annotation.id, stance))}
                stance={stance}
              />
            </>
          ) : (
            <p className="text-xs text-slate-500">Only the claim&apos;s author or a reviewer can link this claim.</p>
          )}
        </>
      )}
    </section>
  );
}

function RankedList({
  items,
  stance,
  busy,
  onLink,
  board,
}: {
  items: RankedProposition[];
  stance: LinkStance;
  busy: boolean;
  onLink: (id: string) => void;
  board: (id: string) => string;
}) {
  if (items.length === 0) return <p className="mt-1 text-xs text-slate-500">No proposition to offer; propose one below.</p>;
  return (
    <ul className="mt-1.5 space-y-1" data-testid="ranked-propositions">
      {items.map((p) => (
        <li key={p.id} className="flex items-start gap-2 rounded px-1.5 py-1 hover:bg-slate-50" data-testid="ranked-proposition">
          <div className="min-w-0 flex-1">
            <Link href={board(p.id)} className="text-slate-800 hover:text-indigo-700 hover:underline">{p.statement}</Link>
            <div className="mt-0.5 flex items-center gap-2 text-[11px] text-slate-500">
              <span className="inline-block h-1.5 w-16 overflow-hidden rounded bg-slate-200" title={`match ${Math.round(p.score * 100)}%`}>
                <span className="block h-full bg-indigo-500" style={{ width: `${Math.round(p.score * 100)}%` }} />
              </span>
              {p.reasons.length > 0 ? <span className="truncate" title={p.reasons.join("\n")}>{p.reasons.slice(0, 2).join(" · ")}</span> : <span>no evidence in common</span>}
              {p.status === "proposed" && <span className="text-violet-700">proposed</span>}
            </div>
            <div className="text-[11px] text-slate-500" title={p.suggestedStance.reason} data-testid="suggested-stance">
              suggests <span style={{ color: STANCE_STYLE[p.suggestedStance.stance].color }}>{STANCE_STYLE[p.suggestedStance.stance].label}</span>: {p.suggestedStance.reason}
            </div>
          </div>
          {p.linkedStance === stance ? (
            <span className="shrink-0 pt-0.5 text-xs text-slate-500">linked</span>
          ) : (
            <Button size="sm" variant="secondary" disabled={busy} onClick={() => onLink(p.id)} aria-label={`Link as ${stance}: ${p.statement}`} className="shrink-0 text-xs">
              {p.linkedStance ? `Make ${STANCE_STYLE[stance].label}` : "Link"}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}

function ProposeForm({
  claimText,
  canManage,
  busy,
  stance,
  onPropose,
}: {
  claimText: string;
  canManage: boolean;
  busy: boolean;
  stance: LinkStance;
  onPropose: (statement: string) => void;
}) {
  const [statement, setStatement] = useState(claimText);
  return (
    <details className="rounded border border-slate-200 px-2 py-1.5">
      <summary className="cursor-pointer text-xs font-semibold text-slate-700">Propose a new proposition from this claim</summary>
      <form
        className="mt-2 space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          onPropose(statement);
        }}
      >
        <textarea
          value={statement}
          onChange={(e) => setStatement(e.target.value)}
          rows={3}
          maxLength={500}
          aria-label="New proposition statement"
          className="block w-full rounded border border-slate-300 px-2 py-1 text-sm"
        />
        <p className="text-[11px] text-slate-500">
          Rewrite it neutrally, so claims that support and refute it can both link to it. The claim is linked as “{STANCE_STYLE[stance].label}”.
          {!canManage && " A reviewer accepts it before it is reconciled."}
        </p>
        <Button type="submit" size="sm" disabled={busy || statement.trim().length < 3}>
          {canManage ? "Create and link" : "Propose and link"}
        </Button>
      </form>
    </details>
  );
}
