"use client";
import { ActionForm, type FormState } from "./ui/action-form";
import { Field, TextInput } from "./ui/field";
import { NewTokenSecret } from "./new-token-secret";

/**
 * The "create token" form. A client component because ActionForm's `render` prop is a
 * function, and functions cannot cross from a server component to a client one.
 */
export function CreateTokenForm({ action }: { action: (state: never, form: FormData) => Promise<FormState> }) {
  return (
    <ActionForm action={action} submitLabel="Create token" className="space-y-3" render={(s) => <NewTokenSecret state={s} />}>
      <Field label="Name" hint="What uses it, e.g. 'export cron'">
        <TextInput name="name" required maxLength={100} className="max-w-sm" />
      </Field>
    </ActionForm>
  );
}
