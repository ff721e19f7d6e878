// Proposition lifecycle. Pure.
//
//   proposed ──accept──▶ open ◀──reconcile──▶ contested / reconciled
//      │                  │                       │
//      └──reject──▶ retired ◀──retire─────────────┘   retired ──restore──▶ open (or its last reconciliation status)
//   any but merged ──merge──▶ merged (read-only, mergedIntoId points at the survivor)
//
// "proposed" comes from annotators; reviewers and managers create "open" propositions.
// Only active propositions take new links; only accepted ones take a reconciliation.
export const PROPOSITION_STATUSES = ["proposed", "open", "contested", "reconciled", "retired", "merged"] as const;
export type PropositionStatus = (typeof PROPOSITION_STATUSES)[number];

export const RECONCILIATION_STATUSES = ["open", "contested", "reconciled"] as const;
export type ReconciliationStatus = (typeof RECONCILIATION_STATUSES)[number];

const ACTIVE: readonly string[] = ["proposed", "open", "contested", "reconciled"];

export function isReconciliationStatus(s: string): s is ReconciliationStatus {
  return (RECONCILIATION_STATUSES as readonly string[]).includes(s);
}

/** Statuses that accept new links and appear when linking a claim. */
export function acceptsLinks(status: string): boolean {
  return ACTIVE.includes(status);
}

/** Why a proposition in `status` cannot take links or a reconciliation, or null if it can. */
export function explainInactive(status: string): string | null {
  if (status === "retired") return "This proposition is retired; restore it before changing it.";
  if (status === "merged") return "This proposition was merged into another; work on that one instead.";
  return null;
}

export function explainNotReconcilable(status: string): string | null {
  if (status === "proposed") return "This proposition is only proposed; accept it before recording a reconciliation.";
  return explainInactive(status);
}

/** What PATCH may ask for: "open" accepts a proposed proposition or restores a retired one. */
export type RequestedStatus = "open" | "retired";

export type Transition = { ok: true; status: PropositionStatus } | { ok: false; message: string };

/**
 * The status a PATCH leads to. Restoring a retired proposition returns it to its last
 * reconciliation status (`reconciled`), so retiring and restoring loses nothing.
 */
export function transition(current: string, requested: RequestedStatus, reconciled: ReconciliationStatus | null): Transition {
  if (current === "merged") return { ok: false, message: "A merged proposition cannot change; edit the one it was merged into." };
  if (requested === "retired") {
    return current === "retired" ? { ok: false, message: "This proposition is already retired." } : { ok: true, status: "retired" };
  }
  if (current === "proposed") return { ok: true, status: "open" };
  if (current === "retired") return { ok: true, status: reconciled ?? "open" };
  return {
    ok: false,
    message: `This proposition is already accepted (status "${current}"); record a reconciliation to change its status.`,
  };
}

/**
 * The status an annotator sees while blind mode hides some of a proposition's mentions: a
 * reviewer's "contested" or "reconciled" rests on sources they cannot see yet, so it reads
 * "open" (with the reconciliation withheld) rather than contradict what their view shows.
 */
export function statusWhenWithheld(status: string): string {
  return status === "contested" || status === "reconciled" ? "open" : status;
}
