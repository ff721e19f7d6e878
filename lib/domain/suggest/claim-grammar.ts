// The words and shapes the quote and claim suggester (attributions.ts) reads a sentence by:
// hedges, negation, finite verbs, datelines, plans and schedules, statements that are not
// claims, and the adverbials and clauses a claim leaves out. Constants only (and one pure helper).

export const HEDGES =
  /\b(?:apparent(?:ly)?|reportedly|(?:an?|the)\s+reported|reported\s+to|alleged(?:ly)?|purported(?:ly)?|supposed(?:ly)?|likely|unlikely|probably|possibly|perhaps|may|might|could|seems?|seemingly|appears?|expected to|believed to|thought to|said to be|seen as|suspected|presumably|unclear whether|expects?|(?<!\b(?:than|as)\s)expected|an estimated)\b/i;
/** "the minister, who took office in May, said": a capitalised "May" after a word is the month, not the hedge "may". */
export function withoutMonthMay(s: string): string {
  return s.replace(/(?<=[\p{L}\p{N},]\s+)May\b/gu, "the month");
}
export const NEGATION = /\b(?:not|never|no longer|neither|nor)\b|n['’]t\b/i;
export const DENIAL_VERB = /^(?:denied|denies|deny|rejected|dismissed)$/i;
/** Irregular past forms: "the firm lost $2 million", "Shares fell 5%" are finite without an "-ed". */
export const IRREGULAR_PAST =
  "made|took|gave|saw|got|went|came|left|kept|lost|won|led|met|held|began|fell|rose|grew|became|knew|thought|told|said|found|paid|sold|spent|built|sent|brought|bought|caught|meant|stood|hit|cut|shut|ran|broke|drew|drove|flew|threw|spoke|chose|wore|fought|sought|taught|struck|swept|sank|shot|stole|slid|spun|sat|laid|lay|dealt|felt|heard|shook|burst|fled|froze|hid|bit|bore|forgot|forgave|rode|rang|sang|swam|woke|wrote|overtook|undertook|withdrew|overcame|upheld|mistook";
export const FINITE = new RegExp(
  `\\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|\\p{Ll}{3,}ed|\\p{Ll}{3,}s|${IRREGULAR_PAST})\\b`,
  "u",
);
export const CLAUSE_START = new RegExp(
  `\\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|shall|did|does|do|\\p{Ll}{3,}ed|${IRREGULAR_PAST})\\b|\\b(?:it|he|she|this|that|there)\\s+\\p{Ll}+s\\b`,
  "u",
);
export const AUXILIARY = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|shall|did|does|do)\b/;
export const DATELINE = /^(?:\p{Lu}[\p{Lu} .,'-]+(?:,\s*[^-–—(\n]{0,40}?)?\s*(?:\([^)\n]{1,40}\))?\s*(?:--|—|–|-)\s+)/u;
/** A report of the speaker's own next step: a pronoun, "would" and a plain verb (not negated, passive or hedged). */
export const OWN_PLAN =
  /^(?:it|they|we|he|she)\s+would\s+(?!not\b|never\b|be\b|have\b|likely\b|probably\b|only\b)\p{Ll}+\b(?![^,;]*\b(?:if|unless)\b)/u;
/** Site furniture, not reporting: "By subscribing, you can help us get the story right." */
export const PROMOTION = /\b(?:you|your|subscrib\w*|click|newsletter|sign up)\b/i;
export const LEAD_MARKERS = /^(?:(?:meanwhile|however|moreover|in addition|separately|still|also|but|and|yet|so),?\s+)+/i;
/**
 * "The full budget will be tabled on Feb. 24", "Provinces will receive an extra R6.4 billion
 * next year": the outlet's main clause in the future, with a time set for it, is a schedule or
 * plan, not a statement of fact (a "will" inside a relative clause, "which will raise $38
 * million a year", is not the main clause and stays).
 */
export const SCHEDULE =
  /^(?![^,;]*\b(?:which|that|who)\b)[^,;]{1,90}?\s(?:will|is to|are to|is due to|are due to|is scheduled to|are scheduled to)\s+(?:be\s+)?\p{Ll}+\b.*\b(?:on\s+(?:\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?:from|by|in|until)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.?|next\s+(?:week|month|year|spring|summer|autumn|winter)|(?:later|early|earlier)\s+this\s+(?:week|month|year))/su;
/** "we're going to", "we will", "I'll": a promise or plan in the speaker's own words, not a statement of fact. */
export const FIRST_PERSON_FUTURE = /\b(?:we|I)(?:['’]re\s+going\s+to|\s+(?:are|am)\s+going\s+to|\s+will|['’]ll|\s+shall)\b/i;
export const FIGURE =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|percent|twice)\b/i;
/** Openings of quoted words that are not statements of fact: feelings, anecdotes, appeals, verdicts on "this". */
export const NOT_A_STATEMENT =
  /^(?:but\s+|and\s+|so\s+)?(?:I\b|I['’]|my\b|you\b|please\b|let\b|(?:this|that|it|there)\s+(?:is|was|'s|’s)\b|we\s+(?:are|were)\s+(?:asking|urging|calling|going|adding|surprised|delighted|pleased|proud|happy|sad|sorry|disappointed)\b|we\s+(?:ask|urge|call|want|hope|need|will|would|can|must|should|did not want|didn['’]t want|have never seen)\b)/i;
/** A finite verb; a present-tense "-s" form only when there is no other (it is more often a plural noun). */
export const FINITE_VERB =
  /\s(?:is|are|was|were|has|have|had|will|would|can|could|told|wrote|said|made|took|gave|sent|put|left|met|held|began|saw|hit|struck|fell|rose|came|went|got|lost|won|led|paid|sold|grew|kept|spent|built|brought|bought|thought|found|became|broke|ran|shut|cut|flew|drew|drove|threw|spoke|chose|wore|stood|sat|fought|caught|taught|sought|swore|hung|rang|sang|sank|shot|slid|spun|stole|swam|woke|meant|laid|lay|dealt|felt|heard|knew|let|set|shook|sold|won|\p{Ll}{2,}ed)\b/u;
export const PRESENT_VERB = /\s\p{Ll}{3,}s\b/u;
/**
 * "Last month,", "On Monday,", "In October 2020,", "When polls closed,": a leading adverbial of
 * time or circumstance, which is not part of the claim.
 */
export const LEADING_ADVERBIAL =
  /^(?:In|On|At|Last|Next|This|Earlier|Later|When|After|Before|During|Since|By|Once|Until|Following|Over|Within|Throughout|Amid|Despite|Under|For|With|Without|Among|Across|Against|Unlike|Beyond|Besides|Through|Thanks to|Because of|Due to|Outside|Inside|Around|Compared with|Compared to|As of|Along with|In addition to)\b[^,;:"“”()]{1,60},\s+(?=\S)/;
/** "… after testifying for the prosecution": a trailing clause of time (not "only after …", which is the point). */
export const TRAILING_AFTER = /(?<!\bonly)\s+after\s+\p{Ll}+ing\b[^,;:"“”]*$/u;
