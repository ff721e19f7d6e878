import type { AlignmentKind } from "@/lib/domain/adjudication/alignment";
import type { DecisionKind } from "@/lib/domain/adjudication/adjudication-state";

export const KIND_LABELS: Record<AlignmentKind, string> = {
  agreed: "Agreed",
  label_mismatch: "Label mismatch",
  boundary_mismatch: "Boundary mismatch",
  attribute_mismatch: "Attribute mismatch",
  link_mismatch: "Linked differently",
  partial: "Found by only some",
};

export const KIND_TONES: Record<AlignmentKind, string> = {
  agreed: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  label_mismatch: "bg-rose-50 text-rose-800 ring-rose-200",
  boundary_mismatch: "bg-amber-50 text-amber-900 ring-amber-200",
  attribute_mismatch: "bg-violet-50 text-violet-800 ring-violet-200",
  link_mismatch: "bg-fuchsia-50 text-fuchsia-800 ring-fuchsia-200",
  partial: "bg-sky-50 text-sky-800 ring-sky-200",
};

export const DECISION_LABELS: Record<DecisionKind, string> = {
  accept: "Accepted",
  auto: "Pre-accepted (all agree)",
  edit: "Edited into gold",
  reject: "Rejected",
};

export type LabelInfo = { key: string; name: string; color: string; hotkey: string };

export function labelColor(labels: readonly LabelInfo[], key: string): string {
  return labels.find((l) => l.key === key)?.color ?? "#64748b";
}
