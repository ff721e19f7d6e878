// Suggesting the stance of a claim toward a proposition, with its reason, from grammar the
// claim shows: negation or a denial verb on one side only → refutes; a verb that tells of
// someone's view or accusation ("saw the moves as", "accused Tokyo of") → reports; otherwise
// the claim states it → supports. The reviewer confirms or changes it. Pure.
import type { AnalyzedText } from "./analyze";
import type { LinkStance } from "../propositions/link-stances";

export interface StanceSuggestion {
  stance: LinkStance;
  reason: string;
}

export function suggestStance(claim: AnalyzedText, proposition: AnalyzedText, voice?: string | null, denies?: boolean): StanceSuggestion {
  const claimNegated = claim.negation !== null || denies === true;
  const propositionNegated = proposition.negation !== null;
  if (claimNegated !== propositionNegated) {
    const cue = claim.negation ?? proposition.negation ?? "denies";
    return {
      stance: "refutes",
      reason: claimNegated
        ? `negation: "${cue}" — the claim denies what the statement says`
        : `negation: the statement says "${cue}", the claim does not`,
    };
  }
  // Persistence against ending ("would stay in place" / "decided to end it"), neither side negated.
  const opposed = !claimNegated && !propositionNegated ? opposedAspect(claim, proposition) : null;
  if (opposed) {
    return { stance: "refutes", reason: `opposite outcome: "${opposed[0]}" where the statement says "${opposed[1]}"` };
  }
  if (claim.framing) {
    return { stance: "reports", reason: `framing verb: "${claim.framing}" — tells of someone's view without stating it` };
  }
  const hedge = claim.hedge ? `, hedged ("${claim.hedge}")` : "";
  return { stance: "supports", reason: voice === "attributed" ? `states it, in the holder's words${hedge}` : `states it${hedge}` };
}

function opposedAspect(claim: AnalyzedText, proposition: AnalyzedText): [string, string] | null {
  if (claim.continues && proposition.ends && !claim.ends) return [claim.continues, proposition.ends];
  if (claim.ends && proposition.continues && !claim.continues) return [claim.ends, proposition.continues];
  return null;
}
