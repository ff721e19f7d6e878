"use client";
import { useTransition } from "react";
import { revokeApiTokenAction } from "@/lib/actions/account";
import { Button } from "./ui/button";
import { Badge } from "./ui/card";
import { DateText } from "./ui/date-text";

type Token = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

export function TokenList({ tokens }: { tokens: Token[] }) {
  const [pending, start] = useTransition();
  if (tokens.length === 0) return <p className="text-sm text-slate-500">No tokens yet.</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {tokens.map((t) => (
        <li key={t.id} className="flex items-center gap-3 py-2">
          <span className="font-medium">{t.name}</span>
          <code className="text-xs text-slate-500">{t.prefix}…</code>
          <span className="text-xs text-slate-500">
            created <DateText value={t.createdAt} />
            {t.lastUsedAt ? (
              <>
                , last used <DateText value={t.lastUsedAt} />
              </>
            ) : null}
          </span>
          <span className="ml-auto">
            {t.revokedAt ? (
              <Badge tone="rose">revoked</Badge>
            ) : (
              <Button
                variant="secondary"
                size="sm"
                disabled={pending}
                onClick={() =>
                  start(async () => {
                    await revokeApiTokenAction(t.id);
                  })
                }
              >
                Revoke
              </Button>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
