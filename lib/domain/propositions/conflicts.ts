// Source conflicts on one proposition: sources that disagree (contested) and sources that
// frame it differently (framing divergence). This is about outlets and the holders they
// quote, not about annotators disagreeing. Pure. Definitions:
//
// - contested: at least one mention's link stance is "supports" and at least one is
//   "refutes", across perspectives or within one. "reports" links never contest: the
//   reviewer records a side only by linking supports or refutes.
// - framing divergence, per direction (affirms / rejects the proposition; see ./framing):
//   each perspective's framing is its strongest level toward that direction, ordered
//   asserted (own voice) > hedged (own voice, "apparent") > attributed (only as someone's
//   view) > opposed (only the other direction). A direction diverges when the top level
//   among perspectives is own voice (asserted or hedged) and at least one other
//   perspective sits strictly lower. So KR's hedged "apparent retaliatory step" against
//   Kyodo's "South Korea saw the moves as retribution" diverges (hedged vs attributed), as
//   does asserted vs hedged; hedged vs hedged does not. A single perspective never diverges.
import {
  describeLevel,
  type Direction,
  type FramingLevel,
  frameToward,
  groupByPerspective,
  labelPerspective,
  levelToward,
  listHolders,
  type PropositionMention,
  rankLevel,
} from "./framing";
import { at } from "../at";
import { LINK_STANCES, type LinkStance, zeroStanceCounts } from "./link-stances";

export type ConflictKind = "contested" | "framing_divergence";

export interface PropositionConflict {
  kind: ConflictKind;
  /** One sentence naming the perspectives and what each does. */
  message: string;
  /** The mentions that establish the conflict, in input order. */
  mentionIds: string[];
  perspectives: string[];
}

export interface ConflictFlags {
  contested: boolean;
  divergent: boolean;
}

export function detectConflicts(mentions: readonly PropositionMention[]): PropositionConflict[] {
  const contested = detectContest(mentions);
  const divergences = (["affirms", "rejects"] as const).flatMap((d) => detectDivergence(mentions, d) ?? []);
  return contested ? [contested, ...divergences] : divergences;
}

/** The two badges a proposition list shows. */
export function computeConflictFlags(mentions: readonly PropositionMention[]): ConflictFlags {
  const conflicts = detectConflicts(mentions);
  return {
    contested: conflicts.some((c) => c.kind === "contested"),
    divergent: conflicts.some((c) => c.kind === "framing_divergence"),
  };
}

function detectContest(mentions: readonly PropositionMention[]): PropositionConflict | null {
  const sided = mentions.filter((m) => m.stance === "supports" || m.stance === "refutes");
  if (!sided.some((m) => m.stance === "supports") || !sided.some((m) => m.stance === "refutes")) return null;
  const groups = groupByPerspective(sided);
  const parts = [...groups].map(([perspective, ms]) => {
    const counts = (["supports", "refutes"] as const)
      .map((stance) => [ms.filter((m) => m.stance === stance), stance === "supports" ? "supporting" : "refuting"] as const)
      .filter(([group]) => group.length > 0)
      .map(([group, word]) => `${group.length} ${word}${formatHolders(listHolders(group))}`);
    return `${labelPerspective(perspective)} ${counts.join(", ")}`;
  });
  return {
    kind: "contested",
    message: `Contested: sources both support and refute it. ${parts.join("; ")}.`,
    mentionIds: sided.map((m) => m.annotationId),
    perspectives: [...groups.keys()],
  };
}

function detectDivergence(mentions: readonly PropositionMention[], direction: Direction): PropositionConflict | null {
  const groups = groupByPerspective(mentions);
  if (groups.size < 2) return null;
  const framed = [...groups].map(([perspective, ms]) => ({ perspective, ms, level: frameToward(ms, direction) }));
  const top = Math.max(...framed.map((f) => rankLevel(f.level)));
  const diverges = top >= rankLevel("hedged") && framed.some((f) => rankLevel(f.level) < top);
  if (!diverges) return null;

  // Strongest framing first, so the sentence reads "X states it…; Y only reports it…".
  framed.sort((a, b) => rankLevel(b.level) - rankLevel(a.level));
  const evidence = framed.map((f) => evidenceFor(f.ms, f.level, direction));
  const parts = framed.map(
    (f, i) => `${labelPerspective(f.perspective)} ${describeLevel(f.level, direction, listHolders(at(evidence, i)))}`, // evidence is framed, mapped
  );
  const evidenceIds = new Set(evidence.flat().map((m) => m.annotationId));
  const subject = direction === "affirms" ? "Sources frame it differently" : "Sources frame its rejection differently";
  return {
    kind: "framing_divergence",
    message: `${subject}: ${parts.join("; ")}.`,
    mentionIds: mentions.filter((m) => evidenceIds.has(m.annotationId)).map((m) => m.annotationId),
    perspectives: framed.map((f) => f.perspective),
  };
}

/** The mentions that give a perspective its level (for "opposed": everything it carries). */
function evidenceFor(ms: readonly PropositionMention[], level: FramingLevel, direction: Direction): PropositionMention[] {
  return ms.filter((m) => levelToward(m, direction) === level);
}

function formatHolders(holders: readonly string[]): string {
  return holders.length ? ` (${holders.join(", ")})` : "";
}

/** Perspective × link stance counts, for the proposition page's table. */
export interface StanceMatrix {
  perspectives: string[];
  stances: readonly LinkStance[];
  counts: Record<string, Record<LinkStance, number>>;
  totals: Record<LinkStance, number>;
}

export function buildStanceMatrix(mentions: readonly PropositionMention[]): StanceMatrix {
  const zero = zeroStanceCounts;
  const counts: Record<string, Record<LinkStance, number>> = {};
  const totals = zero();
  const groups = groupByPerspective(mentions);
  for (const [perspective, ms] of groups) {
    counts[perspective] = zero();
    for (const m of ms) {
      counts[perspective][m.stance] += 1;
      totals[m.stance] += 1;
    }
  }
  return { perspectives: [...groups.keys()], stances: LINK_STANCES, counts, totals };
}

export interface PerspectiveSummary {
  perspective: string;
  label: string;
  mentionCount: number;
  documentCount: number;
  stanceCounts: Record<LinkStance, number>;
  /** Strongest level toward the proposition being true, and toward it being false. */
  framing: Record<Direction, FramingLevel>;
  /** e.g. "states it in its own voice, hedged"; both directions when they tie. */
  description: string;
  holders: string[];
  /** The earliest publishedAt among its mentions, as given; null if none is dated. */
  firstPublishedAt: string | null;
}

/** One row per perspective, in order of first publication. */
export function summarizePerspectives(mentions: readonly PropositionMention[]): PerspectiveSummary[] {
  const matrix = buildStanceMatrix(mentions);
  return [...groupByPerspective(mentions)].map(([perspective, ms]) => {
    // buildStanceMatrix counts every perspective the mentions have.
    const stanceCounts = matrix.counts[perspective];
    if (!stanceCounts) throw new Error(`no stance counts for perspective ${perspective}`);
    const framing = { affirms: frameToward(ms, "affirms"), rejects: frameToward(ms, "rejects") };
    const lead = rankLevel(framing.affirms) - rankLevel(framing.rejects);
    const shown: Direction[] = lead > 0 ? ["affirms"] : lead < 0 ? ["rejects"] : ["affirms", "rejects"];
    const description = shown.map((d) => describeLevel(framing[d], d, listHolders(evidenceFor(ms, framing[d], d)))).join("; ");
    const dated = ms.filter((m) => m.publishedAt && !Number.isNaN(Date.parse(m.publishedAt)));
    dated.sort((a, b) => Date.parse(a.publishedAt!) - Date.parse(b.publishedAt!));
    return {
      perspective,
      label: labelPerspective(perspective),
      mentionCount: ms.length,
      documentCount: new Set(ms.map((m) => m.documentId)).size,
      stanceCounts,
      framing,
      description,
      holders: listHolders(ms),
      firstPublishedAt: dated[0]?.publishedAt ?? null,
    };
  });
}
