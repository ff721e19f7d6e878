"use client";
import { useState, useTransition, type FormEvent } from "react";
import type { ReconciliationView } from "@/lib/views/reconciliation";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, TextArea, TextInput } from "@/components/ui/field";

type Action = (state: null, form: FormData) => Promise<ActionResult<unknown> | null>;

const STATUSES = [
  { value: "open", hint: "not decided yet" },
  { value: "contested", hint: "the sources genuinely disagree" },
  { value: "reconciled", hint: "a verdict accounts for every source" },
] as const;

/**
 * The reviewer's outcome. Submitted by hand (not as a form action) so a refused save — above
 * all a 409 because another reviewer saved first — keeps everything typed here and every
 * evidence tick on the cards: React resets a form after a form action, whatever its result.
 */
export function ReconciliationForm({ formId, action, current }: { formId: string; action: Action; current: ReconciliationView }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(async () => setResult(await action(null, data)));
  }

  return (
    <form id={formId} onSubmit={submit} className="space-y-3" data-testid="reconciliation-form">
      <input type="hidden" name="version" value={current.version} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Status</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {STATUSES.map((s) => (
            <label
              key={s.value}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm has-[:checked]:border-indigo-500 has-[:checked]:bg-indigo-50"
            >
              <input type="radio" name="status" value={s.value} defaultChecked={current.status === s.value} className="accent-indigo-600" />
              <span className="font-medium">{s.value}</span>
              <span className="text-xs text-slate-500">{s.hint}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field label="Verdict" hint="A few words, e.g. “Partly supported”.">
        <TextInput name="verdict" defaultValue={current.verdict} maxLength={200} />
      </Field>
      <Field label="How the framings differ" hint="One or two sentences a reader can take away.">
        <TextArea name="summary" defaultValue={current.summary} rows={2} maxLength={2000} />
      </Field>
      <Field label="Rationale">
        <TextArea name="rationale" defaultValue={current.rationale} rows={4} maxLength={10000} />
      </Field>
      <p className="text-xs text-slate-500">Evidence: tick “cite as evidence” on the mentions above; the ticks are saved with this form.</p>
      {result && !result.ok && (
        <Alert tone="error">
          {result.error}
          {result.code === "conflict" && (
            <button type="button" onClick={() => window.location.reload()} className="ml-2 font-semibold underline">
              Load their version
            </button>
          )}
        </Alert>
      )}
      {result?.ok && <Alert tone="success">{result.message}</Alert>}
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save reconciliation"}
      </Button>
    </form>
  );
}
