"use client";
import Link from "next/link";
import type { ClaimLink } from "@/lib/views/claim-linking";
import type { LinkStance } from "@/lib/domain/propositions/link-stances";
import { StanceBadge } from "./stance-badge";
import { STANCE_ORDER, STANCE_STYLE } from "./stance-style";

/** A claim's current links: the statement, its stance, and (for who may link) change stance or unlink. */
export function CurrentLinks({
  links,
  canLink,
  busy,
  board,
  onStance,
  onUnlink,
}: {
  links: readonly ClaimLink[];
  canLink: boolean;
  busy: boolean;
  board: (id: string) => string;
  onStance: (propositionId: string, stance: LinkStance) => void;
  onUnlink: (propositionId: string) => void;
}) {
  return (
    <div>
      <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Linked propositions</h4>
      {links.length === 0 ? (
        <p className="mt-1 text-xs text-slate-500">Not linked to any proposition yet.</p>
      ) : (
        <ul className="mt-1 space-y-1.5" data-testid="claim-links">
          {links.map((l) => (
            <li
              key={l.propositionId}
              className="flex flex-wrap items-center gap-2 rounded border border-slate-200 bg-slate-50 px-2 py-1.5"
              data-testid="claim-link"
            >
              <StanceBadge stance={l.stance} />
              {/* The statement gets the panel's full width; badge and controls share the line below (a narrow column of words read badly at 1280 px). */}
              <Link
                href={board(l.mergedIntoId ?? l.propositionId)}
                className="order-first min-w-0 basis-full text-sm leading-snug text-slate-800 hover:text-indigo-700 hover:underline"
              >
                {l.statement}
                {l.status !== "open" && <span className="ml-1 text-xs text-slate-500">({l.status})</span>}
              </Link>
              {canLink && l.status !== "merged" && (
                <span className="ml-auto flex items-center gap-1">
                  <select
                    aria-label="Change stance"
                    value={l.stance}
                    disabled={busy}
                    onChange={(e) => onStance(l.propositionId, e.target.value as LinkStance)}
                    className="rounded border border-slate-300 bg-white px-1 py-0.5 text-xs"
                  >
                    {STANCE_ORDER.map((s) => (
                      <option key={s} value={s}>
                        {STANCE_STYLE[s].label}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => onUnlink(l.propositionId)}
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
  );
}
