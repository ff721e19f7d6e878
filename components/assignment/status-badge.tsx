import { ANNOTATOR_STATUS_NAMES } from "@/lib/domain/projects/annotator-status";

const TEXT: Record<string, string> = ANNOTATOR_STATUS_NAMES;
const TONE: Record<string, string> = {
  todo: "bg-slate-100 text-slate-700",
  in_progress: "bg-amber-100 text-amber-900",
  done: "bg-emerald-100 text-emerald-800",
};

export function AssignmentStatusBadge({ status }: { status: string }) {
  return <span className={`badge ${TONE[status] ?? TONE.todo}`}>{TEXT[status] ?? status}</span>;
}

const DOC_TEXT: Record<string, string> = { open: "Open", in_adjudication: "In adjudication", adjudicated: "Adjudicated" };
const DOC_TONE: Record<string, string> = {
  open: "bg-slate-100 text-slate-700",
  in_adjudication: "bg-amber-100 text-amber-900",
  adjudicated: "bg-emerald-100 text-emerald-800",
};

export function DocumentStatusBadge({ status }: { status: string }) {
  return <span className={`badge ${DOC_TONE[status] ?? DOC_TONE.open}`}>{DOC_TEXT[status] ?? status}</span>;
}
