// The link panel's and the suggestion list's data; lib/server/propositions/proposition-links.ts builds it.
import type { LinkStance } from "@/lib/domain/propositions/link-stances";
import type { StanceSuggestion } from "@/lib/domain/matching/stance";
import type { Snippet } from "@/lib/domain/text/snippet";

export interface ClaimLink {
  propositionId: string;
  statement: string;
  status: string;
  stance: LinkStance;
  mergedIntoId: string | null;
}

export interface RankedProposition {
  id: string;
  statement: string;
  status: string;
  /** The matcher's probability that claim and statement say the same thing, in [0, 1]. */
  score: number;
  /** Why, in words ("synonym: payback ≈ retribution"). */
  reasons: string[];
  suggestedStance: StanceSuggestion;
  /** This claim's stance toward it, if already linked. */
  linkedStance: LinkStance | null;
}

export interface ClaimLinking {
  claim: { id: string; documentId: string; layer: string; text: string; canLink: boolean };
  links: ClaimLink[];
  propositions: RankedProposition[];
}

export interface ClaimSuggestion {
  annotationId: string;
  documentId: string;
  documentTitle: string;
  outlet: string;
  perspective: string;
  publishedAt: string | null;
  layerName: string;
  text: string;
  holder: string | null;
  score: number;
  reasons: string[];
  suggestedStance: StanceSuggestion;
  context: Snippet;
  canLink: boolean;
}
