"use client";
import { useId } from "react";
import type { LinkStance } from "@/lib/domain/propositions/link-stances";
import { STANCE_ORDER, STANCE_STYLE } from "./stance-style";

/** Three-way choice of a link stance, with what the chosen one means. */
export function StancePicker({ value, onChange }: { value: LinkStance; onChange: (s: LinkStance) => void }) {
  const name = useId();
  return (
    <fieldset>
      <legend className="text-xs font-medium text-slate-600">This claim…</legend>
      <div className="mt-1 inline-flex rounded-md shadow-sm" role="radiogroup">
        {STANCE_ORDER.map((s, i) => {
          const checked = value === s;
          const style = STANCE_STYLE[s];
          return (
            <label
              key={s}
              className={`cursor-pointer border px-2.5 py-1 text-xs font-semibold ${i === 0 ? "rounded-l-md" : ""} ${i === STANCE_ORDER.length - 1 ? "rounded-r-md" : ""} ${i > 0 ? "-ml-px" : ""}`}
              style={
                checked
                  ? { backgroundColor: style.color, borderColor: style.color, color: "#fff" }
                  : { borderColor: "#cbd5e1", color: style.color, backgroundColor: "#fff" }
              }
            >
              <input type="radio" name={name} value={s} checked={checked} onChange={() => onChange(s)} className="sr-only" />
              {style.label}
            </label>
          );
        })}
      </div>
      <p className="mt-1 text-xs text-slate-500">{capitalize(STANCE_STYLE[value].help)}.</p>
    </fieldset>
  );
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
