// Plain-language lines for history events (AnnotationEvent before/after snapshots).
import type { HistoryEvent } from "@/lib/views/history";
import { GOLD_LAYER, layerUserId } from "@/lib/domain/spans/layers";

type SpanLike = {
  label?: string;
  start?: number;
  end?: number;
  text?: string;
  layer?: string;
  attributes?: Record<string, unknown>;
  note?: string;
};
type DecisionLike = { itemKey?: string; kind?: string; decision?: string; version?: number | null; span?: SpanLike | null };

export const ACTION_LABELS: Record<string, string> = {
  create: "Created span",
  update: "Changed span",
  delete: "Deleted span",
  accept: "Accepted",
  reject: "Rejected",
  edit: "Edited into gold",
  undo: "Undid decision",
  status: "Status",
  restore: "Restored span",
  link: "Linked claim",
  unlink: "Unlinked claim",
  relink: "Changed link stance",
  evidence: "Reconciliation evidence",
};

type LinkLike = { propositionId?: string; statement?: string; stance?: string; evidence?: boolean; span?: SpanLike };

const KINDS: Record<string, string> = {
  agreed: "agreed item",
  label_mismatch: "label mismatch",
  boundary_mismatch: "boundary mismatch",
  attribute_mismatch: "attribute mismatch",
  link_mismatch: "claim linked differently",
  partial: "item found by only some",
};

export function layerName(layer: string | undefined, people: Record<string, string>): string {
  if (!layer) return "";
  if (layer === GOLD_LAYER) return GOLD_LAYER;
  const id = layerUserId(layer) ?? layer;
  return `${people[id] ?? id}'s layer`;
}

export function spanLine(s: SpanLike | null | undefined): string {
  if (!s) return "—";
  const text = s.text && s.text.length > 80 ? `${s.text.slice(0, 80)}…` : s.text;
  return `${s.label} [${s.start}, ${s.end}) “${text ?? ""}”`;
}

/** What changed between two span snapshots, field by field. */
export function spanChanges(before: SpanLike, after: SpanLike): string[] {
  const out: string[] = [];
  if (before.label !== after.label) out.push(`label ${before.label} → ${after.label}`);
  if (before.start !== after.start || before.end !== after.end)
    out.push(`range [${before.start}, ${before.end}) → [${after.start}, ${after.end})`);
  const a = JSON.stringify(before.attributes ?? {});
  const b = JSON.stringify(after.attributes ?? {});
  if (a !== b) out.push(`attributes ${a} → ${b}`);
  if ((before.note ?? "") !== (after.note ?? "")) out.push(`note “${before.note ?? ""}” → “${after.note ?? ""}”`);
  return out;
}

/** One headline and detail lines for an event. */
export function describeEvent(e: HistoryEvent, people: Record<string, string>): { title: string; where: string; lines: string[] } {
  if (e.action === "status") {
    const b = (e.before ?? {}) as { status?: string };
    const a = (e.after ?? {}) as { status?: string; preAccepted?: number };
    const extra = a.preAccepted ? ` (${a.preAccepted} agreed spans pre-accepted into gold)` : "";
    return {
      title: "Adjudication status",
      where: "document",
      lines: [`${(b.status ?? "?").replace("_", " ")} → ${(a.status ?? "?").replace("_", " ")}${extra}`],
    };
  }
  if (["link", "unlink", "relink", "evidence"].includes(e.action)) {
    const before = e.before as LinkLike | null;
    const after = e.after as LinkLike | null;
    const l = after ?? before ?? {};
    const what = `“${l.statement ?? l.propositionId ?? "?"}”`;
    const line =
      e.action === "evidence"
        ? `${after ? "cited as evidence for" : "no longer evidence for"} ${what}`
        : e.action === "relink"
          ? `${before?.stance ?? "?"} → ${after?.stance ?? "?"} on ${what}`
          : `${l.stance ?? ""} ${what}`;
    return { title: ACTION_LABELS[e.action], where: layerName(l.span?.layer, people), lines: [line, spanLine(l.span)] };
  }
  if (["create", "update", "delete", "restore"].includes(e.action)) {
    const before = e.before as SpanLike | null;
    const after = e.after as SpanLike | null;
    const span = after ?? before;
    const lines = e.action === "update" && before && after ? spanChanges(before, after) : [spanLine(span)];
    const links = (span as { links?: LinkLike[] } | null)?.links ?? [];
    if (links.length > 0)
      lines.push(
        `${e.action === "delete" ? "unlinked from" : "linked to"}: ${links.map((l) => `“${l.statement ?? l.propositionId}” (${l.stance})`).join(", ")}`,
      );
    return {
      title: ACTION_LABELS[e.action],
      where: layerName(span?.layer, people),
      lines: e.action === "update" ? [spanLine(before), ...lines] : lines,
    };
  }
  const after = e.after as DecisionLike | null;
  const before = e.before as DecisionLike | null;
  const d = after ?? before ?? {};
  const kind = d.kind ? (KINDS[d.kind] ?? d.kind) : "item";
  const lines: string[] = [];
  if (after) {
    const how =
      after.decision === "auto"
        ? "pre-accepted (all annotators agree)"
        : after.decision === "accept"
          ? `accepted version ${after.version ?? "?"}`
          : after.decision === "edit"
            ? "edited"
            : "rejected";
    lines.push(`${how} on ${kind}${after.span ? `: ${spanLine(after.span)}` : ""}`);
  }
  if (before)
    lines.push(`${after ? "replacing" : "removed"} ${before.decision ?? "decision"}${before.span ? `: ${spanLine(before.span)}` : ""}`);
  return { title: ACTION_LABELS[e.action] ?? e.action, where: "gold", lines };
}
