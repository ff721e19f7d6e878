import type { AlignmentKind } from "@/lib/domain/adjudication/alignment";
import { KIND_LABELS, KIND_TONES, labelColor, type LabelInfo } from "./kinds";

export function KindBadge({ kind }: { kind: AlignmentKind }) {
  return <span className={`badge ring-1 ring-inset ${KIND_TONES[kind]}`}>{KIND_LABELS[kind]}</span>;
}

export function LabelChip({ label, labels }: { label: string; labels: readonly LabelInfo[] }) {
  const color = labelColor(labels, label);
  return (
    <span className="inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium" style={{ borderColor: color, color }}>
      <span className="h-2 w-2 rounded-full" style={{ background: color }} aria-hidden />
      {labels.find((l) => l.key === label)?.name ?? label}
    </span>
  );
}
