// A proposition's reconciliation and its revisions; lib/server/propositions/reconciliations.ts builds them.
import type { ReconciliationStatus } from "@/lib/domain/propositions/proposition-status";

export interface ReconciliationView {
  status: ReconciliationStatus;
  verdict: string;
  summary: string;
  rationale: string;
  /** Annotation ids cited as evidence (only those the caller may see). */
  evidence: string[];
  /** 0 until the first save; send it back with the next PUT. */
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface RevisionView {
  version: number;
  actor: string;
  createdAt: string;
  status: ReconciliationStatus;
  verdict: string;
  summary: string;
  rationale: string;
  evidence: string[];
}
