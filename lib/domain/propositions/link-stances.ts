// Link stances, defined once: how a claim relates to the proposition it is linked to. The
// type, the zod enums (API, JSONL import, demo data), counts and the UI's option order all
// derive from this table. Pure.

/** In display order. */
export const LINK_STANCES = ["supports", "refutes", "reports"] as const;

export type LinkStance = (typeof LINK_STANCES)[number];

/** What each stance says about the proposition, in words the UI shows beside it. */
export const LINK_STANCE_MEANING: Record<LinkStance, string> = {
  supports: "the claim says the proposition is true",
  refutes: "the claim says the proposition is false",
  reports: "the claim says someone holds it, without endorsing it",
};

export function isLinkStance(value: unknown): value is LinkStance {
  return (LINK_STANCES as readonly unknown[]).includes(value);
}

/** A zero count per stance. */
export function zeroStanceCounts(): Record<LinkStance, number> {
  return Object.fromEntries(LINK_STANCES.map((s) => [s, 0])) as Record<LinkStance, number>;
}
