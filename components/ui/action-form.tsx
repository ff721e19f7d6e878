"use client";
import { startTransition, useActionState, useEffect, useRef, type FormEvent, type ReactNode } from "react";
import { Button } from "./button";
import { Alert } from "./card";

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
}) {
  const [state, formAction, pending] = useActionState(action as (s: FormState, f: FormData) => Promise<FormState>, null);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok && resetOnSuccess) ref.current?.reset();
  }, [state, resetOnSuccess]);
  // React resets a <form action> after every submission, which would wipe what the user typed
  // when the server refuses it; submitting through a transition keeps the input until success.
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
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
    </form>
  );
}
