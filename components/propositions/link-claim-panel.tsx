"use client";
import { useState } from "react";
import { linkClaim, proposeFromClaim, unlinkClaim } from "./proposition-api";
import type { LinkStance } from "@/lib/domain/propositions/link-stances";
import { StancePicker } from "./stance-picker";
import { useClaimLinking } from "./use-claim-linking";
import { CurrentLinks } from "./current-links";
import { LinkTargets } from "./ranked-propositions";
import { ProposeForm } from "./propose-form";

export interface LinkClaimPanelProps {
  projectId: string;
  annotation: { id: string; label: string; text: string };
  /** Reviewers and managers: creating a proposition makes it open (else "proposed"). The server decides either way. */
  canManage: boolean;
  /** Called after any change of this claim's links (e.g. to refresh a surrounding view). */
  onChange?: () => void;
}

/**
 * Link one claim to propositions: its current links (change stance, unlink), the project's
 * propositions ranked by the matcher with its reasons and a suggested stance (lib/domain/matching, computed by the
 * server), and proposing a new proposition from the claim. Self-contained: it talks to the
 * JSON API, so it can sit in the workspace, a review screen or the claims page.
 */
export function LinkClaimPanel({ projectId, annotation, canManage, onChange }: LinkClaimPanelProps) {
  const isClaim = annotation.label === "claim";
  const { data, error, busy, run } = useClaimLinking(projectId, annotation.id, isClaim, onChange);
  const [stance, setStance] = useState<LinkStance>("supports");
  // The linking controls start open for an unlinked claim and folded for a linked one.
  const [expanded, setExpanded] = useState<boolean | null>(null);

  if (!isClaim) {
    return (
      <p className="text-xs text-slate-500" data-testid="link-claim-panel">
        Only claims can be linked to propositions.
      </p>
    );
  }
  const board = (id: string) => `/projects/${projectId}/propositions/${id}`;
  const canLink = data?.claim.canLink ?? false;

  return (
    <section className="space-y-3 text-sm" data-testid="link-claim-panel" data-annotation-id={annotation.id} aria-busy={busy || !data}>
      {error && (
        <p role="status" className="rounded border border-rose-200 bg-rose-50 px-2 py-1 text-xs text-rose-800">
          {error}
        </p>
      )}
      {!data && !error && <p className="text-xs text-slate-500">Loading propositions…</p>}
      {data && (
        <>
          <CurrentLinks
            links={data.links}
            canLink={canLink}
            busy={busy}
            board={board}
            onStance={(id, s) => run(() => linkClaim(id, annotation.id, s))}
            onUnlink={(id) => run(() => unlinkClaim(id, annotation.id))}
          />

          {canLink && !(expanded ?? data.links.length === 0) && (
            <button type="button" onClick={() => setExpanded(true)} className="text-xs font-semibold text-indigo-700 hover:underline">
              + Link to another proposition
            </button>
          )}
          {canLink ? (
            (expanded ?? data.links.length === 0) && (
              <>
                <div className="border-t border-slate-100 pt-3">
                  <StancePicker value={stance} onChange={setStance} />
                </div>
                <LinkTargets
                  propositions={data.propositions}
                  stance={stance}
                  busy={busy}
                  onLink={(id) => run(() => linkClaim(id, annotation.id, stance))}
                  board={board}
                />
                <ProposeForm
                  claimText={annotation.text}
                  canManage={canManage}
                  busy={busy}
                  onPropose={(statement) => run(() => proposeFromClaim(projectId, statement, annotation.id, stance))}
                  stance={stance}
                />
              </>
            )
          ) : (
            <p className="text-xs text-slate-500">Only the claim&apos;s author or a reviewer can link this claim.</p>
          )}
        </>
      )}
    </section>
  );
}
