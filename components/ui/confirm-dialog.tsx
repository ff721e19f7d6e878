"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "./button";

/**
 * A modal question before a destructive action (native <dialog>: focus is trapped, Esc
 * cancels). Rendered only while open; `onConfirm`/`onCancel` close it.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  tone = "danger",
}: {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  tone?: "danger" | "primary";
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-label={title}
      data-testid="confirm-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      className="w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-5 text-sm text-slate-800 shadow-2xl backdrop:bg-slate-900/40"
    >
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      {children && <div className="mt-2 space-y-2 text-slate-600">{children}</div>}
      <div className="mt-5 flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel} autoFocus>
          Cancel
        </Button>
        <Button variant={tone} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}

interface Question {
  title: string;
  body?: ReactNode;
  confirmLabel: string;
  run: () => void;
}

/** For buttons that act at once: `ask(question)` shows the dialog, and runs `run` only on confirm. */
export function useConfirm(): [(q: Question) => void, ReactNode] {
  const [q, setQ] = useState<Question | null>(null);
  const dialog = q ? (
    <ConfirmDialog
      title={q.title}
      confirmLabel={q.confirmLabel}
      onCancel={() => setQ(null)}
      onConfirm={() => {
        setQ(null);
        q.run();
      }}
    >
      {q.body}
    </ConfirmDialog>
  ) : null;
  return [setQ, dialog];
}
