// Suggesting the stance of a claim toward a proposition, with its reason, from grammar the
// claim shows: negation or a denial verb on one side only → refutes; a verb that tells of
// someone's view or accusation ("saw the moves as", "accused Tokyo of"), a point of view ("in
// Seoul's view"), a grievance ("voiced frustration that"), an allegation "without evidence" or a
// report of a report ("said Seoul had informed Japan that") → reports; otherwise the claim states
// it → supports. The reviewer confirms or changes it. Pure.
import type { AnalyzedText } from "./analyze";
import { dot } from "./lexicon";
import { DEFICIENCY_ADJECTIVES, PREVENTION_VERBS, SAYING_VERBS } from "./cues";
import type { LinkStance } from "../propositions/link-stances";

export interface StanceSuggestion {
  stance: LinkStance;
  reason: string;
}

export function suggestStance(claim: AnalyzedText, proposition: AnalyzedText, voice?: string | null, denies?: boolean): StanceSuggestion {
  // "could not be tracked", "failed to account for" against "Lax management posed a risk": an
  // inability is the shortfall the statement's adjective of deficiency names, not a denial of it.
  const deficiency = claim.negationInability ? deficiencyOf(proposition) : null;
  // A bare negation inside what a framing verb frames ("protested that … nations it does not
  // trust") is the holder's, told by the claim: the framing decides, below.
  const claimNegated =
    (claim.negation !== null &&
      !claim.negationFramed &&
      deficiency === null &&
      !negatedPrevention(claim, proposition) &&
      // "Tokyo never said so": keeping quiet denies nothing.
      !(claim.negatedVerb !== null && SAYING_VERBS.has(claim.negatedVerb)) &&
      negationBearsOn(claim, proposition)) ||
    denies === true;
  const propositionNegated = proposition.negation !== null;
  // "Claims that Korea held on to its privileges are false" against "Japan removed Korea from the
  // list": the claim denies the opposite outcome, and the two reversals cancel.
  const deniedOpposite =
    claimNegated && !propositionNegated && denies !== true && aspectInNegatedClause(claim) ? opposedAspect(claim, proposition) : null;
  if (deniedOpposite) {
    return {
      stance: "supports",
      reason: `double negation: "${claim.negation ?? ""}" denies "${deniedOpposite[0]}", the opposite of "${deniedOpposite[1]}"`,
    };
  }
  if (claimNegated !== propositionNegated) {
    const cue = claim.negation ?? proposition.negation ?? "denies";
    return {
      stance: "refutes",
      reason: claimNegated
        ? `negation: "${cue}" — the claim denies what the statement says`
        : `negation: the statement says "${cue}", the claim does not`,
    };
  }
  // "acted as a referee rather than a partisan": the claim denies what its contrastive clause
  // names; when that is what the statement is about (as many of its words as any other clause, an
  // explicit contrast winning a tie), it denies the statement.
  // A paraphrase sharing no word with the statement in any clause ("rather than litigate, kept the
  // quarrel out of Geneva" against "filed a complaint at the WTO") gives no clause the edge: the
  // contrast, the claim's one denial, is taken to be about the statement it was matched to.
  if (!claimNegated && !propositionNegated && claim.contrast) {
    const overlap = clauseOverlap(claim, proposition);
    const named = overlap.get(claim.contrastClause) ?? 0;
    // A closing attribution says who and a reason clause why: neither is what is contrasted
    // ("a relabelling rather than a removal, the trade chief insisted, because …").
    const rest = Math.max(
      0,
      ...[...overlap]
        .filter(([c]) => c !== claim.contrastClause && c !== claim.attributionClause && !claim.reasonClauses.includes(c))
        .map(([, n]) => n),
    );
    if ((named > 0 && named >= rest) || (named === 0 && rest === 0)) {
      return { stance: "refutes", reason: `contrast: "${claim.contrast}" — the claim says it is not so, but something else` };
    }
  }
  // "would have been introduced whatever the courts decided": the claim says the one happens
  // independently of what its concessive clause names; a statement that names it too links them.
  if (!claimNegated && claim.independent && (clauseOverlap(claim, proposition).get(claim.independentClause) ?? 0) > 0) {
    return { stance: "refutes", reason: `independence: "${claim.independent}" — the claim says it happens regardless` };
  }
  // "the curbs were purely administrative" against "retaliation for the court rulings": the claim
  // gives the one reason or nature, and it is not the statement's.
  if (!claimNegated && !propositionNegated && claim.exclusive && proposition.reason.length > 0 && !focusMeetsReason(claim, proposition)) {
    return { stance: "refutes", reason: `exclusive: "${claim.exclusive}" — the claim gives another reason than the statement's` };
  }
  // Persistence against ending ("would stay in place" / "decided to end it"), neither side negated.
  const opposed = !claimNegated && !propositionNegated ? opposedAspect(claim, proposition) : null;
  if (opposed) {
    return { stance: "refutes", reason: `opposite outcome: "${opposed[0]}" where the statement says "${opposed[1]}"` };
  }
  // "The ministry ended the pact, blaming Tokyo for the breakdown": the participle frames its own
  // clause; when another clause carries more of the statement's words, the claim states that one.
  if (claim.framing && claim.framingAdjunct) {
    const overlap = clauseOverlap(claim, proposition);
    const framed = overlap.get(claim.framingClause) ?? 0;
    const rest = Math.max(0, ...[...overlap].filter(([c]) => c !== claim.framingClause).map(([, n]) => n));
    if (rest > framed) return { stance: "supports", reason: `states it; "${claim.framing}" frames another clause` };
  }
  if (claim.framing) {
    return { stance: "reports", reason: `framing: "${claim.framing}" — tells of someone's view without stating it` };
  }
  // "Moon said Tokyo was punishing the judiciary": the claim tells what someone said, unless the
  // speaker tells of its own act ("Seoul said it would scrap the pact").
  if (claim.leadingReport && !claim.selfReport) {
    return { stance: "reports", reason: `reports: "${claim.leadingReport}" — tells what someone said without stating it` };
  }
  const hedge = claim.hedge ? `, hedged ("${claim.hedge}")` : "";
  const shortfall = deficiency && denies !== true ? `; "${claim.negation ?? ""}" tells the shortfall "${deficiency}" names` : "";
  const rhetorical = claim.rhetorical ? `; the rhetorical question "${claim.rhetorical}" denies a denial of it` : "";
  return {
    stance: "supports",
    reason:
      voice === "attributed"
        ? `states it, in the holder's words${hedge}${shortfall}${rhetorical}`
        : `states it${hedge}${shortfall}${rhetorical}`,
  };
}

/** The statement's adjective of deficiency ("lax", "inadequate"), when it names one and is not negated itself; else null. */
function deficiencyOf(proposition: AnalyzedText): string | null {
  if (proposition.negation !== null) return null;
  return proposition.terms.find((t) => DEFICIENCY_ADJECTIVES.has(t.lemma))?.surface ?? null;
}

/**
 * "did not prevent the leak", "failed to hide its sympathy": what was not prevented or hidden
 * happened, so the negation affirms it, unless the statement itself is about preventing or hiding
 * (shares the verb or one of its concepts).
 */
function negatedPrevention(claim: AnalyzedText, proposition: AnalyzedText): boolean {
  const verb = claim.negatedVerb;
  if (verb === null || !PREVENTION_VERBS.has(verb)) return false;
  const term = claim.terms.find((t) => t.lemma === verb);
  return !proposition.terms.some((o) => o.lemma === verb || (term !== undefined && term.concepts.some((c) => o.concepts.includes(c))));
}

/** Whether a word of the claim's exclusive focus is a word, concept or near vector of the statement's reason. */
function focusMeetsReason(claim: AnalyzedText, proposition: AnalyzedText): boolean {
  const reasons = proposition.terms.filter(
    (o) => proposition.reason.includes(o.lemma) || proposition.reason.some((r) => o.lemma.split(" ").includes(r)),
  );
  const focus = claim.terms.filter(
    (t) => claim.exclusiveFocus.includes(t.lemma) || claim.exclusiveFocus.some((f) => t.lemma.split(" ").includes(f)),
  );
  if (focus.length === 0) return true; // nothing to compare: no verdict
  return focus.some((t) =>
    reasons.some(
      (o) =>
        o.lemma === t.lemma ||
        t.concepts.some((x) => o.concepts.includes(x)) ||
        (t.vector !== null && o.vector !== null && dot(t.vector, o.vector) >= 0.6),
    ),
  );
}

/** Whether the claim's aspect verb ("held on", "survived") is in the clause its negation is in. */
function aspectInNegatedClause(claim: AnalyzedText): boolean {
  const word = (claim.continues ?? claim.ends ?? "").split(" ")[0]?.toLowerCase() ?? "";
  const term = claim.terms.find((t) => t.surface.toLowerCase().split(" ")[0] === word);
  // A negation that bears on every clause (-1) still leaves a reason clause its own ("…, since the
  // licences remain open"): the reason is why, not what is denied.
  if (term === undefined) return false;
  if (claim.negationClause === -1) return term.clauses.some((c) => !claim.reasonClauses.includes(c));
  return term.clauses.includes(claim.negationClause);
}

function opposedAspect(claim: AnalyzedText, proposition: AnalyzedText): [string, string] | null {
  if (claim.continues && proposition.ends && !claim.ends) return [claim.continues, proposition.ends];
  if (claim.ends && proposition.continues && !claim.continues) return [claim.ends, proposition.continues];
  return null;
}

/**
 * Whether the claim's negation is in a clause about the statement: a negation in a clause that
 * shares no word, concept or near vector with the statement, when another clause does, is about something
 * else ("Tokyo imposed the curbs in retaliation, though it did not deny the timing").
 */
function negationBearsOn(claim: AnalyzedText, proposition: AnalyzedText): boolean {
  const overlap = clauseOverlap(claim, proposition);
  if ((overlap.get(claim.negationClause) ?? 0) > 0) return true;
  // "Washington did not favour Tokyo; its envoys told both …": a negated sentence of its own
  // (the first clause, or one after a semicolon or colon) that another clause of the same claim
  // goes on from denies; a paraphrase need not share its words.
  if (claim.independentClauses.includes(claim.negationClause) && claim.negationClause !== claim.attributionClause) return true;
  // A negated clause with no words of its own ("… but held back", "… but never did") takes them
  // from the clause before: it bears.
  if (!overlap.has(claim.negationClause)) return true;
  // A reason clause ("…, since METI had voiced misgivings") is about why, not what: its words do
  // not take the negation away from the clause it explains. Nor does a closing attribution
  // ("…, Seoul's industry minister told reporters"): it says who, not what.
  return ![...overlap].some(([c, n]) => n > 0 && !claim.reasonClauses.includes(c) && c !== claim.attributionClause);
}

/** Per clause of the claim, how many of its words the statement shares (as a word, a concept or a near vector). */
function clauseOverlap(claim: AnalyzedText, proposition: AnalyzedText): Map<number, number> {
  const overlap = new Map<number, number>();
  // Names aside: they say who, the clause's words say what. So do cue words: "arguing that both
  // shared the blame" is not about a dispute for its "arguing". A near vector counts as shared, so
  // a negated paraphrase keeps its negation.
  for (const t of claim.terms) {
    if (t.entity || t.cue) continue;

    const hit = proposition.terms.some(
      (o) =>
        !o.entity &&
        (o.lemma === t.lemma ||
          t.concepts.some((x) => o.concepts.includes(x)) ||
          (t.vector !== null && o.vector !== null && dot(t.vector, o.vector) >= 0.6)),
    );
    for (const c of t.clauses) overlap.set(c, (overlap.get(c) ?? 0) + (hit ? 1 : 0));
  }
  return overlap;
}
