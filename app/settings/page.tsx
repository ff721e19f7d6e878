import type { Metadata } from "next";
import { requirePageActor } from "@/lib/server/access/page-guards";
import { listApiTokens } from "@/lib/server/auth/api-tokens";
import { changeOwnPasswordAction, createApiTokenAction } from "@/lib/actions/account";
import { ActionForm } from "@/components/ui/action-form";
import { Field, TextInput } from "@/components/ui/field";
import { Card } from "@/components/ui/card";
import { TokenList } from "@/components/token-list";
import { CreateTokenForm } from "@/components/create-token-form";

export const metadata: Metadata = { title: "Account and API tokens" };

export default async function SettingsPage() {
  const actor = await requirePageActor();
  const tokens = await listApiTokens(actor);
  return (
    <div className="grid max-w-4xl gap-6">
      <h1 className="text-2xl font-semibold">Personal API tokens</h1>
      <p className="text-sm text-slate-600">
        Scripts call the JSON API as you with <code className="rounded bg-slate-100 px-1">Authorization: Bearer &lt;token&gt;</code>, with
        exactly your permissions. Tokens are stored hashed; revoke one and it stops working at once.
      </p>
      <Card title="Create a token">
        <CreateTokenForm action={createApiTokenAction} />
      </Card>
      <Card title="Your tokens">
        <TokenList tokens={tokens} />
      </Card>
      <Card title="Change your password">
        <ActionForm action={changeOwnPasswordAction} submitLabel="Change password" resetOnSuccess className="max-w-sm space-y-3">
          <Field label="Current password">
            <TextInput name="current" type="password" autoComplete="current-password" required />
          </Field>
          <Field label="New password" hint="At least 10 characters. Every session of yours is signed out afterwards.">
            <TextInput name="password" type="password" autoComplete="new-password" required />
          </Field>
          <Field label="New password again">
            <TextInput name="confirm" type="password" autoComplete="new-password" required />
          </Field>
        </ActionForm>
      </Card>
    </div>
  );
}
