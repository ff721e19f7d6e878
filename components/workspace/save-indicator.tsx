"use client";
import { useEffect, useState } from "react";
import type { SaveStatus } from "@/lib/client/save-queue";

/** Saving… / All changes saved / unsaved with a retry countdown and a Retry button. */
export function SaveIndicator({ save, onRetry, onDiscard }: { save: SaveStatus; onRetry: () => void; onDiscard: () => void }) {
  const now = useNow(save.failure?.retryAt ?? null);
  const { failure, pending } = save;
  let body: React.ReactNode;
  let tone = "text-slate-500";
  if (failure) {
    tone = "text-rose-700";
    const waiting = failure.retryAt !== null && !save.inFlight ? Math.max(0, Math.ceil((failure.retryAt - now) / 1000)) : null;
    body = (
      <>
        <Dot className="bg-rose-500" />
        <span title={failure.message} className="whitespace-nowrap">
          {pending} unsaved · {failure.permanent ? "refused" : save.inFlight ? "retrying…" : `retry in ${waiting}s`}
        </span>
        <button
          type="button"
          onClick={onRetry}
          disabled={save.inFlight}
          className="rounded border border-rose-300 bg-white px-1.5 py-0.5 text-xs font-medium text-rose-700 hover:bg-rose-50 disabled:opacity-50"
        >
          Retry
        </button>
        {failure.permanent && (
          <button type="button" onClick={onDiscard} className="rounded px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-100">
            Discard
          </button>
        )}
      </>
    );
  } else if (pending > 0) {
    body = (
      <>
        {/* Not animate-pulse: an opacity animation gets its own compositor layer, and that
            layer coming and going with each save made Chrome re-raster the whole viewport
            after every edit (~15 ms of raster per edit in bench:workspace). */}
        <Dot className="bg-amber-400" />
        Saving…
      </>
    );
  } else {
    body = (
      <>
        <Dot className="bg-emerald-500" />
        All changes saved
      </>
    );
  }
  return (
    <div
      role="status"
      aria-live="polite"
      title={failure?.message}
      data-testid="save-state"
      data-state={failure ? "failed" : pending ? "saving" : "saved"}
      className={`flex items-center gap-2 text-xs font-medium ${tone}`}
    >
      {body}
    </div>
  );
}

function Dot({ className }: { className: string }) {
  return <span className={`inline-block h-2 w-2 rounded-full ${className}`} aria-hidden />;
}

/** The clock, ticking each second while a retry is scheduled (for the countdown). */
function useNow(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [until]);
  return now;
}
