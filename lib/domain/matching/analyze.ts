// A claim or statement reduced to what the matcher compares: content lemmas with their
// WordNet concepts, vectors and weights; named entities; numbers and years; and the cues of
// negation, framing and hedging that decide the stance. Pure; wink-nlp is an in-memory library.
import winkNLP, { type ItsFunction } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { dot, type Lexicon, type WordNetPos } from "./lexicon";
import {
  DENIAL_VERBS,
  DIRECTIVE_VERBS,
  DISMISSIVE_ADJECTIVES,
  FRAMING_NOUNS,
  FRAMING_VERBS,
  HEDGES,
  NEGATIVE_IMPLICATIVES,
  CONTINUATIVE_VERBS,
  TERMINATIVE_VERBS,
  NEGATIVE_PHRASAL,
  NEGATORS,
  REGARD_AS_VERBS,
  REPORTING_VERBS,
  ATTRIBUTION_NOUNS,
  CONTROL_VERBS,
  NON_NEGATING,
  CLAUSE_CONJUNCTIONS,
  GRIEVANCE_NOUNS,
  VIEWPOINT_NOUNS,
  EVIDENCE_NOUNS,
  NEGATIVE_QUANTIFIERS,
  DISMISSIVE_NOUNS,
  MOTIVE_NOUNS,
  BELIEF_VERBS,
  THAT_FRAMING_VERBS,
  REACH_PREPOSITIONS,
  AVOIDANCE_PARTICLES,
  DOUBTED_INFINITIVES,
  DIFFICULTY_ADJECTIVES,
  MISTAKEN_ADJECTIVES,
  MISTAKEN_INFINITIVES,
  SCARCITY_WORDS,
  KEPT_STATES,
  CONCESSIVES,
  PREDICATIVE_ONLY,
  EXCLUSIVES,
  REASON_MARKERS,
  WEAK_NEGATORS,
  HEARSAY_PASSIVES,
  CONTRASTIVE_NEGATORS,
  REASON_SUBORDINATORS,
  TEMPORAL_SUBORDINATORS,
  VOICING_VERBS,
  LEADING_REPORT_VERBS,
  EVIDENTIAL_REPORT_VERBS,
  MISTAKEN_NOUNS,
  VIEW_NAMING_VERBS,
  GROUNDS_NOUNS,
} from "./cues";

/**
 * Weight kept by a word that only carries stance or attribution ("denied", "said", "urged",
 * "officials"): the words of what is claimed decide whether two texts say the same thing.
 */
const CUE_WEIGHT = 0.25;
const isCueWord = (lemma: string, tag: string) =>
  (tag === "VERB" &&
    (REPORTING_VERBS.has(lemma) ||
      FRAMING_VERBS.has(lemma) ||
      DENIAL_VERBS.has(lemma) ||
      NEGATIVE_IMPLICATIVES.has(lemma) ||
      DIRECTIVE_VERBS.has(lemma) ||
      BELIEF_VERBS.has(lemma) ||
      REGARD_AS_VERBS.has(lemma))) ||
  (tag === "NOUN" && (ATTRIBUTION_NOUNS.has(lemma) || FRAMING_NOUNS.has(lemma))) ||
  HEDGES.has(lemma);

export interface Term {
  lemma: string;
  /** The words as written, for reasons shown to the user. */
  surface: string;
  weight: number;
  concepts: number[];
  broader: number[];
  vector: Float32Array | null;
  entity: boolean;
  /** A capitalised first word kept as a word as well as a name ("Shoppers …", "Tokyo …"). */
  initial: boolean;
  /** A stance or attribution word ("said", "argued", "officials"), kept at CUE_WEIGHT. */
  cue: boolean;
  /** The clause (0, 1, …; see AnalyzedText.negationClause) the word first occurs in. */
  clause: number;
  /** Every clause the word occurs in ("both sides …, declining to take a side": 0 and 1). */
  clauses: number[];
}

export interface AnalyzedText {
  text: string;
  terms: Term[];
  lemmas: Set<string>;
  entities: Term[];
  /** Years, dates and quantities as written ("1965", "July 4", "2 percent"). */
  numbers: Set<string>;
  /** Weighted mean of the terms' vectors, unit length (zeros when no term has a vector). */
  vector: Float32Array;
  negation: string | null;
  /**
   * The clause the negation is in: clauses are cut at commas, semicolons, colons, dashes,
   * brackets and the conjunctions that join two assertions ("but", "although", "while").
   */
  negationClause: number;
  /**
   * Whether the negation is a bare negator ("not", "no", "never") after the framing verb, inside
   * what is framed ("protested that Tokyo had pushed it among nations it does not trust"): then
   * the claim tells of the holder's view, negation and all, rather than denying the statement.
   */
  negationFramed: boolean;
  /** The verb the negation governs ("did not prevent" → "prevent", "failed to stop" → "stop"), or null. */
  negatedVerb: string | null;
  /**
   * Whether the negation says someone or something could not or failed to ("could not be
   * tracked", "cannot say where", "failed to account for"): an inability, not a denial.
   */
  negationInability: boolean;
  /**
   * A rhetorical question that denies a view ("Is anyone meant to believe that …?", "Who could
   * still maintain that …?") when what it denies is itself a denial ("… was a coincidence"): the
   * two cancel, and the claim states it. Its opening words ("Is anyone … believe"), or null.
   */
  rhetorical: string | null;
  framing: string | null;
  /** The clause the framing word is in, or -1. */
  framingClause: number;
  /**
   * Whether the framing word opens a participle clause after the main one ("ended the pact,
   * blaming Tokyo for …"): it frames that clause, and the main one is stated.
   */
  framingAdjunct: boolean;
  hedge: string | null;
  /** A verb saying a state goes on ("stay", "keep"), or that it ends ("end", "remove"). */
  continues: string | null;
  ends: string | null;
  /**
   * A concessive clause under a modal ("would have been introduced whatever the courts had
   * decided"): the clause's number, and the words. What the main clause says happens whatever that
   * clause names, so a statement linking the two is denied.
   */
  independentClause: number;
  independent: string | null;
  /**
   * An exclusive particle giving the one reason or nature ("were purely administrative", "solely
   * about security"), and the content words of its focus (the rest of its clause, up to eight
   * words); null and [] when there is none.
   */
  exclusive: string | null;
  exclusiveFocus: string[];
  /**
   * The content words of the reason the text gives, after its first reason marker ("retaliation
   * for the court rulings" → court, ruling; "because of the trade dispute" → trade, dispute).
   */
  reason: string[];
  /**
   * A contrastive negator ("rather than", "instead of") and the clause of its complement ("acted
   * as a referee rather than a partisan" → "rather than", the clause of "a partisan"); null and -1.
   */
  contrast: string | null;
  contrastClause: number;
  /** Clauses that give a reason for the one before ("…, since METI had voiced misgivings"). */
  reasonClauses: number[];
  /** A closing attribution clause ("…, an official told reporters"), or -1. */
  attributionClause: number;
  /** The first clause and those opened by a semicolon or colon ("Washington did not favour Tokyo; …"). */
  independentClauses: number[];
  /**
   * A verb of saying that leads the text after its subject and before what was said ("Moon said
   * Tokyo was …", "lobbyists warned that …"), or null; `selfReport` when what was said has the
   * speaker for its subject ("Seoul said it would scrap the pact"): the holder states its own act.
   */
  leadingReport: string | null;
  selfReport: boolean;
}

type Nlp = ReturnType<typeof winkNLP>;
let cachedNlp: Nlp | null = null;
// Loaded once per process on first use: importing this module stays free.
function getNlp(): Nlp {
  cachedNlp ??= winkNLP(model, ["sbd", "pos", "ner"]);
  return cachedNlp;
}

const WORDNET_POS_OF: Record<string, WordNetPos> = { NOUN: "n", VERB: "v", ADJ: "a", ADV: "r" };
const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"]);
const LIGHT_VERBS = new Set(["be", "have", "do", "say", "make", "take", "get", "go", "will", "would", "could", "should", "may"]);

export function analyzeText(text: string, lexicon: Lexicon): AnalyzedText {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const normals = tokens.out(its.normal).map((s) => s.toLowerCase());
  const lemmasRaw = tokens.out(its.lemma as unknown as ItsFunction<string>).map((s) => s.toLowerCase());
  const values = tokens.out(its.value);
  const pos = tokens.out(its.pos) as string[];
  const types = tokens.out(its.type);
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];

  let negation: string | null = null;
  let negationClause = 0;
  let clause = 0;
  let framing: string | null = null;
  let hedge: string | null = null;
  let continues: string | null = null;
  let ends: string | null = null;
  let firstReport: number | null = null;
  let negationIndex = -1;
  let negationPlain = false;
  let framingIndex = -1;
  let framingClause = -1;
  let framingAdjunct = false;
  let negatedVerb: string | null = null;
  let exclusive: string | null = null;
  let exclusiveFocus: string[] = [];
  let reason: string[] = [];
  /** Denial words a negator before them cancels ("there is no denying", "did not dispute"). */
  const cancelled = new Set<number>();
  /** Verbs of a view the text calls wrong ("naive to assume") or hard to avoid ("hard not to see"): no framing of the holder's. */
  const viewDenied = new Set<number>();
  let independent: string | null = null;
  let independentClause = -1;
  let dismissedTalk = false;
  /** Clauses with a verb of saying ("…, a senior aide said on background"): "say" is no term, so closingAttribution cannot see it. */
  const reportClauses = new Set<number>();
  let contrast: string | null = null;
  let contrastClause = -1;
  /** Whether token i sits in a reason clause ("…, because he could not accept …") after a main clause. */
  let inReason = false;
  /** Whether token i sits in a time clause ("…, only after talks went nowhere") after a main clause. */
  let inTimeClause = false;
  /** Whether token i sits in a relative clause on a noun ("three materials that Samsung cannot replace"). */
  let inRelative = false;
  let sentenceFirst = 0;
  const reasonClauses: number[] = [];
  /** The first clause and those after a semicolon or colon: sentences of their own, joined. */
  const independentClauses: number[] = [0];
  const hasModal = normals.some((w) => w === "would" || w === "could" || w === "might");
  const counterfactual = counterfactualAntecedent(normals, pos);
  /** The clause a counterfactual's antecedent is in (set when the loop reaches it). */
  let antecedentClause = 0;
  const namingQuote = namingQuotes(values, pos);
  const question = rhetoricalQuestion(normals, lemmasRaw);
  // Only when what it denies is a denial: "Who could maintain that Seoul kept its status?" may deny
  // the statement or its opposite, and is left to the rules below.
  if (question && question.inner >= 0) {
    viewDenied.add(question.verb);
    cancelled.add(question.inner);
  }
  const dismissedView = gerundDismissed(normals, lemmasRaw, pos);
  if (dismissedView) viewDenied.add(dismissedView.verb);
  const byLemma = new Map<string, Term>();
  const add = (lemma: string, surface: string, isEntity: boolean, wnPos: WordNetPos | null, word: string, cue = false, initial = false) => {
    const known = byLemma.get(lemma);
    if (known) {
      // A name met again is no word of the clause ("Paris …, though Paris did not say so").
      if (!isEntity && !known.clauses.includes(clause)) known.clauses.push(clause);
      return;
    }
    const inClause = clause;
    // The word as written has the better vector ("goods" is not "good", "backed" not "back").
    const vector = lexicon.vector(word) ?? phraseVector(lemma, lexicon);
    byLemma.set(lemma, {
      lemma,
      surface,
      weight: lexicon.weight(lemma.split(" ").at(-1) ?? lemma) * (cue ? CUE_WEIGHT : 1),
      concepts: lexicon.conceptsOf(lemma, wnPos),
      broader: lexicon.broaderOf(lemma, wnPos),
      vector,
      entity: isEntity,
      // Every term has every field, in this order: one object shape for the comparison loops.
      initial,
      cue,
      clause: inClause,
      clauses: [inClause],
    });
  };

  const initialEntities: Term[] = [];
  // First word of a sentence, or of the text, or after an opening quote or bracket.
  const sentenceStart = (i: number) => {
    let j = i - 1;
    while (j >= 0 && /^["“‘'([]$/u.test(values[j] ?? "")) j--;
    return j < 0 || /^[.!?]$/.test(values[j] ?? "");
  };
  for (let i = 0; i < normals.length; i++) {
    // The token arrays are parallel (one entry per token), so these are all defined for i < normals.length.
    const normal = normals[i];
    const lemma = lemmasRaw[i];
    const value = values[i];
    const tag = pos[i];
    if (normal === undefined || lemma === undefined || value === undefined || tag === undefined) continue;
    if (counterfactual !== null && i === counterfactual.start) antecedentClause = clause;
    const concessive = hasModal && (CONCESSIVES.has(normal) || `${normal} ${normals[i + 1] ?? ""}` === "no matter");
    // A participle after a comma that is no reporting word ("…, favouring neither") elaborates the
    // clause before it, and shares its scope; "…, arguing that …" opens another.
    const participle =
      value === "," && pos[i + 1] === "VERB" && /ing$/.test(normals[i + 1] ?? "") && !isCueWord(lemmasRaw[i + 1] ?? "", "VERB");
    const contrastive = CONTRASTIVE_NEGATORS.has(`${normal} ${normals[i + 1] ?? ""}`);
    if ((/^[,;:()–—]$/.test(value) && !participle) || CLAUSE_CONJUNCTIONS.has(normal) || concessive || contrastive) {
      clause++;
      inTimeClause = false;
      inRelative = false;
      if (value === ";" || value === ":") independentClauses.push(clause);
    }
    if (contrastive && contrast === null) {
      contrast = `${value} ${values[i + 1] ?? ""}`;
      contrastClause = clause;
    }
    if (/^[.!?]$/.test(value)) {
      inReason = false;
      inTimeClause = false;
      inRelative = false;
      sentenceFirst = i + 1;
    }
    // "choking off three materials that Samsung cannot easily replace": a relative clause says
    // what a thing is like; its negation is not the claim's. A clause of content on a noun of
    // saying or thinking ("the claim that Tokyo did not retaliate") is what the claim is about.
    if (
      RELATIVE_PRONOUNS.has(normal) &&
      pos[i - 1] === "NOUN" &&
      !CONTENT_NOUNS.has(lemmasRaw[i - 1] ?? "") &&
      // "told reporters that …", "assured the Diet that …": the noun is who was told; the clause is what.
      !lemmasRaw.slice(Math.max(0, i - 4), i - 1).some((l) => TELLING_VERBS.has(l)) &&
      i > sentenceFirst + 2 &&
      opensClause(i, normals, pos, { reach: 8, auxiliaries: true })
    )
      inRelative = true;
    // "…, because he could not stomach what the court ordered": the reason's negation, not the claim's.
    // "…was lodged only after talks went nowhere": a time clause after the main one says when,
    // and its negation is not the claim's (a time phrase, "after August", has no verb: no clause).
    if (TEMPORAL_SUBORDINATORS.has(normal) && i > sentenceFirst + 2 && opensClause(i, normals, pos)) inTimeClause = true;
    // "… stood empty as locals refused to buy them": "as" opening a clause (its subject, then a
    // verb) after the main one tells the circumstance or cause, as "because" does.
    const asClause =
      normal === "as" &&
      pos[i - 1] !== "VERB" &&
      i > sentenceFirst + 3 &&
      /^(NOUN|PROPN|PRON|DET|ADJ)$/.test(pos[i + 1] ?? "") &&
      opensClause(i, normals, pos, { reach: 6 });
    if ((REASON_SUBORDINATORS.has(normal) || asClause) && i > sentenceFirst + 2 && !(normal === "since" && pos[i + 1] === "NUM")) {
      inReason = true;
      reasonClauses.push(clause);
    }
    if (concessive && independent === null) {
      independent = values.slice(i, i + 4).join(" ");
      independentClause = clause;
    }
    const negatedBefore = negation;
    const framedBefore = framing;
    // "asking almost nothing of Tokyo", "next to no help": a small amount, not a denial.
    const approximate =
      /^(?:nothing|no|none|nobody)$/.test(normal) &&
      (/^(?:almost|virtually|practically|nearly)$/.test(normals[i - 1] ?? "") || (normals[i - 1] === "to" && normals[i - 2] === "next"));
    // "it would be hard not to see it as revenge": the negated view is hard to avoid, so it is held.
    const hardNot =
      normal === "not" && normals[i + 1] === "to" && (DIFFICULTY_ADJECTIVES.has(normals[i - 1] ?? "") || normals[i - 1] === "impossible");
    // "left nothing for the families to pursue", "there is nothing left to litigate", "nothing
    // remained to be negotiated": all of it is done with, an ending rather than a denial.
    const nothingLeft = normal === "nothing" && nothingLeftTo(i, normals, lemmasRaw);
    if (nothingLeft) ends ??= `${lemmasRaw[i - 1] === "leave" ? `${values[i - 1] ?? ""} ` : ""}${value} … to`;
    // "Without tighter checks, the compounds could end up …": a condition (a modal follows), not a denial.
    const conditionalWithout = normal === "without" && i === sentenceFirst && hasModal && normals.slice(i + 1, i + 10).includes(",");
    const isNegator = (NEGATORS.has(normal) || NEGATORS.has(lemma)) && !approximate && !hardNot && !nothingLeft && !conditionalWithout;
    // The view is the outlet's own, no holder's to frame.
    if (hardNot) viewDenied.add(i + 2);
    // "would not have acted without the ruling", "never leaves without": the two negations cancel.
    const denied =
      !isNegator || cancelled.has(i) || normal === "without"
        ? -1
        : NEGATIVE_QUANTIFIERS.has(normal)
          ? denialInClause(i, normals, lemmasRaw)
          : deniedAhead(i, normals, lemmasRaw, pos);
    const without = isNegator && normal !== "without" && !cancelled.has(i) ? withoutAhead(i, normals) : -1;
    if (denied >= 0) cancelled.add(denied);
    // Two negations in one clause affirm: "no one can fail to connect", "nothing was left
    // unresolved", "it is not true that they stayed out of it".
    const doubled =
      isNegator && denied < 0 && !cancelled.has(i) && normal !== "without" ? secondNegation(i, normals, lemmasRaw, pos, lexicon) : -1;
    if (doubled >= 0) {
      cancelled.add(i);
      cancelled.add(doubled);
    }
    // "…, hardly the picture of a boycott", "scarcely a revolt": not a revolt.
    if ((normal === "hardly" || normal === "scarcely") && /^(the|a|an)$/.test(normals[i + 1] ?? ""))
      negation ??= `${value} ${values[i + 1] ?? ""}`;
    // "few in Seoul doubted that", "hardly anyone disputed": a weak negator cancels the denial after it.
    if (WEAK_NEGATORS.has(normal)) {
      const j = denialInClause(i, normals, lemmasRaw);
      if (j >= 0) cancelled.add(j);
      // "few households did not swap a brand": most did, so the negator affirms; "a few … did not" denies.
      const k = normals[i - 1] === "a" ? -1 : negatorInClause(i, normals);
      if (k >= 0) cancelled.add(k);
    }
    // "no longer enjoys", "not … any longer", "not anymore": what held has ended, as "end" says.
    const noLonger =
      isNegator &&
      ((normal === "no" && normals[i + 1] === "longer") ||
        (normal === "no" && normals[i + 1] === "more" && normals[i + 2] !== "than") ||
        ((normal === "not" || normal === "n't") &&
          normals.slice(i + 1, i + 6).some((w, k) => w === "anymore" || (w === "longer" && normals[i + k] === "any"))));
    if (noLonger)
      ends ??=
        normal === "no"
          ? `${value} ${values[i + 1] ?? ""}`
          : `${value} … ${normals.slice(i + 1, i + 6).includes("anymore") ? "anymore" : "any longer"}`;
    if (without >= 0) cancelled.add(without);
    if (
      isNegator &&
      denied < 0 &&
      without < 0 &&
      !cancelled.has(i) &&
      !noLonger &&
      !NON_NEGATING.has(`${normal} ${normals[i + 1] ?? ""}`) &&
      !NON_NEGATING.has(`${normal} ${normals[i + 1] ?? ""} ${normals[i + 2] ?? ""}`) &&
      !directiveComplement(i, normals, lemmasRaw, pos) &&
      !exclusiveTag(i, normals) &&
      !(counterfactual !== null && i > counterfactual.start && i < counterfactual.end)
    ) {
      const continued = negatedContinuative(i, normals, lemmasRaw, pos);
      // "without offering evidence": an allegation the outlet does not vouch for, not a denial.
      const unproven = normal === "without" && normals.slice(i + 1, i + 4).some((w, k) => EVIDENCE_NOUNS.has(lemmasRaw[i + 1 + k] ?? w));
      if (unproven) framing ??= `${value} ${values.slice(i + 1, i + 4).join(" ")}`.trim();
      // "would not renew the pact" says it ends, as "end" would: an outcome, not a denial.
      else if (continued >= 0)
        ends ??= continued === i + 1 ? `${value} ${values[continued] ?? ""}` : `${value} … ${values[continued] ?? ""}`;
      // "Had the court not ruled, Tokyo would never have acted": the consequent of a counterfactual
      // whose antecedent is negated states what would have been, not what is; the two negations
      // assert that the ruling came and the act followed from it.
      else if (counterfactual?.negated && i > counterfactual.end) {
        // Neither negation is the claim's.
      }
      // A capitalised negator inside a sentence is part of a name or slogan ("the 'No Japan' movement").
      else if (!/^\p{Lu}/u.test(value) || sentenceStart(i)) {
        if (negation === null) negationPlain = true;
        negation ??= value;
      }
    }
    // "dismissed Seoul's filing as political theatre": a characterisation of what was done, not a
    // denial that it was; "dismissed claims that …" still denies.
    // "Only the naive could doubt that …", "only a fool would deny": nobody sensible does.
    if ((DENIAL_VERBS.has(lemma) || lemma === "doubt") && onlyTheNaive(i, normals)) cancelled.add(i);
    if (DENIAL_VERBS.has(lemma) && tag === "VERB" && !cancelled.has(i)) {
      // "dismissed as a complete misunderstanding the idea that …", "dismissed the reports as
      // baseless": what it is dismissed as calls it wrong, a denial.
      if (lemma === "dismiss" && asFollows(i, normals, pos) && !dismissedAsWrong(i, normals, lemmasRaw)) framing ??= value;
      else negation ??= value;
    }
    // "scholars doubt the treaty extinguished …": the tagger reads the verb as a noun after a plural subject.
    if (
      lemma === "doubt" &&
      tag === "NOUN" &&
      /^(NOUN|PROPN|PRON)$/.test(pos[i - 1] ?? "") &&
      /^(DET|PROPN|NUM|PRON)$/.test(pos[i + 1] ?? "") &&
      !cancelled.has(i)
    )
      negation ??= value;
    // "far from clear that …", "far from favouring either side"; not "far from Seoul".
    // "Far from bluffing, Seoul filed its case": the opening phrase is what is not so, the main
    // clause what is (a contrast, as "rather than"); inside a clause it denies.
    if (normal === "far" && normals[i + 1] === "from" && /^(ADJ|VERB|ADV)$/.test(pos[i + 2] ?? "")) {
      if (i === sentenceFirst && normals.slice(i + 2, i + 8).includes(",")) {
        contrast ??= `${value} from`;
        if (contrastClause < 0) contrastClause = clause;
      } else negation ??= `${value} from`;
    }
    // "it is hard to argue that …", "a rationale hard to credit": doubted, as "doubt" would.
    // "it would be naive to assume nothing slipped through": the denied view's own negation is
    // denied too, and the two affirm; the verb frames nothing (the outlet speaks).
    const doubtedView =
      normals[i + 1] === "to" &&
      ((DIFFICULTY_ADJECTIVES.has(normal) && DOUBTED_INFINITIVES.has(lemmasRaw[i + 2] ?? "")) ||
        (MISTAKEN_ADJECTIVES.has(normal) &&
          (DOUBTED_INFINITIVES.has(lemmasRaw[i + 2] ?? "") || MISTAKEN_INFINITIVES.has(lemmasRaw[i + 2] ?? ""))));
    // "it is probably an overstatement to say …", "a misunderstanding to link …": the same with a noun.
    const mistakenNoun =
      MISTAKEN_NOUNS.has(lemma) && tag === "NOUN" && normals[i + 1] === "to" && VIEW_NAMING_VERBS.has(lemmasRaw[i + 2] ?? "");
    // "there is little to suggest …", "little basis for saying …", "scant reason to think …".
    const scarceGrounds =
      SCARCITY_WORDS.has(normal) &&
      normals[i - 1] !== "a" &&
      ((normals[i + 1] === "to" && VIEW_NAMING_VERBS.has(lemmasRaw[i + 2] ?? "")) ||
        (GROUNDS_NOUNS.has(lemmasRaw[i + 1] ?? "") &&
          /^(for|to)$/.test(normals[i + 2] ?? "") &&
          VIEW_NAMING_VERBS.has(lemmasRaw[i + 3] ?? "")));
    if (mistakenNoun || scarceGrounds) {
      const verb = scarceGrounds && GROUNDS_NOUNS.has(lemmasRaw[i + 1] ?? "") ? i + 3 : i + 2;
      viewDenied.add(verb);
      negation ??= values.slice(i, verb + 1).join(" ");
      dismissedTalk = negatedBefore === null;
    }
    if (dismissedView !== null && i === dismissedView.predicate) {
      const from = normal === "far" ? i - 2 : i;
      negation ??= `${values[dismissedView.verb] ?? ""} … ${values.slice(from, i + 1).join(" ")}`;
      dismissedTalk = negatedBefore === null;
    }
    if (doubtedView) {
      viewDenied.add(i + 2);
      const inner = negatorInClause(i + 2, normals);
      if (inner >= 0) cancelled.add(inner);
      else negation ??= `${value} to ${values[i + 2] ?? ""}`;
    }
    // "there is scant evidence that …": what the proof would show is denied; not "a little evidence".
    if (SCARCITY_WORDS.has(normal) && EVIDENCE_NOUNS.has(lemmasRaw[i + 1] ?? "") && normals[i - 1] !== "a")
      negation ??= `${value} ${values[i + 1] ?? ""}`;
    // "customs figures say otherwise", "the data suggest otherwise": the clause denies what was asked
    // or said before it, whatever its own words.
    const otherwise = normal === "otherwise" && pos[i - 1] === "VERB" && /^[.!?;,)"”]?$/.test(normals[i + 1] ?? "");
    if (otherwise) negation ??= `${values[i - 1] ?? ""} ${value}`;

    // "Seoul has yet to file", "the report is yet to appear": not done so far.
    if (normal === "yet" && normals[i + 1] === "to" && /^(have|be)$/.test(lemmasRaw[i - 1] ?? ""))
      negation ??= `${values[i - 1] ?? ""} yet to`;
    // "lawyers doubt that…", which the tagger often reads as a noun; not "no doubt that"; "questioned whether".
    // "questioned whether the move would achieve anything": a doubt voiced, someone's view (below).
    if (lemma === "question" && normals[i + 1] === "whether" && tag === "VERB" && !cancelled.has(i)) framing ??= `${value} whether`;
    else if (
      (lemma === "doubt" || lemma === "question") &&
      /^(that|whether)$/.test(normals[i + 1] ?? "") &&
      !(lemma === "question" && normals[i + 1] === "that") &&
      !/^(no|little|without)$/.test(normals[i - 1] ?? "") &&
      !cancelled.has(i)
    )
      negation ??= value;
    // "failed to file", "refrained from saying"; not "exports declined" or "the talks failed".
    if (NEGATIVE_IMPLICATIVES.has(lemma) && tag === "VERB" && /^(to|from)$/.test(normals[i + 1] ?? "") && !cancelled.has(i))
      negation ??= value;
    // "shelved its plan to sue", "dropped the idea of filing": what was planned did not happen.
    if (tag === "VERB" && (TERMINATIVE_VERBS.has(lemma) || lemma === "shelve") && planDropped(i, normals, lemmasRaw) && !cancelled.has(i))
      negation ??= `${value} … ${values[i + 2] ?? ""}`;
    if (tag === "VERB" && NEGATIVE_PHRASAL.has(`${lemma} ${normals[i + 1] ?? ""}`) && !cancelled.has(i))
      negation ??= `${value} ${values[i + 1] ?? ""}`;
    if (
      DISMISSIVE_ADJECTIVES.has(normal) &&
      tag === "ADJ" &&
      !cancelled.has(i) &&
      // "it is false to say nothing was lost": a denied view (doubtedView above), whose own negation it cancels.
      !doubtedView &&
      !(PREDICATIVE_ONLY.has(normal) && (pos[i + 1] === "NOUN" || pos[i + 1] === "ADJ"))
    ) {
      // "Talk of a nationwide shunning is overblown; most households …": the dismissed talk is of
      // what the claim goes on to deny, whatever words its own clause shares.
      if (negation === null && dismissesTalk(i, normals, lemmasRaw)) dismissedTalk = true;
      negation ??= value;
    }
    // "It is a myth that…", "inventing a safety pretext"; not "a pretext for revenge", which states the motive.
    // "no coincidence", "not a myth": the negated dismissal affirms (NON_NEGATING keeps its negator out).
    const dismissalNegated =
      NEGATORS.has(normals[i - 1] ?? "") || (/^(a|an)$/.test(normals[i - 1] ?? "") && NEGATORS.has(normals[i - 2] ?? ""));
    if (
      DISMISSIVE_NOUNS.has(lemma) &&
      tag === "NOUN" &&
      !(MOTIVE_NOUNS.has(lemma) && normals[i + 1] === "for") &&
      !dismissalNegated &&
      !cancelled.has(i)
    )
      negation ??= value;
    // A negation inside a reason clause after the main one is the reason's.
    if (negatedBefore === null && negation !== null && (inReason || inTimeClause || inRelative || namingQuote[i] === true)) negation = null;
    if (negatedBefore === null && negation !== null) {
      // "say otherwise" takes its matter from what came before: it bears on any clause (-1), as
      // does a dismissal of talk or reports.
      // "Had the pact left the claims open, Seoul would not have paid them": a negated consequent
      // of a counterfactual whose antecedent is not negated denies the antecedent (the consequent
      // did happen), so the negation bears on the antecedent's clause.
      const deniesAntecedent = counterfactual !== null && !counterfactual.negated && i > counterfactual.end;
      negationClause = otherwise || dismissedTalk ? -1 : deniesAntecedent ? antecedentClause : clause;
      negationIndex = i;
      // Only a negator or a negating verb governs one ("a pretext to hide …" does not).
      if (NEGATORS.has(normal) || tag === "VERB") negatedVerb = governedVerb(i, normals, lemmasRaw, pos);
    }
    // A closing attribution (", Tokyo alleged", ", critics charged"): the verb ends its sentence,
    // and the tagger sometimes reads the participle as an adjective.
    const closing = /^[.!?;,)"”]?$/.test(normals[i + 1] ?? "") && /^(PROPN|NOUN|PRON)$/.test(pos[i - 1] ?? "");
    // "despite calls for a boycott", "the calls grew": a noun the tagger read as a verb.
    const nounLike = pos[i - 1] === "DET" || pos[i - 1] === "ADP";
    // ", a move Japan called regrettable": the verb frames the appositive noun, not the claim.
    const appositive = appositiveRelative(i, normals, pos);
    // The lemmatizer leaves some inflections as written ("branded"): the verb's stem then decides.
    const framingVerb = FRAMING_VERBS.has(lemma) || (lemma === normal && isPastOf(normal, FRAMING_VERBS));
    // "the ministry branded Tokyo's move a breach": a past tense between subject and object that the
    // tagger read as an adjective.
    const taggedAdjective =
      tag === "ADJ" &&
      /ed$/.test(normal) &&
      // "summoned the envoy and branded the rules an act of vengeance": the second verb of a subject.
      // "the industry chief branded …": the head of a compound subject the tagger read as an adjective too.
      (/^(NOUN|PROPN)$/.test(pos[i - 1] ?? "") ||
        (normals[i - 1] === "and" && /^(NOUN|PROPN)$/.test(pos[i - 2] ?? "")) ||
        (pos[i - 1] === "ADJ" && /^(NOUN|PROPN)$/.test(pos[i - 2] ?? ""))) &&
      /^(PROPN|DET|PRON)$/.test(pos[i + 1] ?? "");
    // "declined to criticise the curbs", "Pompeo's refusal to condemn": a criticism that did not
    // happen tells no one's view.
    const unvoiced =
      normals[i - 1] === "to" &&
      (NEGATIVE_IMPLICATIVES.has(lemmasRaw[i - 2] ?? "") || /^(refusal|reluctance|failure)$/.test(normals[i - 2] ?? ""));
    if (framingVerb && (tag === "VERB" || taggedAdjective) && !nounLike && !appositive && !unvoiced && !viewDenied.has(i))
      framing ??= value;
    else if (closing && tag === "ADJ" && isPastOf(normal, FRAMING_VERBS)) framing ??= value;
    // "assumed the task of paying" takes on a task; "assumed the curbs were …" holds a view: a
    // belief frames a clause (with or without "that"), or closes the sentence, not a bare object.
    if (
      BELIEF_VERBS.has(lemma) &&
      tag === "VERB" &&
      !lexicon.hasEntry(`${normal} ${normals[i + 1] ?? ""}`) &&
      !viewDenied.has(i) &&
      (closing || takesClause(i, normals, pos))
    )
      framing ??= value;
    // "Tokyo alleged that …", the participle read as an adjective.
    if (tag === "ADJ" && normals[i + 1] === "that" && isPastOf(normal, FRAMING_VERBS)) framing ??= value;
    // "is said to have lodged", "were believed to be": hearsay.
    if (HEARSAY_PASSIVES.has(lemma) && tag === "VERB" && normals[i + 1] === "to" && lemmasRaw[i - 1] === "be")
      framing ??= `${values[i - 1] ?? ""} ${value} to`;
    // "shoppers made their displeasure felt": a causative's participle tells what was shown, no one's view.
    const causative = lemma === "feel" && lemmasRaw.slice(Math.max(sentenceFirst, i - 8), i).includes("make");
    if (THAT_FRAMING_VERBS.has(lemma) && tag === "VERB" && (normals[i + 1] === "that" || closing) && !causative) framing ??= value;
    // "according to Seoul": an attribution, as "said" is (so "…, Kyodo reported" is a report of it).
    // It carries the claim on someone's word: a report.
    if (normal === "according" && normals[i + 1] === "to") {
      firstReport ??= i;
      framing ??= `${value} to`;
    }
    // "…, state media reported", "the agency reported that …": the claim relays another's report.
    if (lemma === "report" && tag === "VERB" && (closing || normals[i + 1] === "that") && !appositive) framing ??= value;
    if (REGARD_AS_VERBS.has(lemma) && (tag === "VERB" || tag === "NOUN") && asFollows(i, normals, pos) && !viewDenied.has(i))
      framing ??= value;
    if (FRAMING_NOUNS.has(lemma) && tag === "NOUN") framing ??= value;
    // "Six in ten people polled said …", "two in three respondents said …": a poll tells of views held.
    if ((lemma === "respondent" && tag === "NOUN") || (/^(polled|surveyed)$/.test(normal) && /^(NOUN|PRON)$/.test(pos[i - 1] ?? "")))
      framing ??= value;
    if (GRIEVANCE_NOUNS.has(lemma) && tag === "NOUN" && normals[i + 1] === "that") framing ??= value;
    // "voiced strong disappointment at the move": a reaction voiced, not a fact stated.
    if (GRIEVANCE_NOUNS.has(lemma) && tag === "NOUN" && voicedBefore(i, lemmasRaw, pos)) framing ??= `${value}`;
    // "in Seoul's view", "in their eyes": the clause is the holder's view.
    if (VIEWPOINT_NOUNS.has(normal) && possessiveAfterIn(i, normals, pos)) framing ??= `in … ${value}`;
    // "Tokyo's view, the agency reported, is that …": the holder's view, relayed.
    // (The tokenizer sometimes keeps "Tokyo's" whole.)
    if (POSITION_NOUNS.has(normal) && /['’]s$/.test(normals[i - 1] ?? "") && positionIsThat(i, normals, lemmasRaw))
      framing ??= `… ${value}, … is that`;
    // "as far as Tokyo was concerned".
    if (
      normal === "concerned" &&
      normals
        .slice(Math.max(0, i - 6), i)
        .join(" ")
        .includes("as far as")
    )
      framing ??= "as far as … concerned";
    // A report of a report ("said Seoul had informed Japan that…", "broadcast a report saying…"):
    // the outlet tells what one source says another said, second-hand.
    // The tagger reads some participles as adjectives ("had informed/ADJ Japan"); a compound noun
    // the lexicon knows is no report ("a think tank suggested").
    // "our position is to maintain it", "maintained the ban": keeping something, not asserting.
    const keepsObject =
      lemma === "maintain" && tag === "VERB" && /^(PRON|DET|NOUN|PROPN)$/.test(pos[i + 1] ?? "") && normals[i + 1] !== "that";
    if (keepsObject) continues ??= value;
    const reporting =
      ((tag === "VERB" && REPORTING_VERBS.has(lemma)) ||
        (tag === "ADJ" && REPORTING_VERBS.has(normal.replace(/ed$/, ""))) ||
        (tag === "NOUN" && lemma === "report")) &&
      !lexicon.hasEntry(`${normal} ${normals[i + 1] ?? ""}`) &&
      // Part of a hyphenated compound ("state-to-state claims") is no verb.
      normals[i + 1] !== "-" &&
      normals[i - 1] !== "-" &&
      // "never said so", "did not say": keeping quiet reports nothing.
      !NEGATORS.has(normals[i - 1] ?? "") &&
      !appositive &&
      !keepsObject;
    if (reporting || (tag === "VERB" && LEADING_REPORT_VERBS.has(lemma))) reportClauses.add(clause);
    if (reporting) {
      // ", saying …", ", suggesting …": the same holder goes on, or the outlet infers; no second report.
      const sameHolder = normals[i - 1] === "," && /ing$/.test(normal);
      if (firstReport !== null && !sameHolder) framing ??= `${values[firstReport] ?? ""} … ${value}`;
      // "…, hinting at leakage, an official told the Nikkei": the participle goes on from the
      // main clause, whose holder the closing verb names; it is no first report of its own.
      if (!sameHolder) firstReport ??= i;
    }
    if (framedBefore === null && framing !== null) {
      framingIndex = i;
      framingClause = clause;
      framingAdjunct = normals[i - 1] === "," && /ing$/.test(normal) && normal !== "according" && clause > 0;
    }
    if (HEDGES.has(normal)) hedge ??= value;
    if (exclusive === null && EXCLUSIVES.has(normal) && (normal !== "only" || tag === "ADV")) {
      const afterCopula = lemmasRaw[i - 1] === "be" || (pos[i - 1] === "ADV" && lemmasRaw[i - 2] === "be");
      const beforeReason = REASON_MARKERS.has(normals[i + 1] ?? "") || (normals[i + 1] === "to" && pos[i + 2] === "VERB");
      if (afterCopula || beforeReason || normal === "mere") {
        exclusive = value;
        exclusiveFocus = contentAhead(i, normals, lemmasRaw, pos, 8);
      }
    }
    if (reason.length === 0 && REASON_MARKERS.has(normal) && normal !== "out" && normal !== "about")
      reason = contentAhead(i, normals, lemmasRaw, pos, 12);
    // "keep insisting", "continued to argue": the saying goes on, not the state.
    const keepsSaying =
      (pos[i + 1] === "VERB" && isCueWord(lemmasRaw[i + 1] ?? "", "VERB")) ||
      (normals[i + 1] === "to" && isCueWord(lemmasRaw[i + 2] ?? "", "VERB")) ||
      // "keep repeating that …", "kept telling reporters …": the tagger may not mark the gerund a verb.
      /^(?:repeating|saying|telling|insisting|claiming|arguing|stressing|asserting|reiterating)$/.test(normals[i + 1] ?? "");
    // "held on to its privileges", "holding onto the pact": keeping, as "retain" says.
    const holdsOn = lemma === "hold" && tag === "VERB" && /^(on|onto)$/.test(normals[i + 1] ?? "");
    if (tag === "VERB" && (CONTINUATIVE_VERBS.has(lemma) || holdsOn) && prolongs(i, normals, lemmasRaw) && !keepsSaying) {
      // "decided against renewing the pact": not renewing it, an ending.
      if (normals[i - 1] === "against" && /ing$/.test(normal)) ends ??= `against ${value}`;
      // "remained among the trusted partners until August": it went on, then ended.
      else if (boundedUntil(i, normals)) ends ??= `${value} … until`;
      else continues ??= value;
    }
    // "left intact the right to sue", "left victims free to pursue": the state is kept.
    if (tag === "VERB" && lemma === "leave") {
      const kept = keptState(i, normals);
      // "nothing was left unresolved": every part of it was resolved, an ending.
      if (kept >= 0 && cancelled.has(kept)) ends ??= `${value} … ${values[kept] ?? ""}`;
      else if (kept >= 0) continues ??= `${value} … ${values[kept] ?? ""}`;
    }
    if (tag === "VERB" && TERMINATIVE_VERBS.has(lemma)) ends ??= value;
    // Longest WordNet phrase starting here ("south korea", "supreme court"), a verb's phrase from
    // its lemma as WordNet lists it ("hitting back" → "hit back", "pulled out" → "pull out").
    const verbLemma = tag === "VERB" && lemma !== normal ? lemma : null;
    const longest = Math.max(lexicon.phraseStarts.get(normal) ?? 0, verbLemma ? (lexicon.phraseStarts.get(verbLemma) ?? 0) : 0);
    let taken = 0;
    for (let n = Math.min(longest, normals.length - i); n > 1; n--) {
      const rest = normals.slice(i + 1, i + n).join(" ");
      const phrase = `${normal} ${rest}`;
      const entry = lexicon.hasEntry(phrase)
        ? phrase
        : verbLemma && lexicon.hasEntry(`${verbLemma} ${rest}`)
          ? `${verbLemma} ${rest}`
          : null;
      if (entry) {
        const proper = values.slice(i, i + n).some((v) => /^\p{Lu}/u.test(v));
        // A phrasal verb of not doing ("held back", "ruled out") is a stance cue, as "denied" is.
        add(entry, values.slice(i, i + n).join(" "), proper, null, phrase, NEGATIVE_PHRASAL.has(entry));
        taken = n;
        break;
      }
    }
    // A hyphenated compound the lexicon knows ("high-tech", "long-term", "cease-fire") is one word;
    // the tokenizer splits it at the hyphens. Longest first, up to four parts ("tit-for-tat").
    if (!taken && normals[i + 1] === "-" && types[i] === "word") {
      for (let n = 7; n >= 3; n -= 2) {
        if (i + n > normals.length) continue;
        const parts = normals.slice(i, i + n);
        if (!parts.every((w, k) => (k % 2 === 1 ? w === "-" : types[i + k] === "word"))) continue;
        const hyphened = parts.join("");
        const spaced = parts.filter((w) => w !== "-").join(" ");
        const entry = lexicon.hasEntry(hyphened) || lexicon.rank.has(hyphened) ? hyphened : lexicon.hasEntry(spaced) ? spaced : null;
        if (entry) {
          add(entry, values.slice(i, i + n).join(""), false, null, hyphened);
          taken = n;
          break;
        }
      }
    }
    if (taken) {
      i += taken - 1;
      continue;
    }
    if (types[i] !== "word" && types[i] !== "number") continue;
    // wink's stop list holds some nouns and verbs ("side", "move", "keep", "show"): a word the
    // tagger reads as a noun or a verb is content, unless it is a light verb.
    const stop = stops[i] && tag !== "NOUN" && tag !== "VERB";
    if (!CONTENT_POS.has(tag) || stop || LIGHT_VERBS.has(lemma) || NEGATORS.has(lemma)) continue;
    if (lemma.startsWith("'") || lemma.startsWith("’")) continue;
    // A year or figure is an anchor like a name ("1965"): compared as an entity, not as a word,
    // so a short statement's year does not make up half of its content.
    const proper = tag === "PROPN" || tag === "NUM" || (tag === "ADJ" && /^\p{Lu}/u.test(value));
    // The tagger calls any capitalised first word a name ("Shoppers in Seoul…", "Lax controls…").
    // When English knows the word in lower case it is kept as a word too, so "shoppers" can meet
    // "consumers"; it stays an entity as well, since "Japan tightened…" starts many sentences.
    const word = proper && sentenceStart(i) ? (lexicon.hasEntry(normal) ? normal : lowerLemma(normal)) : null;
    if (word && lexicon.hasEntry(word)) {
      initialEntities.push(entityTerm(normal, value, lexicon, clause));
      add(word, value, false, null, normal, isCueWord(word, "NOUN") || isCueWord(word, "VERB"), true);
      continue;
    }
    // "U.S." and "U.K." are in WordNet without their dots.
    const name =
      tag === "PROPN" && normal.includes(".") && lexicon.hasEntry(normal.replace(/\./g, "")) ? normal.replace(/\./g, "") : normal;
    // A control verb whose infinitive follows at once ("decided to end", "plans to file") is the
    // frame; what is decided or planned is the content.
    const control = tag === "VERB" && CONTROL_VERBS.has(lemma) && normals[i + 1] === "to" && pos[i + 2] === "VERB";
    add(
      tag === "PROPN" ? name : lemma,
      value,
      proper,
      proper ? null : (WORDNET_POS_OF[tag] ?? null),
      name,
      !proper && (control || isCueWord(lemma, tag)),
    );
  }

  const numbers = new Set<string>();
  for (const e of doc.entities().out(its.detail) as unknown as { value: string; type: string }[]) {
    if (["DATE", "CARDINAL", "PERCENT", "MONEY", "ORDINAL", "TIME", "DURATION"].includes(e.type)) numbers.add(e.value.toLowerCase());
  }
  for (const v of values) if (/^\d{4}$/.test(v)) numbers.add(v);

  const terms = [...byLemma.values()];
  // Its words keep their weight: weighing them as cue words moved claim -> proposition MRR both
  // ways across the eval's sets (fresh4/fresh5 up, fresh2/fresh3 down) and claim pairs likewise.
  const closingClause = Math.max(0, ...terms.flatMap((t) => t.clauses).filter((c) => !reasonClauses.includes(c)));
  // A closing attribution by a reporting term; else a last clause whose verb of saying is no term
  // ("…, a senior aide said on background").
  const closing = closingAttribution(terms, reasonClauses);
  const attributionClause = closing >= 0 || closingClause === 0 || !reportClauses.has(closingClause) ? closing : closingClause;
  const lead = leadingReportAt(normals, lemmasRaw, pos);
  const entities = terms.filter((t) => t.entity);
  for (const e of initialEntities) if (!entities.some((f) => f.lemma === e.lemma)) entities.push(e);
  return {
    text,
    terms,
    lemmas: new Set(byLemma.keys()),
    entities,
    numbers,
    vector: meanVector(terms, lexicon.dimensions),
    negation,
    negationClause,
    negationFramed: negation !== null && negationPlain && framingIndex >= 0 && negationIndex > framingIndex,
    negationInability: negation !== null && negationIndex >= 0 && inabilityAt(negationIndex, normals, lemmasRaw),
    rhetorical: question && question.inner >= 0 ? `${values[0] ?? ""} … ${values[question.verb] ?? ""}` : null,
    negatedVerb,
    framing,
    framingClause,
    framingAdjunct,
    hedge,
    continues,
    ends,
    independentClause,
    independent,
    exclusive,
    exclusiveFocus,
    reason,
    contrast,
    contrastClause,
    reasonClauses,
    attributionClause,
    independentClauses,
    leadingReport: lead >= 0 ? (values[lead] ?? null) : null,
    selfReport: lead >= 0 && selfReportAfter(lead, normals, pos),
  };
}

/** Verbs of holding or voicing a view that a rhetorical question denies ("Who could believe that …?"). */
const QUESTIONED_VIEW_VERBS = new Set([...DOUBTED_INFINITIVES, "maintain", "say", "claim", "suggest", "pretend", "insist", "contend"]);

/**
 * A yes/no question put to anyone ("Is anyone meant to believe …?", "Does anybody think …?") or a
 * "who" question with a modal ("Who could still maintain …?") about a view: rhetorical, it says
 * nobody holds the view. The view verb's index, and the first denial inside what it frames (a
 * negator, a dismissive noun or adjective: "… was a coincidence"), or -1; null when the text is
 * no such question.
 */
function rhetoricalQuestion(normals: readonly string[], lemmas: readonly string[]): { verb: number; inner: number } | null {
  const end = normals.indexOf("?");
  if (end < 0 || normals.slice(0, end).some((w) => /^[.!;]$/.test(w))) return null;
  const first = normals[0] ?? "";
  const toAnyone =
    /^(?:is|are|was|were|does|do|did|can|could|would|will|should)$/.test(first) && /^(?:anyone|anybody)$/.test(normals[1] ?? "");
  const who = first === "who" && /^(?:could|can|would|will|should|really|seriously|still|honestly)$/.test(normals[1] ?? "");
  if (!toAnyone && !who) return null;
  let verb = -1;
  for (let j = 2; j < Math.min(end, 10); j++) {
    if (QUESTIONED_VIEW_VERBS.has(lemmas[j] ?? "")) {
      verb = j;
      break;
    }
  }
  if (verb < 0) return null;
  let inner = -1;
  for (let j = verb + 1; j < end; j++) {
    const w = normals[j] ?? "";
    if (NEGATORS.has(w) || DISMISSIVE_NOUNS.has(lemmas[j] ?? "") || DISMISSIVE_ADJECTIVES.has(w)) {
      inner = j;
      break;
    }
  }
  return { verb, inner };
}

/** Whether the negation at i says "could not", "cannot", "can't" or "failed to": an inability. */
function inabilityAt(i: number, normals: readonly string[], lemmas: readonly string[]): boolean {
  const w = normals[i] ?? "";
  if (w === "cannot") return true;
  if ((w === "not" || w === "n't" || w === "never") && /^(can|could|ca)$/.test(normals[i - 1] ?? "")) return true;
  return lemmas[i] === "fail" && /^(to|from)$/.test(normals[i + 1] ?? "");
}

/** Pronouns (and possessives) by which what was said names its speaker ("said it would", "said its controls"). */
const SPEAKER_PRONOUNS = new Set(["it", "its", "they", "their", "we", "our", "he", "his", "she", "her", "i", "my"]);

/**
 * The index of a verb of saying (LEADING_REPORT_VERBS) that leads the first sentence: a subject
 * before it (no verb, comma or relative pronoun: "Anyone who says …" is no report), a clause
 * after it (a verb follows, with "that" or at once after the one told: "told reporters that …",
 * "said Seoul would …"); else -1.
 */
function leadingReportAt(normals: readonly string[], lemmas: readonly string[], pos: readonly string[]): number {
  const end = normals.findIndex((w) => /^[.!?;:]$/.test(w));
  const last = end < 0 ? normals.length : end;
  // "Hagiuda, an Abe confidant, said …", "Iwaya, who ran the ministry, said …": an appositive
  // between two commas after the subject's first words is skipped, whatever it holds.
  let open = -1;
  let closed = -1;
  for (let i = 1; i < Math.min(last, 16); i++) {
    const tag = pos[i];
    const w = normals[i] ?? "";
    if (w === ",") {
      if (open < 0 && i <= 3) open = i;
      else if (open >= 0 && closed < 0) closed = i;
      else return -1;
      continue;
    }
    if (open >= 0 && closed < 0) continue;
    if (open >= 0 && closed !== i - 1) return -1;
    if (/^[()–—"“]$/.test(w) || RELATIVE_PRONOUNS.has(w) || w === "according") return -1;
    if (tag === "VERB" && LEADING_REPORT_VERBS.has(lemmas[i] ?? "")) {
      // The subject's words: before the appositive, if there is one.
      const before = Array.from({ length: open >= 0 ? open : i }, (_, k) => k);
      if (!before.some((k) => pos[k] === "NOUN" || pos[k] === "PROPN" || pos[k] === "PRON")) return -1;
      // "The timing suggests …": evidence, not a speaker.
      const speaker = before.some((k) => pos[k] === "PROPN" || pos[k] === "PRON" || ATTRIBUTION_NOUNS.has(lemmas[k] ?? ""));
      if (EVIDENTIAL_REPORT_VERBS.has(lemmas[i] ?? "") && !speaker) return -1;
      // "is said to", "was reported to": hearsay, read elsewhere; "has said" is fine.
      if (lemmas[i - 1] === "be") return -1;
      const rest = pos.slice(i + 1, last);
      const verbAt = rest.findIndex((t) => t === "VERB" || t === "AUX");
      if (verbAt < 0) return -1;
      // "warned of", "said in a statement": a "that" or a verb must come before any comma.
      const comma = normals.slice(i + 1, last).indexOf(",");
      if (comma >= 0 && comma < verbAt) return -1;
      // "urged Seoul to drop": an infinitive is what was urged, not said.
      if (normals[i + 1 + verbAt - 1] === "to") return -1;
      return i;
    }
    // "A Kyodo dispatch said …": a noun the tagger read as a verb, just before the verb of saying.
    const nounBefore =
      tag === "VERB" &&
      /^(DET|PROPN|ADJ|NOUN)$/.test(pos[i - 1] ?? "") &&
      pos[i + 1] === "VERB" &&
      LEADING_REPORT_VERBS.has(lemmas[i + 1] ?? "") &&
      !/(ed|ing)$/.test(w);
    if (nounBefore) continue;
    // An auxiliary or adverb may come first ("has long said", "had repeatedly warned").
    if (
      (tag === "VERB" || tag === "AUX") &&
      !/^(?:have|has|had|will|would|also|again|long|repeatedly|publicly|privately|later|then|once)$/.test(w)
    )
      return -1;
  }
  return -1;
}

/** Whether what the verb at i reports opens with a pronoun for the speaker ("said it would", "said that its"). */
function selfReportAfter(i: number, normals: readonly string[], pos: readonly string[]): boolean {
  const that = normals.slice(i + 1, i + 8).indexOf("that");
  const j = that >= 0 ? i + 2 + that : i + 1;
  return SPEAKER_PRONOUNS.has(normals[j] ?? "") || (pos[j] === "DET" && SPEAKER_PRONOUNS.has(normals[j + 1] ?? ""));
}

/**
 * The last clause, when it comes after others and has a stance or attribution word ("…, a senior
 * official said in August", "…, a market researcher noted"): who said it; else -1.
 */
function closingAttribution(terms: Term[], reasonClauses: readonly number[]): number {
  // A reason clause after it ("…, the minister insisted, because …") leaves it the closing one.
  const last = Math.max(0, ...terms.flatMap((t) => t.clauses).filter((c) => !reasonClauses.includes(c)));
  if (last === 0) return -1;
  return terms.some((t) => t.cue && t.clauses.includes(last)) ? last : -1;
}

/**
 * A regular past form ("alleged", "branded") of one of `verbs`, for the words the lemmatizer
 * leaves as written or the tagger reads as adjectives.
 */
function isPastOf(word: string, verbs: ReadonlySet<string>): boolean {
  return word.endsWith("ed") && (verbs.has(word.slice(0, -1)) || verbs.has(word.slice(0, -2)));
}

/**
 * A second negation that cancels the negator at i, or -1: in its clause, a negative implicative
 * with its complement ("no one can fail to see") or a negatively prefixed adjective or participle
 * ("nothing was left unresolved", "not unreasonable"); after "not true that" / "not the case
 * that", any negation to the end of the sentence ("it is not true that they stayed out of it").
 */
function secondNegation(i: number, normals: string[], lemmas: string[], pos: string[], lexicon: Lexicon): number {
  const frame =
    (normals[i + 1] === "true" && normals[i + 2] === "that") ||
    (normals[i + 1] === "the" && normals[i + 2] === "case" && normals[i + 3] === "that");
  for (let j = i + 1; j < Math.min(normals.length, i + (frame ? 25 : 10)); j++) {
    const w = normals[j] ?? "";
    if (/^[.!?;]$/.test(w)) return -1;
    if (!frame && (/^[,:()–—]$/.test(w) || CLAUSE_CONJUNCTIONS.has(w))) return -1;
    const l = lemmas[j] ?? "";
    if (NEGATIVE_IMPLICATIVES.has(l) && pos[j] === "VERB" && /^(to|from)$/.test(normals[j + 1] ?? "")) return j;
    if (/^un[a-z]{3,}/.test(w) && (pos[j] === "ADJ" || /ed$/.test(w)) && lexicon.hasEntry(w.slice(2))) return j;
    if (!frame) continue;
    if (NEGATORS.has(w) || (pos[j] === "VERB" && (DENIAL_VERBS.has(l) || NEGATIVE_PHRASAL.has(`${l} ${normals[j + 1] ?? ""}`)))) return j;
  }
  return -1;
}

/**
 * Whether the verb at i is that of a relative clause on an appositive noun at the end of the
 * claim (", a move Japan called regrettable", ", a stance the ministry says ignores …"): after a
 * comma, a determiner and its noun, then another noun phrase (a name, a pronoun, a determiner),
 * its subject. ", a senior official said" has no second noun phrase: a closing attribution.
 */
function appositiveRelative(i: number, normals: string[], pos: string[]): boolean {
  let k = i - 1;
  const nominal = (j: number) => /^(PROPN|NOUN|PRON|DET|ADJ|NUM)$/.test(pos[j] ?? "") || normals[j] === "'s" || normals[j] === "’s";
  while (k >= 0 && i - k <= 8 && nominal(k)) k--;
  if (k < 3 || normals[k] !== "," || !/^(a|an|one)$/.test(normals[k + 1] ?? "")) return false;
  for (let j = k + 2; j < i - 1; j++) {
    if (pos[j] === "NOUN" && /^(PROPN|PRON|DET)$/.test(pos[j + 1] ?? "")) return true;
  }
  return false;
}

/** Lemmas of the content words (nouns, names, verbs, adjectives) after i in its clause, at most n words on. */
function contentAhead(i: number, normals: string[], lemmas: string[], pos: string[], n: number): string[] {
  const out: string[] = [];
  for (let j = i + 1; j < Math.min(normals.length, i + 1 + n); j++) {
    const w = normals[j] ?? "";
    if (/^[,;:.!?()–—]$/.test(w) || CLAUSE_CONJUNCTIONS.has(w)) break;
    const p = pos[j];
    if (p === "NOUN" || p === "PROPN" || p === "VERB" || p === "ADJ") out.push(p === "PROPN" ? w : (lemmas[j] ?? w));
  }
  return out;
}

/** A "without" later in the negator's clause, within ten words ("would not have acted without …"), or -1. */
function withoutAhead(i: number, normals: string[]): number {
  for (let j = i + 1; j < Math.min(normals.length, i + 11); j++) {
    const w = normals[j] ?? "";
    if (/^[,;:.!?()–—]$/.test(w) || CLAUSE_CONJUNCTIONS.has(w) || w === "that") return -1;
    if (w === "without") return j;
  }
  return -1;
}

/**
 * The antecedent of a counterfactual conditional, as the token indexes where it starts and ends
 * (its comma), and whether it is negated: "Had the court not ruled, …" (inversion) or "If the court had not
 * ruled, …", with "would/could/might (not) have" after the comma. Null when the sentence is not one.
 */
function counterfactualAntecedent(normals: string[], pos: string[]): { start: number; end: number; negated: boolean } | null {
  let start = -1;
  for (let i = 0; i < normals.length; i++) {
    const w = normals[i];
    const atStart = i === 0 || /^[.!?;"“]$/.test(normals[i - 1] ?? "");
    // Inversion: "Had" opening a sentence, its subject after it ("Had the bench …", not "Had been …").
    if (atStart && w === "had" && pos[i + 1] !== "VERB" && pos[i + 1] !== "AUX") start = i;
    else if (w === "if" && normals.slice(i + 1, i + 8).includes("had")) start = i;
    if (start >= 0) break;
  }
  if (start < 0) return null;
  const comma = normals.indexOf(",", start);
  if (comma < 0) return null;
  const rest = normals.slice(comma + 1, comma + 12);
  const modal = rest.findIndex((w) => w === "would" || w === "could" || w === "might");
  if (modal < 0 || !rest.slice(modal + 1, modal + 4).includes("have")) return null;
  const antecedent = normals.slice(start, comma);
  return { start, end: comma, negated: antecedent.some((w) => w === "not" || w === "n't" || w === "never") };
}

/**
 * A denial word a negator governs ("no denying", "did not dispute", "never doubted", "cannot be
 * denied"): its index, within three words over auxiliaries, adverbs and "be", or -1. The two
 * negations cancel: the claim does not deny.
 */
function deniedAhead(i: number, normals: string[], lemmas: string[], pos: string[]): number {
  for (let j = i + 1; j < Math.min(normals.length, i + 4); j++) {
    const l = lemmas[j] ?? "";
    if (DENIAL_VERBS.has(l) || l === "doubt" || l === "denial" || normals[j] === "denying") return j;
    if (pos[j] !== "AUX" && pos[j] !== "PART" && pos[j] !== "ADV" && l !== "be") return -1;
  }
  return -1;
}

/**
 * A denial word within five words after a negative pronoun or a weak negator, in its clause
 * ("nobody in Tokyo seriously disputes", "few in Seoul doubted"): its index, or -1.
 */
function denialInClause(i: number, normals: string[], lemmas: string[]): number {
  for (let j = i + 1; j < Math.min(normals.length, i + 9); j++) {
    const w = normals[j] ?? "";
    if (/^[,;:.!?()–—]$/.test(w) || CLAUSE_CONJUNCTIONS.has(w)) return -1;
    const l = lemmas[j] ?? "";
    if (j < i + 6 && (DENIAL_VERBS.has(l) || l === "doubt" || l === "question")) return j;
    // "scarcely anyone in the ministry failed to grasp": a negative implicative is cancelled too,
    // its subject may be longer.
    if (NEGATIVE_IMPLICATIVES.has(l) && /^(to|from)$/.test(normals[j + 1] ?? "")) return j;
  }
  return -1;
}

/**
 * "Calling the policy biased goes too far", "and calling that a final choice is a stretch",
 * "anyone calling Washington neutral is mistaken": a view named by a gerund at the head of its
 * clause, and a predicate in that clause that calls it wrong; their indices, or null.
 */
function gerundDismissed(
  normals: readonly string[],
  lemmas: readonly string[],
  pos: readonly string[],
): { verb: number; predicate: number } | null {
  for (let i = 0; i < normals.length; i++) {
    const head = i === 0 || /^(,|;|:|and|but|anyone|anybody|those)$/.test(normals[i - 1] ?? "");
    if (!head || !/ing$/.test(normals[i] ?? "") || !VIEW_NAMING_VERBS.has(lemmas[i] ?? "")) continue;
    for (let j = i + 2; j < Math.min(normals.length, i + 16); j++) {
      const w = normals[j] ?? "";
      if (/^[,;:.!?()–—]$/.test(w)) break;
      if (
        (MISTAKEN_NOUNS.has(lemmas[j] ?? "") && pos[j] === "NOUN") ||
        (MISTAKEN_ADJECTIVES.has(w) && lemmas[j - 1] === "be") ||
        (w === "far" && normals[j - 1] === "too" && lemmas[j - 2] === "go")
      )
        return { verb: i, predicate: j };
    }
  }
  return null;
}

/** Whether "as" after the verb at i is followed, within a few words, by a word calling a view wrong ("as baseless", "as a misunderstanding"). */
function dismissedAsWrong(i: number, normals: readonly string[], lemmas: readonly string[]): boolean {
  const as = normals.indexOf("as", i + 1);
  if (as < 0 || as > i + 8) return false;
  return lemmas
    .slice(as + 1, as + 5)
    .some((l, k) => MISTAKEN_NOUNS.has(l) || DISMISSIVE_NOUNS.has(l) || DISMISSIVE_ADJECTIVES.has(normals[as + 1 + k] ?? ""));
}

/** "only the naive could …", "only a fool would …" before the word at i. */
function onlyTheNaive(i: number, normals: readonly string[]): boolean {
  const modal = /^(could|would|can|will|might)$/.test(normals[i - 1] ?? "");
  const k = modal ? i - 2 : i - 1;
  const who = normals[k] ?? "";
  return (
    normals[k - 2] === "only" &&
    /^(the|a)$/.test(normals[k - 1] ?? "") &&
    (MISTAKEN_ADJECTIVES.has(who) || /^(fool|fools|blind)$/.test(who))
  );
}

/** Nouns of a position held ("Tokyo's view is that …", "its position, as … restated, is that …"). */
const POSITION_NOUNS = new Set(["view", "position", "stance", "line", "contention", "argument", "belief"]);

/**
 * Whether "is that" follows the noun at i after a parenthetical between commas that names who
 * relays it ("Tokyo's view, the agency reported, is that …", "its position, as its spokesman
 * restated, is that …"): a report of the holder's position. Without one ("Tokyo's position is that
 * …") the claim states the position it names, as "Tokyo maintains that …" does.
 */
function positionIsThat(i: number, normals: readonly string[], lemmas: readonly string[]): boolean {
  if (normals[i + 1] !== ",") return false;
  const close = normals.indexOf(",", i + 2);
  if (close < 0 || close > i + 12) return false;
  const relayed = lemmas.slice(i + 2, close).some((l) => REPORTING_VERBS.has(l) || LEADING_REPORT_VERBS.has(l) || l === "restate");
  return relayed && /^(is|was)$/.test(normals[close + 1] ?? "") && normals[close + 2] === "that";
}

/** "left nothing (for them) to pursue", "nothing left to litigate", "nothing remained to be negotiated". */
function nothingLeftTo(i: number, normals: readonly string[], lemmas: readonly string[]): boolean {
  const leftBefore = lemmas[i - 1] === "leave";
  const leftAfter = lemmas[i + 1] === "leave" || lemmas[i + 1] === "remain";
  if (!leftBefore && !leftAfter) return false;
  for (let j = i + (leftAfter ? 2 : 1); j < Math.min(normals.length, i + 8); j++) {
    if (/^[,;:.!?()–—]$/.test(normals[j] ?? "")) return false;
    if (normals[j] === "to") return true;
  }
  return false;
}

/** "shelved its plan to sue", "dropped the idea of filing", "abandoned a bid to": a plan's object after a terminative verb at i. */
function planDropped(i: number, normals: readonly string[], lemmas: readonly string[]): boolean {
  const k = /^(its|their|the|a|his|her|any)$/.test(normals[i + 1] ?? "") ? i + 2 : i + 1;
  return /^(plan|idea|bid|proposal|threat|intention)$/.test(lemmas[k] ?? "") && /^(to|of)$/.test(normals[k + 1] ?? "");
}

/** Nouns of talk or report ("talk of a boycott", "reports of a filing"): what they tell is some claim. */
const TALK_NOUNS = new Set([
  "talk",
  "report",
  "story",
  "speculation",
  "rumour",
  "rumor",
  "idea",
  "notion",
  "suggestion",
  "claim",
  "account",
]);

/** Whether the dismissive word at i has a noun of talk for its subject, earlier in its clause ("Talk of a revolt is overblown"). */
function dismissesTalk(i: number, normals: readonly string[], lemmas: readonly string[]): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 10; j--) {
    if (/^[,;:.!?()–—]$/.test(normals[j] ?? "")) return false;
    if (TALK_NOUNS.has(lemmas[j] ?? "") && /^(of|about|that)$/.test(normals[j + 1] ?? "")) return true;
  }
  return false;
}

/**
 * "the court rulings, and nothing else, lit the fuse", "a coincidence, nothing more": a tag after
 * a noun phrase that says it alone is meant, an exclusive, not a negation of the clause.
 */
function exclusiveTag(i: number, normals: string[]): boolean {
  if (normals[i] !== "nothing" || !/^(else|more)$/.test(normals[i + 1] ?? "")) return false;
  return /^(,|and|or|–|—)$/.test(normals[i - 1] ?? "") && /^([,;:.!?)–—"”']|)$/.test(normals[i + 2] ?? "");
}

/** The index of a negator within six words after i, in its clause, or -1. */
function negatorInClause(i: number, normals: string[]): number {
  for (let j = i + 1; j < Math.min(normals.length, i + 7); j++) {
    const w = normals[j] ?? "";
    if (/^[,;:.!?()–—]$/.test(w) || CLAUSE_CONJUNCTIONS.has(w)) return -1;
    if (NEGATORS.has(w)) return j;
  }
  return -1;
}

/**
 * The verb a negation at i governs: the word itself when it is a verb ("failed"), then the first
 * verb within four words over auxiliaries, adverbs, "to" and "from" ("did not prevent", "failed to
 * stop"), or null.
 */
function governedVerb(i: number, normals: string[], lemmas: string[], pos: string[]): string | null {
  for (let j = i + 1; j < Math.min(normals.length, i + 5); j++) {
    if (pos[j] === "VERB") return lemmas[j] ?? null;
    if (pos[j] !== "AUX" && pos[j] !== "PART" && pos[j] !== "ADV" && normals[j] !== "to" && normals[j] !== "from") return null;
  }
  return null;
}

/** An "until" or "till" later in the verb's clause, within ten words ("stayed on the list until August"). */
function boundedUntil(i: number, normals: string[]): boolean {
  for (let j = i + 1; j < Math.min(normals.length, i + 11); j++) {
    const w = normals[j] ?? "";
    if (/^[,;:.!?()–—]$/.test(w) || CLAUSE_CONJUNCTIONS.has(w)) return false;
    if (w === "until" || w === "till") return true;
  }
  return false;
}

/**
 * A continuative verb that prolongs ("extend the pact"), not one of reach ("extend to crimes"), nor
 * of avoidance ("customers staying away", "kept clear of the row": keeping off, not keeping on).
 */
/**
 * Whether the subordinator at i opens a clause: a full verb follows within five words, before any
 * punctuation ("after talks went nowhere"; not "after August are false", whose "are" is the main clause's).
 */
const RELATIVE_PRONOUNS = new Set(["that", "which", "who", "whom"]);
/** Nouns whose "that" clause is their content, not a description: "the claim that …", "evidence that …". */
const CONTENT_NOUNS = new Set([
  "claim",
  "testimony",
  "remark",
  "comment",
  "announcement",
  "admission",
  "acknowledgement",
  "acknowledgment",
  "confirmation",
  "warning",
  "reminder",
  "news",
  "word",
  "guarantee",
  "pledge",
  "vow",
  "thesis",
  "hypothesis",
  "case",
  "story",
  "complaint",
  "protest",
  "objection",
  "speculation",
  "expectation",
  "doubt",
  "concern",
  "worry",
  "sense",
  "feeling",
  "understanding",
  "agreement",
  "consensus",
  "decision",
  "ruling",
  "verdict",
  "judgment",
  "judgement",
  "opinion",
  "note",
  "idea",
  "notion",
  "suggestion",
  "view",
  "belief",
  "assertion",
  "allegation",
  "charge",
  "fact",
  "argument",
  "evidence",
  "proof",
  "sign",
  "report",
  "accusation",
  "denial",
  "hope",
  "fear",
  "impression",
  "message",
  "promise",
  "possibility",
  "theory",
  "narrative",
  "position",
  "line",
  "insistence",
  "statement",
  "assurance",
  "conclusion",
  "finding",
  "suspicion",
  "rumour",
  "rumor",
  "perception",
  "premise",
  "contention",
  "explanation",
  "indication",
]);

/** Verbs that take the one told before what they were told ("told reporters that …"). */
const TELLING_VERBS = new Set([
  "tell",
  "inform",
  "assure",
  "remind",
  "warn",
  "convince",
  "persuade",
  "notify",
  "brief",
  "promise",
  "advise",
]);

/**
 * Whether the word at i opens a clause: a verb follows within `reach` words, before any
 * punctuation. A relative clause's subject may be a long noun phrase ("that Samsung and its
 * memory-chip rival cannot …"), so it is given a longer reach and auxiliaries count.
 */
export function opensClause(
  i: number,
  normals: readonly string[],
  pos: readonly string[],
  { reach = 5, auxiliaries = false }: { reach?: number; auxiliaries?: boolean } = {},
): boolean {
  for (let j = i + 1; j < Math.min(normals.length, i + 1 + reach); j++) {
    if (/^[,;:.!?()–—]$/.test(normals[j] ?? "")) return false;
    if (pos[j] === "VERB" || (auxiliaries && pos[j] === "AUX")) return true;
  }
  return false;
}

function prolongs(i: number, normals: string[], lemmas: string[]): boolean {
  if (AVOIDANCE_PARTICLES.has(normals[i + 1] ?? "")) return false;
  return lemmas[i] !== "extend" || !REACH_PREPOSITIONS.has(normals[i + 1] ?? "");
}

/** The index of a kept state within six words after "leave", in its clause ("left intact", "left victims free"), or -1. */
function keptState(i: number, normals: string[]): number {
  for (let j = i + 1; j < Math.min(normals.length, i + 9); j++) {
    const w = normals[j] ?? "";
    if (/^[,;:.!?()]$/.test(w) || CLAUSE_CONJUNCTIONS.has(w)) return -1;
    if (KEPT_STATES.has(w)) return j;
    if (w === "in" && normals[j + 1] === "place") return j + 1;
  }
  return -1;
}

/**
 * A negator opening the infinitive complement of a directive verb ("urged shoppers not to buy",
 * "asked him never to return"): what was urged is negated, the clause is not.
 */
function directiveComplement(i: number, normals: string[], lemmas: string[], pos: string[]): boolean {
  if (normals[i + 1] !== "to") return false;
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    if (pos[j] === "VERB") return DIRECTIVE_VERBS.has(lemmas[j] ?? "");
    if (pos[j] === "PUNCT") return false;
  }
  return false;
}

/**
 * The continuative verb a negator governs ("would not renew", "did not keep", "never to remain"),
 * or -1: the index of the first verb within three words, if it is one, with nothing but auxiliaries
 * and "to" between.
 */
function negatedContinuative(i: number, normals: string[], lemmas: string[], pos: string[]): number {
  const continuative = (j: number) => CONTINUATIVE_VERBS.has(lemmas[j] ?? "") && prolongs(j, normals, lemmas);
  for (let j = i + 1; j < Math.min(normals.length, i + 4); j++) {
    if (pos[j] === "VERB") return continuative(j) ? j : -1;
    if (pos[j] !== "AUX" && pos[j] !== "PART" && pos[j] !== "ADV") break;
  }
  // A negative quantifier and the verb of its noun phrase ("no compensation demand dating from
  // colonial times survived"): within eight words, past participles or gerunds that modify the
  // noun ("dating", "filed"), not across a comma or a conjunction.
  if (!NEGATIVE_QUANTIFIERS.has(normals[i] ?? "")) return -1;
  for (let j = i + 1; j < Math.min(normals.length, i + 9); j++) {
    const w = normals[j] ?? "";
    if (/^[,;:.!?()]$/.test(w) || CLAUSE_CONJUNCTIONS.has(w) || w === "that" || w === "which") return -1;
    if (pos[j] !== "VERB") continue;
    if (continuative(j)) return j;
    const modifier = /(ing|ed)$/.test(w) && (pos[j - 1] === "NOUN" || pos[j - 1] === "PROPN");
    if (!modifier) return -1;
  }
  return -1;
}

/** "in Seoul's view", "in their eyes": a possessive, after "in", right before the noun; or "in the eyes of …". */
/**
 * Per token, whether it sits in a quotation that names something, as a slogan does ("'No Japan'
 * placards went up", "the 'No Japan' movement"): the closing mark is followed by a noun. A
 * negation there is the slogan's words, not the claim's; a quoted sentence followed by its
 * speaker ("'We have not chosen,' the envoy said") is not naming.
 */
export function namingQuotes(values: readonly string[], pos: readonly string[]): boolean[] {
  const out = new Array<boolean>(values.length).fill(false);
  const opening = /^['‘“"]$/u;
  const closing = /^['’”"]$/u;
  for (let i = 0; i < values.length; i++) {
    if (!opening.test(values[i] ?? "")) continue;
    let j = i + 1;
    while (j < values.length && !closing.test(values[j] ?? "") && j - i < 30) j++;
    if (j >= values.length || !closing.test(values[j] ?? "")) continue;
    // A quoted sentence ends in its own punctuation ("…,' Seko told reporters"): no name.
    if (/^(NOUN|PROPN)$/.test(pos[j + 1] ?? "") && !/^[,.!?;:]$/.test(values[j - 1] ?? "")) for (let k = i + 1; k < j; k++) out[k] = true;
    i = j;
  }
  return out;
}

/** Whether a voicing verb comes just before the noun at i, adjectives between ("expressed deep regret"). */
function voicedBefore(i: number, lemmas: readonly string[], pos: readonly string[]): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    if (VOICING_VERBS.has(lemmas[j] ?? "") && pos[j] === "VERB") return true;
    if (!/^(ADJ|ADV|DET|PRON)$/.test(pos[j] ?? "")) return false;
  }
  return false;
}

function possessiveAfterIn(i: number, normals: string[], pos: string[]): boolean {
  // "in the eyes of many Koreans", "in the view of critics".
  if (normals[i - 1] === "the" && normals[i - 2] === "in" && normals[i + 1] === "of") return true;
  const possessive = normals[i - 1] === "'s" || normals[i - 1] === "’s" || pos[i - 1] === "PRON";
  if (!possessive) return false;
  for (let j = i - 2; j >= Math.max(0, i - 5); j--) if (normals[j] === "in") return true;
  return false;
}

/** An "as" later in the same clause ("views the rules as …"), not "as well" or "such as". */
function asFollows(i: number, normals: string[], pos: string[]): boolean {
  for (let j = i + 1; j < Math.min(normals.length, i + 10); j++) {
    if (/^[,;:.!?()"“”]$/.test(normals[j] ?? "")) return false;
    if (normals[j] === "as" && normals[j + 1] !== "well" && normals[j - 1] !== "such") return !opensSubjectClause(j, normals, pos);
  }
  return false;
}

/**
 * Whether the verb at i takes a clause: "that" after it, or a finite verb within six words of its
 * clause ("believed the curbs were punitive"), not a gerund ("assumed the task of paying") or an infinitive.
 */
export function takesClause(i: number, normals: readonly string[], pos: readonly string[]): boolean {
  if (/^(that|what|whether|how|why)$/.test(normals[i + 1] ?? "")) return true;
  for (let k = i + 1; k < Math.min(normals.length, i + 7); k++) {
    const w = normals[k] ?? "";
    if (/^[,;:.!?()–—]$/.test(w) || w === "to") return false;
    if ((pos[k] === "VERB" || pos[k] === "AUX") && !/ing$/.test(w)) return true;
  }
  return false;
}

/**
 * Whether the "as" at j opens a clause with its own subject and finite verb ("saw sales halve
 * as buyers turned away"): a conjunction of time or cause, not the "as" of "saw the move as a
 * snub" or "viewed it as aimed at Seoul".
 */
export function opensSubjectClause(j: number, normals: readonly string[], pos: readonly string[]): boolean {
  // "as a counterpunch aimed at …": an indefinite noun phrase is what the thing is seen as.
  if (/^(a|an)$/.test(normals[j + 1] ?? "")) return false;
  for (let k = j + 1; k < Math.min(normals.length, j + 6); k++) {
    const tag = pos[k] ?? "";
    if ((tag === "VERB" || tag === "AUX") && k > j + 1) return !/ing$/.test(normals[k] ?? "");
    if (!/^(DET|NOUN|PROPN|PRON|ADJ|NUM)$/.test(tag)) return false;
  }
  return false;
}

const lowerLemmas = new Map<string, string>();
/**
 * The lemma of a word read in lower case (the tagger lemmatizes no names: "Shoppers" stays).
 * Memoized: reading a one-word document costs about as much as a short claim, and first words repeat.
 */
function lowerLemma(word: string): string {
  const known = lowerLemmas.get(word);
  if (known !== undefined) return known;
  const its = getNlp().its;
  const lemma = getNlp()
    .readDoc(word)
    .tokens()
    .out(its.lemma as unknown as ItsFunction<string>);
  const [only] = lemma;
  const out = lemma.length === 1 && only !== undefined ? only.toLowerCase() : word;
  if (lowerLemmas.size >= 20_000) lowerLemmas.clear();
  lowerLemmas.set(word, out);
  return out;
}

function entityTerm(lemma: string, surface: string, lexicon: Lexicon, clause: number): Term {
  return {
    lemma,
    surface,
    weight: lexicon.weight(lemma),
    concepts: lexicon.conceptsOf(lemma, null),
    broader: lexicon.broaderOf(lemma, null),
    vector: lexicon.vector(lemma),
    entity: true,
    initial: false,
    cue: false,
    clause,
    clauses: [clause],
  };
}

function phraseVector(lemma: string, lexicon: Lexicon): Float32Array | null {
  const parts = lemma.split(" ");
  if (parts.length === 1) return lexicon.vector(lemma);
  const vs = parts.map((p) => lexicon.vector(p)).filter((v): v is Float32Array => v !== null);
  if (vs.length === 0) return null;
  const out = new Float32Array(lexicon.dimensions);
  for (const v of vs) for (let k = 0; k < out.length; k++) out[k] = (out[k] ?? 0) + (v[k] ?? 0);
  return normalize(out);
}

function meanVector(terms: Term[], d: number): Float32Array {
  const out = new Float32Array(d);
  for (const t of terms) if (t.vector) for (let k = 0; k < d; k++) out[k] = (out[k] ?? 0) + (t.vector[k] ?? 0) * t.weight;
  return normalize(out);
}

function normalize(v: Float32Array): Float32Array {
  const n = Math.sqrt(dot(v, v));
  if (n > 0) for (let k = 0; k < v.length; k++) v[k] = (v[k] ?? 0) / n;
  return v;
}
