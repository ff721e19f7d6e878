"use client";
import type { ClientSpan, LabelDef } from "@/lib/client/span-types";
import type { ReactNode } from "react";
import { AttributeForm } from "./attribute-form";

export interface SpanEditorProps {
  span: ClientSpan | null;
  labels: readonly LabelDef[];
  unsaved: boolean;
  readOnly: boolean;
  onRetag(label: string): void;
  onUpdate(patch: Partial<Pick<ClientSpan, "attributes" | "note">>, mergeKey: string): void;
  onMove(which: "start" | "end", dir: -1 | 1): void;
  onDelete(): void;
  /** Extra tools for the selected span, e.g. linking a claim to a proposition. */
  footer?: ReactNode;
}

/** The selected span: label, boundaries, attributes, note, delete. */
export function SpanEditor({ span, labels, unsaved, readOnly, onRetag, onUpdate, onMove, onDelete, footer }: SpanEditorProps) {
  if (!span) {
    return (
      <div className="px-4 py-5 text-sm text-slate-500" data-testid="span-editor-empty">
        <p className="font-medium text-slate-700">No span selected</p>
        <p className="mt-1">
          Select text and press a label&apos;s key (<kbd className="ws-kbd">1</kbd>–<kbd className="ws-kbd">{labels.length}</kbd>), or click
          a highlight to edit it. Press <kbd className="ws-kbd">?</kbd> for all keys.
        </p>
      </div>
    );
  }
  const label = labels.find((l) => l.key === span.label);
  return (
    <div className="space-y-3 px-4 py-3" data-testid="span-editor" data-key={span.key}>
      <div>
        <div className="mb-1.5 flex items-center justify-between text-xs text-slate-500">
          <span>
            Selected span · [{span.start}, {span.end})
          </span>
          <span className={unsaved ? "font-medium text-amber-700" : "text-emerald-700"} data-testid="span-save-state">
            {unsaved ? "● unsaved" : "✓ saved"}
          </span>
        </div>
        <blockquote
          title={span.text}
          className="line-clamp-2 border-l-[3px] pl-3 text-sm leading-relaxed text-slate-800"
          style={{ borderColor: label?.color ?? "#94a3b8" }}
          data-testid="span-text"
        >
          {span.text}
        </blockquote>
      </div>

      <div role="radiogroup" aria-label="Label" className="flex flex-wrap gap-1.5">
        {labels.map((l) => {
          const on = l.key === span.label;
          return (
            <button
              key={l.key}
              type="button"
              role="radio"
              aria-checked={on}
              disabled={readOnly}
              onClick={() => onRetag(l.key)}
              className={`inline-flex items-center gap-1.5 rounded-md border px-2 py-0.5 text-xs font-medium ${
                on ? "border-transparent text-white shadow-sm" : "border-slate-200 bg-white text-slate-700 hover:bg-slate-50"
              }`}
              style={on ? { background: l.color } : undefined}
            >
              {!on && <span className="h-2 w-2 rounded-sm" style={{ background: l.color }} aria-hidden />}
              {l.name}
            </button>
          );
        })}
      </div>

      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600">
        <Nudge title="Start" keys={["[", "]"]} onMove={(dir) => onMove("start", dir)} disabled={readOnly} />
        <Nudge title="End" keys={["{", "}"]} onMove={(dir) => onMove("end", dir)} disabled={readOnly} />
        {/* Delete sits with the boundary controls, not below the link panel, so it stays on screen at 1280×800. */}
        <button
          type="button"
          onClick={onDelete}
          disabled={readOnly}
          className="ml-auto inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-xs font-medium text-rose-700 hover:bg-rose-50 disabled:opacity-50"
        >
          Delete span <kbd className="ws-kbd">Del</kbd>
        </button>
      </div>

      <section>
        <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">Attributes</h3>
        <AttributeForm
          key={span.key}
          label={span.label}
          attributes={span.attributes}
          disabled={readOnly}
          onChange={(name, value) => onUpdate({ attributes: { ...span.attributes, [name]: value } }, `${span.key}:attr:${name}`)}
        />
      </section>

      <label className="block">
        <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-slate-500">Note</span>
        <textarea
          aria-label="Note"
          rows={2}
          maxLength={5000}
          disabled={readOnly}
          value={span.note}
          onChange={(e) => onUpdate({ note: e.target.value }, `${span.key}:note`)}
          placeholder="Why, doubts, context…"
          className="block w-full resize-y rounded-md border border-slate-300 px-2 py-1 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500"
        />
      </label>

      {footer}
    </div>
  );
}

function Nudge({
  title,
  keys,
  onMove,
  disabled,
}: {
  title: string;
  keys: [string, string];
  onMove: (dir: -1 | 1) => void;
  disabled: boolean;
}) {
  const btn = "rounded border border-slate-300 bg-white px-1.5 py-0.5 hover:bg-slate-50 disabled:opacity-50";
  return (
    <span className="inline-flex items-center gap-1">
      <span className="font-medium">{title}</span>
      <button
        type="button"
        className={btn}
        onClick={() => onMove(-1)}
        disabled={disabled}
        title={`${title} one word left (${keys[0]})`}
        aria-label={`${title} left`}
      >
        ◀
      </button>
      <button
        type="button"
        className={btn}
        onClick={() => onMove(1)}
        disabled={disabled}
        title={`${title} one word right (${keys[1]})`}
        aria-label={`${title} right`}
      >
        ▶
      </button>
      <kbd className="ws-kbd">{keys[0]}</kbd>
      <kbd className="ws-kbd">{keys[1]}</kbd>
    </span>
  );
}
