"use client";
import Link from "next/link";
import { useMemo, useState } from "react";
import type { RankedProposition } from "@/lib/views/claim-linking";
import type { LinkStance } from "@/lib/domain/propositions/link-stances";
import { Button } from "@/components/ui/button";
import { STANCE_STYLE } from "./stance-style";

const TOP = 5;

/** "Link to": the matcher's ranking for a claim, the best few or all of them, filtered by words of the statement. */
export function LinkTargets({
  propositions,
  stance,
  busy,
  onLink,
  board,
}: {
  propositions: readonly RankedProposition[];
  stance: LinkStance;
  busy: boolean;
  onLink: (id: string) => void;
  board: (id: string) => string;
}) {
  const [filter, setFilter] = useState("");
  const [showAll, setShowAll] = useState(false);
  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    if (q) return propositions.filter((p) => p.statement.toLowerCase().includes(q));
    return showAll ? [...propositions] : propositions.slice(0, TOP);
  }, [propositions, filter, showAll]);
  return (
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
      <RankedList items={shown} stance={stance} busy={busy} onLink={onLink} board={board} />
      {!filter && propositions.length > TOP && (
        <button type="button" onClick={() => setShowAll((v) => !v)} className="mt-1 text-xs text-indigo-700 hover:underline">
          {showAll ? "Show the best matches only" : `Show all ${propositions.length}`}
        </button>
      )}
    </div>
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
            <Link href={board(p.id)} className="text-slate-800 hover:text-indigo-700 hover:underline">
              {p.statement}
            </Link>
            <div className="mt-0.5 flex items-center gap-2 text-[11px] text-slate-500">
              <span className="inline-block h-1.5 w-16 overflow-hidden rounded bg-slate-200" title={`match ${Math.round(p.score * 100)}%`}>
                <span className="block h-full bg-indigo-500" style={{ width: `${Math.round(p.score * 100)}%` }} />
              </span>
              {p.reasons.length > 0 ? (
                <span className="truncate" title={p.reasons.join("\n")}>
                  {p.reasons.slice(0, 2).join(" · ")}
                </span>
              ) : (
                <span>no evidence in common</span>
              )}
              {p.status === "proposed" && <span className="text-violet-700">proposed</span>}
            </div>
            <div className="text-[11px] text-slate-500" title={p.suggestedStance.reason} data-testid="suggested-stance">
              suggests{" "}
              <span style={{ color: STANCE_STYLE[p.suggestedStance.stance].color }}>{STANCE_STYLE[p.suggestedStance.stance].label}</span>:{" "}
              {p.suggestedStance.reason}
            </div>
          </div>
          {p.linkedStance === stance ? (
            <span className="shrink-0 pt-0.5 text-xs text-slate-500">linked</span>
          ) : (
            <Button
              size="sm"
              variant="secondary"
              disabled={busy}
              onClick={() => onLink(p.id)}
              aria-label={`Link as ${stance}: ${p.statement}`}
              className="shrink-0 text-xs"
            >
              {p.linkedStance ? `Make ${STANCE_STYLE[stance].label}` : "Link"}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
