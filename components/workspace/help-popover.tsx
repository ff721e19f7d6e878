"use client";
import type { LabelDef } from "@/lib/client/span-types";

const K = ({ children }: { children: React.ReactNode }) => <kbd className="ws-kbd">{children}</kbd>;

/** Every key of the workspace, shown with `?` or the Keys button. */
export function HelpPopover({ labels, onClose }: { labels: readonly LabelDef[]; onClose: () => void }) {
  const rows: [React.ReactNode, string][] = [
    [<>drag</>, "select text with the mouse; it snaps to whole words (hold Alt for exact characters)"],
    [
      <>
        <K>Tab</K> to the text, then <K>←</K>
        <K>→</K>
        <K>↑</K>
        <K>↓</K>
      </>,
      "caret mode: move a caret through the text (Ctrl: by word; Home/End: line ends)",
    ],
    [
      <>
        <K>Shift</K>+arrows
      </>,
      "select with the keyboard from the caret",
    ],
    [
      <>
        {labels
          .filter((l) => l.hotkey)
          .map((l) => (
            <K key={l.key}>{l.hotkey}</K>
          ))}
      </>,
      `tag the selection (${labels
        .filter((l) => l.hotkey)
        .map((l) => `${l.hotkey} ${l.name}`)
        .join(", ")}); with a span selected and no text selected: change its label`,
    ],
    [<>click a highlight</>, "select its span; click the same place again for the span around it, or click an underline"],
    [
      <>
        <K>j</K> / <K>k</K>
      </>,
      "select the next / previous span",
    ],
    [
      <>
        <K>[</K> <K>]</K>
      </>,
      "move the selected span's start left / right by a word (Alt: by a character)",
    ],
    [
      <>
        <K>{"{"}</K> <K>{"}"}</K>
      </>,
      "move its end left / right by a word (Alt: by a character)",
    ],
    [
      <>
        <K>Enter</K>
      </>,
      "edit the selected span's attributes (also on a row of the span list); Esc returns to the text",
    ],
    [
      <>
        <K>Del</K> / <K>⌫</K>
      </>,
      "delete the selected span",
    ],
    [
      <>
        <K>Ctrl</K>+<K>Z</K> · <K>Ctrl</K>+<K>Shift</K>+<K>Z</K>
      </>,
      "undo · redo (every change: tag, label, boundaries, attributes, note, delete)",
    ],
    [
      <>
        <K>n</K> / <K>p</K>
      </>,
      "suggestions: go to the next / previous machine suggestion (dotted underline)",
    ],
    [
      <>
        <K>a</K> · <K>x</K> · <K>Shift</K>+<K>A</K>
      </>,
      "suggestions: accept the current one · reject it · accept every one of its label on screen",
    ],
    [
      <>
        <K>Tab</K> first on the page
      </>,
      "“Skip to content”: jumps past the header straight into the text",
    ],
    [
      <>
        <K>g</K> · <K>?</K> · <K>Esc</K>
      </>,
      "guidelines · this help · deselect / close",
    ],
  ];
  return (
    <div
      role="dialog"
      aria-label="Keyboard and mouse"
      data-testid="help"
      className="fixed left-1/2 top-16 z-50 max-h-[calc(100vh-5rem)] w-[min(36rem,calc(100vw-1rem))] -translate-x-1/2 overflow-y-auto rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-xl"
    >
      <div className="mb-2 flex items-center justify-between">
        <h2 className="font-semibold text-slate-900">Keyboard and mouse</h2>
        <button type="button" onClick={onClose} className="rounded px-1.5 text-slate-500 hover:bg-slate-100" aria-label="Close help">
          ✕
        </button>
      </div>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1.5 sm:grid-cols-[auto_1fr]">
        {rows.map(([keys, what], i) => (
          <div key={i} className="contents">
            <dt className="text-slate-700 sm:whitespace-nowrap">{keys}</dt>
            <dd className="mb-1 text-slate-600 sm:mb-0">{what}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-slate-500">
        Every change saves by itself; the indicator at the top shows saving, saved, or what is waiting to be retried.
      </p>
    </div>
  );
}
