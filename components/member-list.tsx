"use client";
import { useState, useTransition } from "react";
import { removeMemberAction } from "@/lib/actions/projects";
import { Badge, Alert } from "./ui/card";

type Member = { userId: string; email: string; name: string; roles: string[] };

export function MemberList({ projectId, members }: { projectId: string; members: Member[] }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div>
      <ul className="divide-y divide-slate-100 text-sm" data-testid="member-list">
        {members.map((m) => (
          <li key={m.userId} className="flex flex-wrap items-center gap-2 py-2">
            <span className="font-medium">{m.name}</span>
            <span className="text-slate-500">{m.email}</span>
            <span className="ml-auto flex gap-1">
              {m.roles.map((r) => (
                <Badge key={r} tone="indigo">
                  {r}
                  <button
                    type="button"
                    disabled={pending}
                    className="ml-1 text-indigo-400 hover:text-rose-600"
                    aria-label={`Remove ${r} role from ${m.email}`}
                    onClick={() =>
                      start(async () => {
                        const res = await removeMemberAction(projectId, m.userId, r);
                        setError(res.ok ? null : res.error);
                      })
                    }
                  >
                    ×
                  </button>
                </Badge>
              ))}
            </span>
          </li>
        ))}
      </ul>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
