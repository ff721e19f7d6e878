"use client";
import { useState } from "react";
import { fieldsFor, parseFieldValue, type FieldDef } from "@/lib/client/attribute-fields";
import { ISO_DATE_VALUE as ISO } from "@/lib/domain/spans/attributes";

const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 disabled:bg-slate-50";

/**
 * The label's attributes, edited in place; every change is committed at once (and merged
 * into one undo step while typing). Choice fields toggle: click the active value to unset it.
 */
export function AttributeForm({
  label,
  attributes,
  onChange,
  disabled,
}: {
  label: string;
  attributes: Record<string, unknown>;
  onChange: (name: string, value: unknown) => void;
  disabled: boolean;
}) {
  const fields = fieldsFor(label);
  if (fields.length === 0) return <p className="text-xs text-slate-500">This label has no attributes; use the note.</p>;
  return (
    <div className="space-y-2.5" data-testid="attribute-form">
      {fields.map((f, i) => (
        <div key={f.name} className="grid grid-cols-[6.5rem_1fr] items-center gap-2">
          <span className="text-xs font-medium text-slate-600">{f.title}</span>
          <FieldControl field={f} value={attributes[f.name]} onChange={(v) => onChange(f.name, v)} disabled={disabled} first={i === 0} />
        </div>
      ))}
    </div>
  );
}

function FieldControl({
  field,
  value,
  onChange,
  disabled,
  first,
}: {
  field: FieldDef;
  value: unknown;
  onChange: (v: unknown) => void;
  disabled: boolean;
  first: boolean;
}) {
  const firstAttr = first ? { "data-editor-first": "" } : {};
  if (field.kind === "choice") {
    return (
      <div
        role="radiogroup"
        aria-label={field.title}
        className="inline-flex w-fit overflow-hidden rounded-md border border-slate-300 shadow-sm"
      >
        {field.options.map((o, i) => {
          const on = value === o.value;
          return (
            <button
              key={String(o.value)}
              type="button"
              role="radio"
              aria-checked={on}
              disabled={disabled}
              {...(i === 0 ? firstAttr : {})}
              onClick={() => onChange(on ? undefined : o.value)}
              className={`px-2.5 py-1 text-xs font-medium transition ${i > 0 ? "border-l border-slate-300" : ""} ${
                on ? "bg-indigo-600 text-white" : "bg-white text-slate-700 hover:bg-slate-50"
              }`}
            >
              {o.title}
            </button>
          );
        })}
      </div>
    );
  }
  if (field.kind === "text") {
    return (
      <input
        {...firstAttr}
        aria-label={field.title}
        className={inputClass}
        value={typeof value === "string" ? value : ""}
        placeholder={field.placeholder}
        maxLength={200}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return <DraftInput field={field} value={value} onChange={onChange} disabled={disabled} firstAttr={firstAttr} />;
}

/**
 * Number and date inputs keep what is typed while focused ("1." on the way to "1.5") and
 * commit only values the server accepts; an invalid entry is flagged, never sent.
 */
function DraftInput({
  field,
  value,
  onChange,
  disabled,
  firstAttr,
}: {
  field: FieldDef;
  value: unknown;
  onChange: (v: unknown) => void;
  disabled: boolean;
  firstAttr: object;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const stored = value === undefined ? "" : String(value);
  const shown = draft ?? stored;
  const valid = (raw: string) => {
    if (raw === "") return true;
    if (field.kind === "date") return ISO.test(raw);
    return typeof parseFieldValue(field, raw) === "number";
  };
  const bad = draft !== null && !valid(draft);
  return (
    <div>
      <input
        {...firstAttr}
        aria-label={field.title}
        aria-invalid={bad}
        inputMode={field.kind === "number" ? "decimal" : undefined}
        className={`${inputClass} ${bad ? "border-rose-400 focus:border-rose-500 focus:ring-rose-500" : ""}`}
        value={shown}
        placeholder={"placeholder" in field ? field.placeholder : undefined}
        disabled={disabled}
        onChange={(e) => {
          const raw = e.target.value.trim();
          setDraft(e.target.value);
          if (valid(raw)) onChange(parseFieldValue(field, raw));
        }}
        onBlur={() => setDraft(null)}
      />
      {bad && (
        <span className="mt-0.5 block text-xs text-rose-600">
          {field.kind === "date" ? "Use YYYY, YYYY-MM or YYYY-MM-DD." : "Enter a number, e.g. 86400 or 1.5"}
        </span>
      )}
    </div>
  );
}
