import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { requirePageActor } from "@/lib/server/access/page-guards";
import { listUsers } from "@/lib/server/auth/users";
import { createUserAction } from "@/lib/actions/account";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { Field, TextInput } from "@/components/ui/field";
import { UserTable } from "@/components/user-table";
import { MIN_PASSWORD_LENGTH } from "@/lib/domain/access/passwords";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requirePageActor();
  if (!actor.isAdmin) forbidden();
  const users = await listUsers(actor);
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3 [&>*]:min-w-0">
      <div className="lg:col-span-2">
        <h1 className="mb-4 text-2xl font-semibold">Users</h1>
        <UserTable users={users} selfId={actor.id} />
      </div>
      <Card title="Create an account">
        <ActionForm action={createUserAction} submitLabel="Create account" resetOnSuccess>
          <Field label="Email">
            <TextInput name="email" type="email" required />
          </Field>
          <Field label="Name">
            <TextInput name="name" required />
          </Field>
          <Field label="Password" hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}>
            <TextInput name="password" type="password" required minLength={MIN_PASSWORD_LENGTH} />
          </Field>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="isAdmin" /> Administrator
          </label>
        </ActionForm>
      </Card>
    </div>
  );
}
