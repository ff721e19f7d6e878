"use client";
import { useState } from "react";
import { ActionForm, type FormState } from "./ui/action-form";
import { Button } from "./ui/button";

type Label = { key: string; name: string; color: string; hotkey: string };

export function LabelEditor({ labels, action }: { labels: Label[]; action: (s: never, f: FormData) => Promise<FormState> }) {
  const [rows, setRows] = useState<Label[]>(labels);
  const freeHotkey = () => ["1", "2", "3", "4", "5", "6", "7", "8", "9"].find((k) => !rows.some((r) => r.hotkey === k)) ?? "";
  return (
    <ActionForm action={action} submitLabel="Save labels">
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="text-left text-xs text-slate-500">
            <tr>
              <th>Key</th>
              <th>Name</th>
              <th>Colour</th>
              <th>Hotkey</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((l, i) => (
              <tr key={i}>
                <td className="pr-2">
                  <input
                    name="key"
                    defaultValue={l.key}
                    className="w-24 rounded border border-slate-300 px-1.5 py-1 font-mono text-xs"
                    aria-label="Label key"
                  />
                </td>
                <td className="pr-2">
                  <input
                    name="name"
                    defaultValue={l.name}
                    className="w-28 rounded border border-slate-300 px-1.5 py-1"
                    aria-label="Label name"
                  />
                </td>
                <td className="pr-2">
                  <input name="color" type="color" defaultValue={l.color} aria-label="Label colour" />
                </td>
                <td className="pr-2">
                  <input
                    name="hotkey"
                    defaultValue={l.hotkey}
                    maxLength={1}
                    className="w-10 rounded border border-slate-300 px-1.5 py-1 text-center"
                    aria-label="Hotkey"
                  />
                </td>
                <td>
                  <Button variant="ghost" size="sm" onClick={() => setRows(rows.filter((_, j) => j !== i))} aria-label={`Remove ${l.name}`}>
                    ✕
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Button
        variant="secondary"
        size="sm"
        onClick={() => setRows([...rows, { key: "", name: "", color: "#64748b", hotkey: freeHotkey() }])}
        disabled={rows.length >= 100}
      >
        Add label
      </Button>
      <p className="text-xs text-slate-500">Labels in use cannot be removed; rename them instead. Hotkeys 1–9 tag the selected text.</p>
    </ActionForm>
  );
}
