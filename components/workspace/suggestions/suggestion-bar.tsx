"use client";
import type { LabelDef } from "@/lib/client/span-types";
import type { SuggestionsState } from "./use-suggestions";
import { iconBtn } from "../toolbar";

const SOURCE_NAMES: Record<string, string> = {
  match: "from this project's spans",
  date: "date rules",
  measure: "measure rules",
  quote: "quote rules",
  claim: "claim rules",
};

function describe(attrs: Record<string, unknown>): string {
  return Object.entries(attrs)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(" · ");
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 140 ? `${flat.slice(0, 138)}…` : flat;
}

/** Above the article: counts per label, the current suggestion with its attributes, and its keys. */
export function SuggestionBar({
  state,
  labels,
  onJump,
  canAnnotate,
}: {
  state: SuggestionsState;
  labels: readonly LabelDef[];
  onJump: (id: string) => void;
  canAnnotate: boolean;
}) {
  const { pending, current, counts } = state;
  const names = Object.fromEntries(labels.map((l) => [l.key, l]));
  if (state.loading) return null;
  if (!pending.length) {
    return (
      <p className="mx-auto mt-3 max-w-[calc(70ch+5rem)] text-xs text-slate-500" data-testid="suggestions-none">
        No pending suggestions on this document.
      </p>
    );
  }
  const label = current ? names[current.label] : undefined;
  return (
    <section
      className="mx-auto mt-3 max-w-[calc(70ch+5rem)] rounded-lg border border-dashed border-slate-300 bg-slate-50/70 px-4 py-2.5 text-sm"
      aria-label="Suggestions"
      data-testid="suggestions"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
        <span className="font-semibold uppercase tracking-wide text-slate-500">Suggestions</span>
        {labels
          .filter((l) => counts[l.key])
          .map((l) => (
            <span key={l.key} data-testid={`suggestion-count-${l.key}`} className="inline-flex items-center gap-1">
              <span className="inline-block h-0 w-3 border-b-2 border-dotted" style={{ borderColor: l.color }} aria-hidden />
              {l.name} {counts[l.key]}
            </span>
          ))}
        <span className="ml-auto text-slate-400">
          <kbd className="ws-kbd">n</kbd>/<kbd className="ws-kbd">p</kbd> move · <kbd className="ws-kbd">a</kbd> accept ·{" "}
          <kbd className="ws-kbd">x</kbd> reject · <kbd className="ws-kbd">A</kbd> accept all of its label on screen
        </span>
      </div>
      {current && (
        <div className="mt-2 flex flex-wrap items-center gap-2" data-testid="suggestion-current" data-suggestion-id={current.id}>
          <button type="button" className="min-w-0 flex-[1_1_16rem] text-left" onClick={() => onJump(current.id)} title="Show in the text">
            <span
              className="mr-2 rounded px-1.5 py-0.5 text-xs font-medium"
              style={{ color: label?.color, border: `1px dotted ${label?.color ?? "#64748b"}` }}
            >
              {label?.name ?? current.label}
            </span>
            <span className="text-slate-800">“{excerpt(current.text)}”</span>
            <span className="ml-2 text-xs text-slate-500">
              {describe(current.attributes)}
              {current.attributes && Object.keys(current.attributes).length ? " · " : ""}
              {SOURCE_NAMES[current.source] ?? current.source}
            </span>
          </button>
          <span className="flex flex-wrap gap-1.5">
            <button type="button" className={iconBtn} onClick={() => state.move(-1)} aria-label="Previous suggestion">
              ‹ <kbd className="ws-kbd">p</kbd>
            </button>
            <button type="button" className={iconBtn} onClick={() => state.move(1)} aria-label="Next suggestion">
              <kbd className="ws-kbd">n</kbd> ›
            </button>
            <button type="button" className={iconBtn} disabled={!canAnnotate} onClick={() => state.accept()}>
              Accept <kbd className="ws-kbd">a</kbd>
            </button>
            <button type="button" className={iconBtn} disabled={!canAnnotate} onClick={() => state.reject()}>
              Reject <kbd className="ws-kbd">x</kbd>
            </button>
            <button type="button" className={iconBtn} disabled={!canAnnotate} onClick={() => state.acceptAll(current.label)}>
              Accept all {label?.name ?? current.label} on screen <kbd className="ws-kbd">Shift+A</kbd>
            </button>
          </span>
        </div>
      )}
    </section>
  );
}
