// Propositions as their list and page show them; lib/server/propositions/propositions.ts and
// lib/server/propositions/proposition-mentions.ts build them.
import type { LinkStance } from "@/lib/domain/propositions/link-stances";
import type { PropositionOverview } from "@/lib/domain/propositions/proposition-overview";
import type { Snippet } from "@/lib/domain/text/snippet";

export interface PropositionListItem extends PropositionOverview {
  mergedIntoId: string | null;
  createdBy: string;
  createdAt: string;
  reconciliation: { status: string; verdict: string; version: number } | null;
  /** Linked claims blind mode hides from the caller; when > 0 the reconciliation is withheld. */
  withheld: number;
}

/** A claim linked to a proposition, with its source and the claim's own attributes. */
export interface MentionView {
  annotationId: string;
  documentId: string;
  documentTitle: string;
  outlet: string;
  perspective: string;
  publishedAt: string | null;
  /** The claim's exact text; offsets are code points, half-open [start, end). */
  text: string;
  start: number;
  end: number;
  /** "gold" or "user:<id>"; layerName is "Gold" or the annotator's name. */
  layer: string;
  layerName: string;
  stance: LinkStance;
  holder: string | null;
  voice: "outlet" | "attributed" | null;
  hedged: boolean;
  /** The claim's own polarity: the holder asserts or denies its text. */
  claimStance: "asserts" | "denies" | null;
  linkedBy: string;
  linkedAt: string;
  /** The claim within ~200 code points of its paragraph; only when asked for. */
  context?: Snippet;
}
