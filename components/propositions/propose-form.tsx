"use client";
import { useState } from "react";
import type { LinkStance } from "@/lib/domain/propositions/link-stances";
import { Button } from "@/components/ui/button";
import { STANCE_STYLE } from "./stance-style";

/** Propose a new proposition from a claim (prefilled with its text), linked with the chosen stance. */
export function ProposeForm({
  claimText,
  canManage,
  busy,
  stance,
  onPropose,
}: {
  claimText: string;
  canManage: boolean;
  busy: boolean;
  stance: LinkStance;
  onPropose: (statement: string) => void;
}) {
  const [statement, setStatement] = useState(claimText);
  return (
    <details className="rounded border border-slate-200 px-2 py-1.5">
      <summary className="cursor-pointer text-xs font-semibold text-slate-700">Propose a new proposition from this claim</summary>
      <form
        className="mt-2 space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          onPropose(statement);
        }}
      >
        <textarea
          value={statement}
          onChange={(e) => setStatement(e.target.value)}
          rows={3}
          maxLength={500}
          aria-label="New proposition statement"
          className="block w-full rounded border border-slate-300 px-2 py-1 text-sm"
        />
        <p className="text-[11px] text-slate-500">
          Rewrite it neutrally, so claims that support and refute it can both link to it. The claim is linked as “
          {STANCE_STYLE[stance].label}”.
          {!canManage && " A reviewer accepts it before it is reconciled."}
        </p>
        <Button type="submit" size="sm" disabled={busy || statement.trim().length < 3}>
          {canManage ? "Create and link" : "Propose and link"}
        </Button>
      </form>
    </details>
  );
}
