"use client";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "./button";
import { Alert } from "./card";
import { ConfirmDialog } from "./confirm-dialog";

export type FormState = { ok: true; message?: string; data?: unknown } | { ok: false; error: string } | null;

/**
 * A form bound to a server action returning `{ ok, error | message }`: shows the server's
 * message in place and keeps the user's input when the action fails.
 */
export function ActionForm({
  action,
  children,
  submitLabel,
  pendingLabel = "Saving…",
  resetOnSuccess = false,
  className = "space-y-3",
  variant = "primary",
  render,
  confirm,
}: {
  /** Any server action `(previousState, formData) => { ok, … }`; its own state type stays its own. */
  action: (state: never, form: FormData) => Promise<FormState>;
  children?: ReactNode;
  submitLabel: string;
  pendingLabel?: string;
  resetOnSuccess?: boolean;
  className?: string;
  variant?: "primary" | "secondary" | "danger";
  render?: (state: FormState) => ReactNode;
  /** Ask this before submitting (destructive actions): the title, and optionally what it does. */
  confirm?: { title: string; body?: ReactNode; confirmLabel?: string };
}) {
  const [state, formAction, pending] = useActionState(action as (s: FormState, f: FormData) => Promise<FormState>, null);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok && resetOnSuccess) ref.current?.reset();
  }, [state, resetOnSuccess]);
  // React resets a <form action> after every submission, which would wipe what the user typed
  // when the server refuses it; submitting through a transition keeps the input until success.
  const [asking, setAsking] = useState<FormData | null>(null);
  function send(data: FormData) {
    startTransition(() => formAction(data));
  }
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    if (confirm) setAsking(data);
    else send(data);
  }
  return (
    <form ref={ref} onSubmit={submit} className={className}>
      {children}
      {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
      {state?.ok && state.message && <Alert tone="success">{state.message}</Alert>}
      {render?.(state)}
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
      {confirm && asking && (
        <ConfirmDialog
          title={confirm.title}
          confirmLabel={confirm.confirmLabel ?? submitLabel}
          tone={variant === "danger" ? "danger" : "primary"}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            send(asking);
            setAsking(null);
          }}
        >
          {confirm.body}
        </ConfirmDialog>
      )}
    </form>
  );
}
