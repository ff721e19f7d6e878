"use client";
import { useState, useTransition } from "react";
import { resetPasswordAction, setUserFlagAction } from "@/lib/actions/account";
import { ActionForm } from "./ui/action-form";
import { Alert, Badge } from "./ui/card";
import { Button } from "./ui/button";
import { useConfirm } from "./ui/confirm-dialog";

type User = { id: string; email: string; name: string; isAdmin: boolean; disabled: boolean };

export function UserTable({ users, selfId }: { users: User[]; selfId: string }) {
  const [error, setError] = useState<string | null>(null);
  const [resetFor, setResetFor] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const [ask, confirmDialog] = useConfirm();
  const toggle = (id: string, flag: "disabled" | "isAdmin", value: boolean) =>
    start(async () => {
      const r = await setUserFlagAction(id, flag, value);
      setError(r.ok ? null : r.error);
    });
  return (
    <div className="space-y-3">
      {error && <Alert tone="error">{error}</Alert>}
      {confirmDialog}
      <div className="overflow-x-auto">
        <table className="w-full rounded-lg border border-slate-200 bg-white text-sm shadow-sm" data-testid="user-table">
          <tbody className="divide-y divide-slate-100">
            {users.map((u) => (
              <tr key={u.id}>
                <td className="px-3 py-2">
                  <div className="font-medium">{u.name}</div>
                  <div className="text-slate-500">{u.email}</div>
                </td>
                <td className="px-3 py-2">
                  {u.isAdmin && <Badge tone="indigo">admin</Badge>} {u.disabled && <Badge tone="rose">disabled</Badge>}
                </td>
                <td className="space-x-1 px-3 py-2 text-right">
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={pending || u.id === selfId}
                    onClick={() =>
                      u.disabled
                        ? toggle(u.id, "disabled", false)
                        : ask({
                            title: `Disable ${u.name}?`,
                            body: (
                              <p>
                                {u.email} is signed out everywhere at once and cannot sign in or use API tokens until enabled again. Their
                                spans stay.
                              </p>
                            ),
                            confirmLabel: "Disable",
                            run: () => toggle(u.id, "disabled", true),
                          })
                    }
                  >
                    {u.disabled ? "Enable" : "Disable"}
                  </Button>
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={pending || u.id === selfId}
                    onClick={() => toggle(u.id, "isAdmin", !u.isAdmin)}
                  >
                    {u.isAdmin ? "Remove admin" : "Make admin"}
                  </Button>
                  <Button size="sm" variant="secondary" onClick={() => setResetFor(resetFor === u.id ? null : u.id)}>
                    Reset password
                  </Button>
                  {resetFor === u.id && (
                    <ActionForm
                      action={resetPasswordAction.bind(null, u.id)}
                      submitLabel="Set password"
                      className="mt-2 flex items-center justify-end gap-2"
                    >
                      <input
                        name="password"
                        type="password"
                        placeholder="New password"
                        required
                        className="rounded border border-slate-300 px-2 py-1"
                      />
                    </ActionForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
