"use client";
import type { LabelDef } from "@/lib/client/span-types";

/** The project's labels with their colours and hotkeys; a click tags the selection (or retags the selected span). */
export function LabelPalette({
  labels,
  onPick,
  disabled,
  activeLabel,
}: {
  labels: readonly LabelDef[];
  onPick: (label: LabelDef, ev: { timeStamp: number; altKey: boolean }) => void;
  disabled: boolean;
  activeLabel: string | null;
}) {
  return (
    <div role="toolbar" aria-label="Labels" className="flex flex-wrap items-center gap-1.5" data-testid="label-palette">
      {labels.map((l) => (
        <button
          key={l.key}
          type="button"
          disabled={disabled}
          // Keep the text selection: a mousedown on the button must not clear it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={(e) => onPick(l, { timeStamp: e.timeStamp, altKey: e.altKey })}
          aria-pressed={activeLabel === l.key}
          title={`Tag the selection as ${l.name}${l.hotkey ? ` (${l.hotkey})` : ""}`}
          className="group inline-flex items-center gap-2 rounded-md border border-slate-200 bg-white py-1 pl-2 pr-1.5 text-sm font-medium text-slate-800 shadow-sm hover:border-slate-300 hover:bg-slate-50 disabled:opacity-50 aria-pressed:border-slate-400 aria-pressed:bg-slate-50"
        >
          <span className="h-3 w-3 rounded-sm" style={{ background: l.color }} aria-hidden />
          {l.name}
          {l.hotkey && <kbd className="ws-kbd">{l.hotkey}</kbd>}
        </button>
      ))}
    </div>
  );
}
