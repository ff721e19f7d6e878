"use client";
import { useEffect } from "react";
import type { Notice } from "@/lib/client/workspace-model";

const TONES = {
  info: "border-slate-200 bg-white text-slate-800",
  warn: "border-amber-300 bg-amber-50 text-amber-900",
  error: "border-rose-300 bg-rose-50 text-rose-900",
};

/** Messages about refusals and conflicts ("changed in another tab"), each dismissable, gone after 10 s. */
export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (id: number) => void }) {
  useEffect(() => {
    if (notices.length === 0) return;
    const oldest = notices[0];
    const t = setTimeout(() => onDismiss(oldest.id), 10_000);
    return () => clearTimeout(t);
  }, [notices, onDismiss]);
  return (
    <div aria-live="polite" className="pointer-events-none fixed bottom-4 left-4 z-50 flex w-[26rem] flex-col gap-2" data-testid="notices">
      {notices.map((n) => (
        <div
          key={n.id}
          role="status"
          className={`pointer-events-auto flex items-start gap-3 rounded-lg border px-3 py-2 text-sm shadow-lg ${TONES[n.tone]}`}
        >
          <span className="flex-1">{n.message}</span>
          <button type="button" onClick={() => onDismiss(n.id)} className="text-slate-500 hover:text-slate-800" aria-label="Dismiss">
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
