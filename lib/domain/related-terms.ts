// The domain's small vocabulary of equivalences that a stemmer cannot know. Everything is
// keyed by stem (the output of wink-nlp's Porter stemmer on a token's normal form), so a
// table entry covers all inflections of its word at once. Keep this short and explicit:
// it is data a reviewer can read, not a set of rules. Add an entry only when a real claim
// in the corpus fails to meet its proposition without it.

/**
 * Words that are one term for matching but that Porter leaves on different stems. We
 * rewrite the odd one out to its family's stem, so they count as the same term (full weight).
 * - "retaliatory" stems to "retaliatori" while "retaliation", "retaliate" and "retaliated"
 *   all stem to "retali" (Porter does not strip the adjectival "-atory").
 * - Nationality adjectives name their country: "the South Korean court" and "South Korea's
 *   court" are one reference. Without this, the rarer "korean" outweighs the retaliation
 *   wording and background sentences about the court outrank retaliation claims.
 */
export const STEM_VARIANTS: Readonly<Record<string, string>> = {
  retaliatori: "retali",
  korean: "korea",
  japanes: "japan",
};

/**
 * Groups of different words that name the same idea in this domain's claims. A word in a
 * group keeps its own stem and also adds the group's concept term, so a synonym matches
 * (through the concept term) but an identical word matches more (stem and concept).
 * Members are stems, or a lowercased hyphenated compound kept whole ("tit-for-tat").
 * - retaliation: Korean outlets write "retaliatory step", Kyodo writes "retribution" and
 *   "tit-for-tat", other wires "reprisal"; they all describe the same reading of the curbs.
 */
export const RELATED_TERMS: Readonly<Record<string, readonly string[]>> = {
  retaliation: ["retali", "retribut", "repris", "tit-for-tat"],
};

/** Prefix that keeps concept terms apart from stems (no stem starts with it). */
export const CONCEPT_PREFIX = "~";

const conceptByMember: ReadonlyMap<string, string> = new Map(
  Object.entries(RELATED_TERMS).flatMap(([concept, members]) =>
    members.map((member) => [member, CONCEPT_PREFIX + concept] as const),
  ),
);

/** The concept term a stem or compound belongs to, if the table lists it. */
export function conceptOf(term: string): string | undefined {
  return conceptByMember.get(term);
}

/** A stem rewritten to its family's stem when Porter splits the family (else unchanged). */
export function unifyStem(stem: string): string {
  return STEM_VARIANTS[stem] ?? stem;
}
