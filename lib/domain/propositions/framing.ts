// How sources present one proposition: per mention, which way it points and how much the
// outlet itself stands behind it; per perspective, the strongest such framing, stance
// counts and a summary. ./conflicts builds its flags on these. Pure.
import { isPerspective, PERSPECTIVE_NAMES } from "../projects/perspectives";
import type { LinkStance } from "./link-stances";

/** A claim annotation linked to a proposition, with the facts about its source we need. */
export interface PropositionMention {
  annotationId: string;
  documentId: string;
  /** The outlet's perspective ("KR", "JP", "third-party", …), not the claim holder's. */
  perspective: string;
  publishedAt: string | null;
  /** The link: does the claim support, refute, or merely report the proposition? */
  stance: LinkStance;
  /** Who asserts the claim (the outlet, a government, "South Korea", …). */
  holder?: string;
  /** Claim attribute: said in the outlet's own voice, or attributed to the holder. */
  voice?: "outlet" | "attributed";
  /** Claim attribute: softened ("an apparent retaliatory step"). */
  hedged?: boolean;
  /** Claim attribute: the holder asserts or denies the claim's text. */
  claimStance?: "asserts" | "denies";
}

/** Which way a mention points: toward the proposition being true, or false. */
export type Direction = "affirms" | "rejects";

/**
 * How strongly a perspective endorses one direction, weakest first:
 * - opposed: everything it carries points the other way;
 * - attributed: it carries this direction only as someone's view (stance "reports", or
 *   voice not "outlet");
 * - hedged: its outlet states it in its own voice, with a hedge ("an apparent retaliatory
 *   step"). A hedge softens but does not disown: the outlet still adopts the framing, so
 *   this ranks above any attribution and below a flat statement;
 * - asserted: its outlet states it in its own voice, unhedged.
 */
export const FRAMING_LEVELS = ["opposed", "attributed", "hedged", "asserted"] as const;
export type FramingLevel = (typeof FRAMING_LEVELS)[number];

export function rankLevel(level: FramingLevel): number {
  return FRAMING_LEVELS.indexOf(level);
}

/**
 * The link stance decides supports/refutes. A "reports" link takes no side itself, so the
 * claim's own polarity says which way the relayed view points: a relayed denial ("Japan
 * maintained the controls were not a retaliatory measure") points against.
 */
export function directionOf(m: Pick<PropositionMention, "stance" | "claimStance">): Direction {
  if (m.stance === "supports") return "affirms";
  if (m.stance === "refutes") return "rejects";
  return m.claimStance === "denies" ? "rejects" : "affirms";
}

/**
 * Level of one mention toward a direction. Own voice needs voice "outlet" explicitly: an
 * unset voice counts as attributed, so a flag about what an outlet says in its own voice
 * always rests on an annotator's explicit choice. A "reports" link is relayed whatever
 * its voice.
 */
export function levelToward(
  m: Pick<PropositionMention, "stance" | "claimStance" | "voice" | "hedged">,
  direction: Direction,
): FramingLevel {
  if (directionOf(m) !== direction) return "opposed";
  if (m.stance === "reports" || m.voice !== "outlet") return "attributed";
  return m.hedged ? "hedged" : "asserted";
}

/** A perspective's framing toward a direction: its strongest mention's level. */
export function frameToward(mentions: readonly PropositionMention[], direction: Direction): FramingLevel {
  let best: FramingLevel = "opposed";
  for (const m of mentions) {
    const level = levelToward(m, direction);
    if (rankLevel(level) > rankLevel(best)) best = level;
  }
  return best;
}

/** "South Korea (KR)", "Third party", or the raw value for perspectives we do not know. */
export function labelPerspective(perspective: string): string {
  if (!isPerspective(perspective)) return perspective;
  const name = PERSPECTIVE_NAMES[perspective];
  return perspective === "third-party" || perspective === "other" ? name : `${name} (${perspective})`;
}

/** Mentions grouped by perspective; perspectives ordered by first publication (undated last), then name. */
export function groupByPerspective(mentions: readonly PropositionMention[]): Map<string, PropositionMention[]> {
  const groups = new Map<string, PropositionMention[]>();
  for (const m of mentions) {
    const group = groups.get(m.perspective);
    if (group) group.push(m);
    else groups.set(m.perspective, [m]);
  }
  const first = (ms: PropositionMention[]) => Math.min(...ms.map((m) => toTime(m.publishedAt)));
  return new Map([...groups].sort(([a, ma], [b, mb]) => first(ma) - first(mb) || a.localeCompare(b)));
}

function toTime(iso: string | null): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/** Distinct holders, in first-seen order. */
export function listHolders(mentions: readonly PropositionMention[]): string[] {
  return [...new Set(mentions.flatMap((m) => (m.holder?.trim() ? [m.holder.trim()] : [])))];
}

/** Human phrase for a perspective's level toward a direction, e.g. "states it in its own voice, hedged". */
export function describeLevel(level: FramingLevel, direction: Direction, holders: readonly string[]): string {
  const who = holders.length ? holders.join(", ") : "others";
  if (direction === "affirms") {
    switch (level) {
      case "asserted":
        return "states it in its own voice";
      case "hedged":
        return "states it in its own voice, hedged";
      case "attributed":
        return `only reports it as the view of ${who}`;
      case "opposed":
        return "only presents it as refuted or denied";
    }
  }
  switch (level) {
    case "asserted":
      return "rejects it in its own voice";
    case "hedged":
      return "rejects it in its own voice, hedged";
    case "attributed":
      return `only reports its denial, by ${who}`;
    case "opposed":
      return "carries no denial of it";
  }
}
