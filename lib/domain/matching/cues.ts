// Function words and verbs of English grammar that the matcher reads for stance and framing.
// These are closed, general classes (negators, denial verbs, verbs of perceiving or accusing,
// hedges), not the vocabulary of any corpus: they apply to any news story.

/** Words that negate their clause. */
export const NEGATORS = new Set(["not", "no", "never", "nothing", "neither", "nor", "without", "none", "n't", "cannot"]);

/** Verbs by which the holder denies what follows ("denied that the curbs were …"). */
export const DENIAL_VERBS = new Set(["deny", "reject", "refuse", "dismiss", "rebut", "dispute", "refute", "disavow", "contradict"]);

/**
 * Verbs (as lemmas) by which a claim tells of someone's view or accusation rather than stating it:
 * "saw the moves as …", "accused Tokyo of …". Plain saying verbs are not here: "Tokyo maintains
 * that the accord settled it" states the position it reports.
 */
export const FRAMING_VERBS = new Set([
  "see",
  "view",
  "regard",
  "describe",
  "call",
  "accuse",
  "complain",
  "allege",
  "brand",
  "label",
  "perceive",
  "characterize",
  "characterise",
  "portray",
  "frame",
  "blame",
  "condemn",
  "decry",
]);

/** Hedges: the outlet's own voice, but not committed. */
export const HEDGES = new Set(["apparent", "apparently", "reportedly", "allegedly", "seemingly", "possibly", "likely", "perhaps"]);
