"use client";
import type { FormState } from "./ui/action-form";

export function NewTokenSecret({ state }: { state: FormState }) {
  const secret = state?.ok ? (state.data as { secret?: string } | undefined)?.secret : undefined;
  if (!secret) return null;
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
      <p className="font-medium text-amber-900">Your new token:</p>
      <code data-testid="new-token" className="mt-1 block break-all rounded bg-white px-2 py-1 font-mono text-xs">
        {secret}
      </code>
    </div>
  );
}
