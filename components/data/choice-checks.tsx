"use client";
import type { Choice } from "./export-form";

/** A row of checkboxes; none checked means "all". */
export function ChoiceChecks({
  legend,
  name,
  choices,
  selected,
  onChange,
}: {
  legend: string;
  name: string;
  choices: Choice[];
  selected: string[];
  onChange: (next: string[]) => void;
}) {
  if (choices.length === 0) return null;
  const toggle = (value: string, on: boolean) => onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset className="text-sm">
      <legend className="font-medium text-slate-700">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-3">
        {choices.map((c) => (
          <label key={c.value} className="flex items-center gap-1.5">
            <input
              type="checkbox"
              name={name}
              value={c.value}
              checked={selected.includes(c.value)}
              onChange={(e) => toggle(c.value, e.target.checked)}
            />
            {c.label} <span className="text-xs text-slate-500">({c.count})</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
