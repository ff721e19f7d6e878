"use client";
import type { ClientSpan, LabelDef } from "@/lib/client/span-types";

/** A clicked span of a read-only layer: label, range, text, attributes, note. */
export function SpanDetails({ span, labels, onClose }: { span: ClientSpan; labels: readonly LabelDef[]; onClose: () => void }) {
  const label = labels.find((l) => l.key === span.label);
  const attrs = Object.entries(span.attributes);
  return (
    <div className="sticky top-0 z-10 border-b border-slate-200 bg-slate-50 px-5 py-3 text-sm" data-testid="span-details" role="status">
      <div className="flex items-start justify-between gap-3">
        <p>
          <span className="mr-2 rounded px-1.5 py-0.5 text-xs font-semibold text-white" style={{ background: label?.color ?? "#64748b" }}>
            {label?.name ?? span.label}
          </span>
          <span className="text-xs text-slate-500">
            [{span.start}, {span.end})
          </span>
        </p>
        <button
          type="button"
          onClick={onClose}
          className="rounded px-1.5 text-slate-500 hover:bg-slate-200"
          aria-label="Close span details"
        >
          ✕
        </button>
      </div>
      <blockquote className="mt-1 line-clamp-3 border-l-[3px] pl-2 text-slate-800" style={{ borderColor: label?.color ?? "#94a3b8" }}>
        {span.text}
      </blockquote>
      {attrs.length > 0 && (
        <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-xs text-slate-600">
          {attrs.map(([k, v]) => (
            <div key={k}>
              <dt className="inline font-medium">{k}:</dt> <dd className="inline">{String(v)}</dd>
            </div>
          ))}
        </dl>
      )}
      {span.note && <p className="mt-1 text-xs text-slate-600">Note: {span.note}</p>}
    </div>
  );
}
