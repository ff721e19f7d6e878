// One row of the project's proposition list: mention counts per perspective and stance,
// the conflict flags, and the order that puts the most divergent propositions first. Pure.
import { computeConflictFlags, type ConflictFlags } from "./conflicts";
import type { PropositionMention } from "./framing";
import { type LinkStance, zeroStanceCounts } from "./link-stances";

export type StanceCounts = Record<LinkStance, number>;

export interface PropositionOverview {
  id: string;
  statement: string;
  status: string;
  mentionCount: number;
  documentCount: number;
  /** Perspective → stance counts, only perspectives with mentions. */
  byPerspective: Record<string, StanceCounts>;
  flags: ConflictFlags;
}

export const PROPOSITION_FILTERS = ["all", "contested", "divergent", "reconciled", "open", "proposed", "retired", "merged"] as const;
export type PropositionFilter = (typeof PROPOSITION_FILTERS)[number];

export function isPropositionFilter(v: string): v is PropositionFilter {
  return (PROPOSITION_FILTERS as readonly string[]).includes(v);
}

export function zeroStances(): StanceCounts {
  return zeroStanceCounts();
}

export function summarizeProposition(
  p: { id: string; statement: string; status: string },
  mentions: readonly PropositionMention[],
): PropositionOverview {
  const byPerspective: Record<string, StanceCounts> = {};
  for (const m of mentions) (byPerspective[m.perspective] ??= zeroStances())[m.stance] += 1;
  return {
    id: p.id,
    statement: p.statement,
    status: p.status,
    mentionCount: mentions.length,
    documentCount: new Set(mentions.map((m) => m.documentId)).size,
    byPerspective,
    flags: computeConflictFlags(mentions),
  };
}

/**
 * - all: every proposition still in play (not retired, not merged);
 * - contested: sources both support and refute it, or a reviewer recorded it as contested;
 * - divergent: perspectives frame it at different strengths (see ./conflicts);
 * - reconciled / open / proposed / retired / merged: that status.
 */
export function matchesFilter(row: Pick<PropositionOverview, "status" | "flags">, filter: PropositionFilter): boolean {
  switch (filter) {
    case "all":
      return row.status !== "retired" && row.status !== "merged";
    case "contested":
      return row.status !== "merged" && row.status !== "retired" && (row.flags.contested || row.status === "contested");
    case "divergent":
      return row.status !== "merged" && row.status !== "retired" && row.flags.divergent;
    default:
      return row.status === filter;
  }
}

/** How much the sources pull apart: each conflict kind counts, then how many perspectives speak. */
export function divergenceScore(row: Pick<PropositionOverview, "flags" | "byPerspective" | "status">): number {
  const conflicts = (row.flags.contested || row.status === "contested" ? 1 : 0) + (row.flags.divergent ? 1 : 0);
  return conflicts * 100 + Object.keys(row.byPerspective).length;
}

/** Most divergent first; then more mentions; then statement, for a stable order. */
export function compareByDivergence(a: PropositionOverview, b: PropositionOverview): number {
  return divergenceScore(b) - divergenceScore(a) || b.mentionCount - a.mentionCount || a.statement.localeCompare(b.statement);
}

/**
 * Perspectives in the order boards and tables show them: the known ones in a fixed order
 * (KR, JP, US, CN, third party, other), so columns do not move between propositions, then
 * any others by name.
 */
export function orderPerspectives(perspectives: Iterable<string>): string[] {
  const known = ["KR", "JP", "US", "CN", "third-party", "other"];
  const rank = (p: string) => {
    const i = known.indexOf(p);
    return i < 0 ? known.length : i;
  };
  return [...new Set(perspectives)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
