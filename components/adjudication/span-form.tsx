"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { attributeDefsFor } from "@/lib/domain/spans/attributes";
import type { LabelInfo } from "./kinds";

export interface SpanFields {
  label: string;
  start: number;
  end: number;
  attributes: Record<string, unknown>;
  note: string;
}

type AttributeField =
  | { key: string; name: string; kind: "text" | "number" }
  | { key: string; name: string; kind: "select"; options: readonly string[] }
  | { key: string; name: string; kind: "boolean" };

/** The adjudication form's controls for a label, from the one attribute table (lib/domain/spans/attributes). */
function fieldsOf(label: string): AttributeField[] {
  return attributeDefsFor(label).map((a): AttributeField => {
    const base = { key: a.name, name: a.title };
    if (a.type === "choice") return { ...base, kind: "select", options: a.options };
    if (a.type === "boolean") return { ...base, kind: "boolean" };
    return { ...base, kind: a.type === "number" ? "number" : "text" }; // a date value is typed as ISO text
  });
}

function AttributeInput({ field, value, onChange }: { field: AttributeField; value: unknown; onChange: (v: unknown) => void }) {
  if (field.kind === "select") {
    return (
      <Select value={value === undefined ? "" : String(value)} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">—</option>
        {field.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </Select>
    );
  }
  if (field.kind === "boolean") {
    return (
      <Select
        value={value === undefined ? "" : value ? "yes" : "no"}
        onChange={(e) => onChange(e.target.value === "" ? undefined : e.target.value === "yes")}
      >
        <option value="">—</option>
        <option value="yes">yes</option>
        <option value="no">no</option>
      </Select>
    );
  }
  return (
    <TextInput
      type={field.kind === "number" ? "number" : "text"}
      step="any"
      value={value === undefined ? "" : String(value)}
      onChange={(e) => onChange(e.target.value === "" ? undefined : field.kind === "number" ? Number(e.target.value) : e.target.value)}
    />
  );
}

/** Edit a span for gold (or add one): Enter saves, Escape cancels. The text shown is the document's own at [start, end). */
export function SpanForm({
  title,
  initial,
  labels,
  textOf,
  length,
  pending,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  title: string;
  initial: SpanFields;
  labels: readonly LabelInfo[];
  textOf: (s: number, e: number) => string;
  length: number;
  pending: boolean;
  submitLabel: string;
  onSubmit: (fields: SpanFields) => void;
  onCancel: () => void;
}) {
  const [f, setF] = useState<SpanFields>(initial);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector("select")?.focus();
  }, []);
  const valid = Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end <= length && f.start < f.end;
  const fields = useMemo(() => fieldsOf(f.label), [f.label]);
  return (
    <form
      ref={form}
      className="space-y-3 rounded-lg border border-indigo-300 bg-indigo-50/40 p-3"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onSubmit({ ...f, attributes: Object.fromEntries(Object.entries(f.attributes).filter(([, v]) => v !== undefined)) });
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h3 className="text-sm font-semibold text-indigo-900">{title}</h3>
      <div className="grid grid-cols-3 gap-2">
        <Field label="Label">
          <Select value={f.label} onChange={(e) => setF({ ...f, label: e.target.value, attributes: {} })}>
            {labels.map((l) => (
              <option key={l.key} value={l.key}>
                {l.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Start">
          <TextInput type="number" min={0} max={length} value={f.start} onChange={(e) => setF({ ...f, start: Number(e.target.value) })} />
        </Field>
        <Field label="End">
          <TextInput type="number" min={0} max={length} value={f.end} onChange={(e) => setF({ ...f, end: Number(e.target.value) })} />
        </Field>
      </div>
      <p className="rounded bg-white px-2 py-1 text-sm text-slate-800 ring-1 ring-slate-200" data-testid="span-form-text">
        {valid ? <>“{textOf(f.start, f.end)}”</> : <span className="text-rose-700">Start must be before end, inside 0–{length}.</span>}
      </p>
      {fields.length > 0 && (
        <div className="grid grid-cols-2 gap-2">
          {fields.map((field) => (
            <Field key={field.key} label={field.name}>
              <AttributeInput
                field={field}
                value={f.attributes[field.key]}
                onChange={(v) => setF({ ...f, attributes: { ...f.attributes, [field.key]: v } })}
              />
            </Field>
          ))}
        </div>
      )}
      <Field label="Note">
        <TextInput value={f.note} onChange={(e) => setF({ ...f, note: e.target.value })} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending || !valid}>
          {submitLabel} (Enter)
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel (Esc)
        </Button>
      </div>
    </form>
  );
}
