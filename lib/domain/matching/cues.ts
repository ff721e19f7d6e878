// Function words and verbs of English grammar that the matcher reads for stance and framing.
// These are closed, general classes (negators, denial verbs, verbs of perceiving or accusing,
// hedges), not the vocabulary of any corpus: they apply to any news story.

/** Words that negate their clause. */
export const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "nothing",
  "neither",
  "nor",
  "without",
  "none",
  "n't",
  "cannot",
  // Negative pronouns and adverbs: "insisted that nobody was reconsidering the accord".
  "nobody",
  "nowhere",
]);

/**
 * Negators that quantify a noun or stand for one ("no demand survived", "nothing remained",
 * "nobody stayed"): the verb they negate may come some words later, after the noun they quantify.
 */
export const NEGATIVE_QUANTIFIERS = new Set(["no", "nothing", "nobody", "none", "neither"]);

/** A negator and the word after it that together affirm or add ("not only … but", "no doubt"). */
export const NON_NEGATING = new Set([
  "not only",
  "not just",
  "not merely",
  "not least",
  "no doubt",
  "no matter",
  // Litotes and idioms that affirm: "made no secret of its sympathy", "it was no coincidence that
  // …", "nothing but revenge", "none other than".
  "no secret",
  "no coincidence",
  "no accident",
  "no surprise",
  "nothing but",
  "nothing short",
  "nothing less",
  "none other",
  "no less",
  "not a coincidence",
  "not an accident",
  "not a secret",
  "not by chance",
  "not coincidental",
  "not accidental",
]);

/**
 * Verbs whose complement happens when they are negated: "did not prevent the leak", "failed to
 * block the sale", "did not hide its sympathy" ("stop" is left out: "did not stop buying" ends
 * nothing, and denies a boycott). A negation of one of them affirms what
 * was (not) prevented or hidden, unless the statement is itself about preventing or hiding.
 */
export const PREVENTION_VERBS = new Set([
  "prevent",
  "block",
  "avert",
  "forestall",
  "thwart",
  "hinder",
  "impede",
  "deter",
  "preclude",
  "hide",
  "conceal",
  "disguise",
  "mask",
  // Verbs of disregard presuppose what they disregard: "a hazard Tokyo could not ignore" is a hazard.
  "ignore",
  "overlook",
  "disregard",
]);

/** Verbs by which the holder denies what follows ("denied that the curbs were …"). */
export const DENIAL_VERBS = new Set(["deny", "reject", "dismiss", "rebut", "dispute", "refute", "disavow", "contradict", "doubt"]);

/**
 * Negative implicative verbs: "failed to file", "declined to join", "refrained from saying" entail
 * that the complement did not happen (Karttunen's implicatives), as a negator would. Only with
 * their complement ("to", "from"): "exports declined" negates nothing.
 */
export const NEGATIVE_IMPLICATIVES = new Set(["fail", "decline", "refrain", "abstain", "neglect", "refuse"]);

/** Verb + particle pairs that mean not doing, or putting off, what follows ("held off on a challenge"). */
export const NEGATIVE_PHRASAL = new Set([
  "hold off",
  "back away",
  "back off",
  "hold back",
  // "stopped short of endorsing": did not.
  "stop short",
  // Dismissing what was said or proposed: "ruled out a challenge", "played down the link".
  "rule out",
  "brush aside",
  "brush off",
  "play down",
  "shrug off",
  "laugh off",
  "wave away",
  // Keeping out of something is not taking part: "stayed out of the quarrel".
  "stay out",
  "keep out",
]);

/** Dismissive adjectives that deny only as predicates (PREDICATIVE_ONLY); also in DISMISSIVE_ADJECTIVES. */
const PREDICATIVE_DISMISSIVES = [
  // Predicates that deny a link ("the timing was coincidental", "the curbs were unrelated to …");
  // as predicates only: "an unrelated case" denies nothing.
  "unrelated",
  "unconnected",
  "coincidental",
  // Predicates of doubt ("whether it lost a privilege is debatable", "it is doubtful that …").
  "debatable",
  "questionable",
  "doubtful",
  "dubious",
  "implausible",
];

/**
 * Adjectives by which a holder dismisses what is claimed ("called the accusations baseless",
 * "said the reports were untrue"): the claim denies it as "denied" would.
 */
export const DISMISSIVE_ADJECTIVES = new Set([
  "baseless",
  "groundless",
  "unfounded",
  "untrue",
  "false",
  "bogus",
  "fabricated",
  "absurd",
  "ridiculous",
  "nonsensical",
  // Predicates that deny a report's truth or timing ("talk of a revolt was overblown", "reports
  // of a pull-out were premature").
  "overblown",
  "exaggerated",
  "overstated",
  "premature",
  "unsubstantiated",
  "inaccurate",
  "incorrect",
  "misleading",
  ...PREDICATIVE_DISMISSIVES,
]);

/** Dismissive adjectives that deny only as predicates, not before a noun ("an unrelated case", "dubious loans"). */
export const PREDICATIVE_ONLY = new Set(PREDICATIVE_DISMISSIVES);

/**
 * Verbs that, after "hard to" or "difficult to", doubt what follows ("it is hard to argue that …",
 * "a rationale hard to credit", "hard to believe"): the claim denies it.
 */
export const DOUBTED_INFINITIVES = new Set([
  "argue",
  "believe",
  "credit",
  "accept",
  "imagine",
  "justify",
  "sustain",
  "square",
  "assume",
  "think",
]);
export const DIFFICULTY_ADJECTIVES = new Set(["hard", "difficult"]);
/**
 * Adjectives that call a view wrong before "to" and a verb of saying or believing ("it would be
 * naive to assume …", "it is wrong to say …"): the view is denied, so a negation inside it affirms.
 * They also take "say" and "suggest", which after "hard to" only mean uncertain ("hard to say whether").
 */
export const MISTAKEN_ADJECTIVES = new Set([
  "wrong",
  "naive",
  "mistaken",
  "foolish",
  "misleading",
  // Dismissive adjectives before "to say" ("it is false to say nothing was lost") call the view wrong too.
  "false",
  "untrue",
  "incorrect",
  "inaccurate",
]);
export const MISTAKEN_INFINITIVES = new Set(["say", "suggest", "claim", "conclude"]);

/**
 * Nouns and phrases that call a view wrong ("it is an overstatement to say …", "calling it a
 * final choice is a stretch", "calling the policy biased goes too far"): with a saying or view
 * verb in an infinitive or a gerund, the view is denied, as MISTAKEN_ADJECTIVES deny it.
 */
export const MISTAKEN_NOUNS = new Set([
  "mistake",
  "error",
  "misunderstanding",
  "misreading",
  "misconception",
  "overstatement",
  "exaggeration",
  "oversimplification",
  "stretch",
]);

/** Verbs that name a view as a gerund or infinitive ("calling it revenge", "to link the rules with"). */
export const VIEW_NAMING_VERBS = new Set([
  "call",
  "describe",
  "label",
  "brand",
  "characterize",
  "characterise",
  "say",
  "suggest",
  "claim",
  "link",
  "tie",
  "portray",
  "see",
  "view",
  "regard",
  "treat",
  "assume",
  "argue",
]);

/** Nouns of grounds that, after a scarcity word, deny what they would ground ("little basis for saying …", "little reason to think …"). */
export const GROUNDS_NOUNS = new Set(["basis", "ground", "grounds", "reason", "sign", "indication", "support"]);

/** Quantifiers that, before a noun of proof, deny what it would prove ("scant evidence that …", "little proof of"). */
export const SCARCITY_WORDS = new Set(["scant", "little", "scarce", "slim", "thin", "scarcely"]);

/**
 * Nouns by which a holder dismisses what is claimed ("it is a myth that …", "inventing a safety
 * pretext"): the claim denies it. A pretext or smokescreen "for" something asserts that something
 * (the real motive), so those two deny only without a following "for".
 */
export const DISMISSIVE_NOUNS = new Set([
  "myth",
  "fiction",
  "fallacy",
  "falsehood",
  "canard",
  "misconception",
  "fabrication",
  "hoax",
  "pretext",
  "smokescreen",
  // A coincidence denies the link ("called the timing a coincidence"), as "coincidental" does; "no
  // coincidence" affirms it (NON_NEGATING).
  "coincidence",
]);
export const MOTIVE_NOUNS = new Set(["pretext", "smokescreen"]);

/**
 * Directive verbs: a negator in their infinitive complement ("urged voters not to buy …",
 * "asked him not to leave") negates what was urged, not the clause: the urging happened.
 */
export const DIRECTIVE_VERBS = new Set([
  "urge",
  "ask",
  "tell",
  "encourage",
  "warn",
  "advise",
  "order",
  "implore",
  "beg",
  "persuade",
  "press",
  "call",
  "instruct",
  "exhort",
  "caution",
]);

/**
 * Verbs (as lemmas) by which a claim tells of someone's view or accusation rather than stating it:
 * "saw the moves as …", "accused Tokyo of …". Plain saying verbs are not here: "Tokyo maintains
 * that the accord settled it" states the position it reports.
 */
export const FRAMING_VERBS = new Set([
  // "see", "view", "regard", "perceive" frame only with "as" (REGARD_AS_VERBS): "dealers saw
  // sales halve" tells what happened to them.
  "describe",
  "call",
  "accuse",
  "complain",
  "allege",
  "brand",
  "label",
  "characterize",
  "characterise",
  "portray",
  "depict",
  "frame",
  "blame",
  "condemn",
  "decry",
  // Verbs of complaining: the holder's grievance, told rather than stated.
  "grumble",
  "gripe",
  "lament",
  "protest",
  // "claimed" casts doubt on what follows (news style uses it for assertions the outlet does not
  // vouch for); "suspected X of", "charged that" accuse.
  "claim",
  "suspect",
  // Verbs of criticising: "denounced the curbs as", "criticised Tokyo for".
  "criticize",
  "criticise",
  "denounce",
  "deplore",
  "censure",
  "rebuke",
  "berate",
  "disparage",
  // "likened the downgrade to a declaration of war": a characterisation, the holder's.
  "liken",
  "regret",
  "slam",
  "blast",
  "lambast",
  "lambaste",
  "castigate",
  "bemoan",
  "moan",
  "fault",
  // More verbs of complaining, of anger voiced ("lawmakers fumed that …").
  "fume",
  "seethe",
  "bristle",
  "grouse",
  "carp",
  "whine",
  // Verbs of praising, the mirror of criticising: "praised Moon for refusing …", "hailed the move as".
  "praise",
  "hail",
  "applaud",
  "commend",
  "laud",
  // Verbs of mocking: "ridiculed the notion that …", "derided the filing as theatre".
  "ridicule",
  "mock",
  "deride",
  "scoff",
  "sneer",
  "lampoon",
]);

/**
 * Verbs of belief: "analysts believed the curbs were …", "many fear that …" tell of a view held,
 * not a statement made. "feel" and "charge" frame only with "that" after them ("felt the pinch",
 * "charged a fee" frame nothing).
 */
export const BELIEF_VERBS = new Set(["believe", "think", "fear", "assume", "presume", "speculate", "reckon", "imagine"]);
export const THAT_FRAMING_VERBS = new Set(["feel", "charge"]);

/**
 * Verbs of regarding that frame their object "as" something ("views the rules as punishment",
 * "many regard the curbs as revenge"). The tagger often reads "views" or "regard" after a name
 * as nouns, so with a following "as" in the same clause they frame whatever their tag.
 */
export const REGARD_AS_VERBS = new Set(["see", "view", "regard", "perceive", "consider", "deem", "read", "interpret", "treat"]);

/** Nouns that tell of someone's accusation ("Tokyo's accusations of weak vetting"). */
export const FRAMING_NOUNS = new Set(["accusation", "allegation"]);

/**
 * Nouns of grievance, or of a view held, that frame a "that" clause as someone's feeling ("voiced frustration that
 * Washington sided with Tokyo"): only with "that" right after, since "anger at the rulings" can
 * be what the outlet itself states.
 */
export const GRIEVANCE_NOUNS = new Set([
  "frustration",
  "anger",
  "outrage",
  "dismay",
  "resentment",
  "indignation",
  "irritation",
  "fear",
  "concern",
  "disappointment",
  "regret",
  "displeasure",
  "worry",
  "unease",
  // Nouns of a view or an assertion held by someone ("the belief that…", "Seoul's claim that…",
  // "the suspicion that…"): the same frame, with "that" after them ("claims for compensation"
  // frame nothing).
  "belief",
  "suspicion",
  "perception",
  "impression",
  "conviction",
  "assumption",
  "claim",
  "charge",
  "assertion",
  "contention",
]);

/**
 * Nouns of a point of view that, after a possessive, frame the clause as that holder's view
 * ("in Seoul's view", "in Tokyo's eyes"); "as far as Tokyo is concerned" is read apart.
 */
export const VIEWPOINT_NOUNS = new Set([
  "view",
  "eyes",
  "opinion",
  "estimation",
  "reckoning",
  "telling",
  "version",
  "narrative",
  "account",
]);

/**
 * Verbs that voice a feeling ("voiced strong disappointment at the move", "expressed regret
 * over"): with a noun of grievance as object, the claim tells of a reaction, someone's view.
 */
export const VOICING_VERBS = new Set(["voice", "express", "register", "convey"]);

/** Nouns of proof: "without evidence" marks an allegation the outlet does not vouch for. */
export const EVIDENCE_NOUNS = new Set(["evidence", "proof", "substantiation"]);

/** Hedges: the outlet's own voice, but not committed. */
export const HEDGES = new Set(["apparent", "apparently", "reportedly", "allegedly", "seemingly", "possibly", "likely", "perhaps"]);

/**
 * Aspectual verbs: a state that goes on ("would stay in place", "keeps its status") against one
 * that ends ("ended the pact", "removed it from the list"). A claim that the state persists denies
 * a statement that it ended, and the reverse, without any negator.
 */
export const CONTINUATIVE_VERBS = new Set([
  "keep",
  "stay",
  "remain",
  "retain",
  "continue",
  "preserve",
  "persist",
  "survive",
  // "the right to sue outlived the treaty": it went on after it.
  "outlive",
  "outlast",
  "renew",
  // "extend the pact" prolongs it; "extend to crimes" (reach) is read apart, by the word after.
  "extend",
  "prolong",
]);

/** Prepositions after which "extend" means reach, not prolong ("did not extend to crimes"). */
export const REACH_PREPOSITIONS = new Set(["to", "into", "beyond", "over", "across"]);

/** Particles after which "stay" or "keep" means avoiding, not going on ("stayed away", "kept clear of"). */
export const AVOIDANCE_PARTICLES = new Set(["away", "clear", "off", "out"]);

/**
 * States that "leave" keeps in place ("left intact the right to sue", "left victims free to
 * pursue", "left the question open"): the state goes on, as "keep" says.
 */
export const KEPT_STATES = new Set([
  "intact",
  "untouched",
  "unaffected",
  "unchanged",
  "unscathed",
  "alive",
  "open",
  "free",
  "valid",
  "unresolved",
]);

/**
 * Concessive words ("whatever the courts decided", "regardless of the rulings"): with a modal
 * ("would have been introduced whatever …"), what the main clause says happens independently of
 * what the concessive clause names. "whatever" alone also begins free relatives ("whatever was
 * owed was paid"), hence the modal.
 */
export const CONCESSIVES = new Set(["whatever", "whichever", "regardless", "irrespective"]);
export const TERMINATIVE_VERBS = new Set([
  "end",
  "remove",
  "terminate",
  "stop",
  "quit",
  "scrap",
  "cancel",
  "drop",
  "withdraw",
  "abandon",
  "lift",
  "revoke",
  "abolish",
  "strip",
  "discontinue",
  "halt",
  // Settling a claim or dispute ends it: "the right to damages survived the pact" denies it.
  "settle",
]);

/**
 * Verbs that attribute what follows to someone ("said", "insisted", "announced") rather than tell
 * what happened: stance cues, not the topic, so they weigh little when texts are compared.
 */
export const REPORTING_VERBS = new Set([
  "say",
  "tell",
  "state",
  "claim",
  "insist",
  "maintain",
  "argue",
  "add",
  "note",
  "announce",
  "report",
  "assert",
  "contend",
  "suggest",
  "hint",
  "acknowledge",
  "admit",
  "stress",
  "explain",
  "declare",
  "believe",
  "think",
  "hope",
  "express",
  "inform",
  // "quoted officials as saying": second-hand by its form.
  "quote",
]);

/**
 * Verbs of saying that, leading the sentence with their subject ("Moon said Tokyo was …", "LDP
 * hawks warned a committee that …", "the paper crowed that …"), put what follows in the subject's
 * mouth: the claim tells what someone said, and the outlet does not state it. The reporting verbs
 * above, less those of belief, of admitting (an admission states it: "Tokyo admitted that …"),
 * of announcing (an announcement is the act: "Seoul announced it was letting the pact lapse") and
 * of holding a position ("Tokyo maintains that the accord settled it" states the position it
 * reports), with other verbs of speaking (warning, boasting, muttering, writing).
 */
const NOT_LEADING_REPORTS = new Set([
  ...["believe", "think", "hope", "express", "inform", "quote", "acknowledge", "admit", "announce", "declare"],
  ...["maintain", "insist", "contend", "argue", "assert", "stress", "state"],
]);
export const LEADING_REPORT_VERBS = new Set([
  ...[...REPORTING_VERBS].filter((v) => !NOT_LEADING_REPORTS.has(v)),
  "warn",
  "boast",
  "crow",
  "brag",
  "mutter",
  "write",
  "predict",
  "charge",
  "reiterate",
  "repeat",
  "testify",
]);

/**
 * Verbs of saying that also take evidence for their subject ("the timing suggests that …", "the
 * figures hint at …"): they lead a report only after a speaker (a name, a pronoun or a noun of
 * ATTRIBUTION_NOUNS).
 */
export const EVIDENTIAL_REPORT_VERBS = new Set(["suggest", "hint", "note", "indicate"]);

/** Nouns naming who speaks, not what is said ("officials", "a spokesman", "analysts"). */
export const ATTRIBUTION_NOUNS = new Set([
  "official",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "analyst",
  "critic",
  "observer",
  "expert",
  "source",
  "commentator",
]);

/**
 * Verbs that frame an infinitive right after them ("decided to end", "plans to file", "vowed to
 * fight"): what is decided or planned is the content. A closed list, since "forced to work" or
 * "used to make" carry content of their own.
 */
export const CONTROL_VERBS = new Set([
  "decide",
  "plan",
  "try",
  "attempt",
  "want",
  "seek",
  "intend",
  "agree",
  "promise",
  "threaten",
  "aim",
  "vow",
  "pledge",
  "offer",
  "expect",
  "begin",
  "start",
  "hope",
  "wish",
  "prepare",
  "choose",
  "opt",
  "move",
]);

/** Conjunctions that join two assertions, each with its own negation ("…, but did not say so"). */
export const CLAUSE_CONJUNCTIONS = new Set(["but", "although", "though", "whereas", "while", "yet"]);

/**
 * Exclusive particles: "the curbs were purely administrative", "solely about security", "a mere
 * review" say this and nothing else. After a copula or before a reason ("about", "for",
 * "because"), or "mere" before its noun, they give the one reason or nature of the thing, which
 * denies a statement that gives another reason. "only" counts as an adverb only ("the only pact"
 * is no exclusive), and "just" not at all (mostly time).
 */
export const EXCLUSIVES = new Set(["purely", "solely", "merely", "mere", "exclusively", "simply", "only"]);

/** Words that open a reason ("about security", "because of the rulings", "for the verdicts", "over history"). */
export const REASON_MARKERS = new Set(["about", "for", "because", "over", "due", "owing", "out"]);

/**
 * Words that negate weakly ("few doubted", "hardly disputed", "little doubt that"): not negators
 * themselves ("few Koreans bought Japanese cars" affirms a boycott), but before a denial they
 * cancel it, as "no one doubted" would.
 */
export const WEAK_NEGATORS = new Set(["few", "little", "hardly", "scarcely", "barely", "rarely", "seldom"]);

/**
 * Verbs of saying or believing that, passive with "to", attribute hearsay: "is said to have
 * lodged", "is believed to have", "were reported to be".
 */
export const HEARSAY_PASSIVES = new Set([
  "say",
  "believe",
  "think",
  "report",
  "understand",
  "allege",
  "rumour",
  "rumor",
  "reckon",
  "expect",
]);

/**
 * Verbs of plain saying: negated ("did not say so", "would not comment", "never disclosed") they
 * tell that the holder kept quiet, which denies nothing.
 */
export const SAYING_VERBS = new Set([
  "say",
  "tell",
  "state",
  "announce",
  "comment",
  "explain",
  "specify",
  "elaborate",
  "disclose",
  "reveal",
  "mention",
]);

/**
 * Contrastive negators: "acted as a referee rather than a partisan", "instead of suing": what
 * their complement names did not happen or is not so. They deny a statement only when their
 * complement is what the statement is about (more of its words than the rest of the claim).
 */
export const CONTRASTIVE_NEGATORS = new Set(["rather than", "instead of"]);

/**
 * Subordinators of reason: a negation inside the reason ("X happened because he could not accept
 * Y") is the reason's, not a denial that X happened.
 */
export const REASON_SUBORDINATORS = new Set(["because", "since"]);

/**
 * Subordinators of a time clause ("…, only after talks went nowhere", "… until Seoul backed
 * down"): after a main clause they say when it happened, so a negation inside is not the claim's.
 */
export const TEMPORAL_SUBORDINATORS = new Set(["after", "before", "until", "once"]);

/**
 * Adjectives of deficiency ("lax controls", "weak oversight", "inadequate checks"): a statement
 * that names one says something falls short, so a claim that it could not or failed to ("could
 * not be tracked", "failed to account for") agrees with it rather than denies it.
 */
export const DEFICIENCY_ADJECTIVES = new Set([
  "lax",
  "weak",
  "poor",
  "inadequate",
  "insufficient",
  "deficient",
  "careless",
  "sloppy",
  "negligent",
  "loose",
  "lacking",
  "ineffective",
  "unreliable",
  "incompetent",
  "incapable",
  "faulty",
  "flawed",
]);
