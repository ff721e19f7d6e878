// Candidate propositions from unlinked claims; lib/server/matching/claim-clusters.ts builds them.
import type { StanceSuggestion } from "@/lib/domain/matching/stance";

export interface ClusterClaimView {
  annotationId: string;
  documentId: string;
  documentTitle: string;
  outlet: string;
  perspective: string;
  text: string;
  holder: string | null;
  suggestedStance: StanceSuggestion;
}

export interface ClusterView {
  key: string;
  draft: string;
  score: number;
  reasons: string[];
  outlets: number;
  claims: ClusterClaimView[];
}
