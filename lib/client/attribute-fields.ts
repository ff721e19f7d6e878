// The workspace's attribute form of each label, derived from LABEL_ATTRIBUTES
// (lib/domain/spans/attributes.ts: the one table the server's schema is built from too), and a
// one-line summary for the span list. Labels without typed attributes (custom ones) have no
// fields here; their spans still take a note. Pure.
import { attributeDefsFor, type AttributeDef } from "@/lib/domain/spans/attributes";

export type FieldDef =
  | { name: string; title: string; kind: "text"; placeholder?: string }
  | { name: string; title: string; kind: "number"; placeholder?: string }
  | { name: string; title: string; kind: "date"; placeholder?: string }
  | { name: string; title: string; kind: "choice"; options: { value: string | boolean; title: string }[] };

/** Choices are toggle buttons: a boolean is a yes/no choice. */
function toField(a: AttributeDef): FieldDef {
  const base = { name: a.name, title: a.title };
  switch (a.type) {
    case "choice":
      return { ...base, kind: "choice", options: a.options.map((value) => ({ value, title: value })) };
    case "boolean":
      return {
        ...base,
        kind: "choice",
        options: [
          { value: true, title: "yes" },
          { value: false, title: "no" },
        ],
      };
    default:
      return { ...base, kind: a.type, ...(a.placeholder === undefined ? {} : { placeholder: a.placeholder }) };
  }
}

const fieldsByLabel = new Map<string, FieldDef[]>();

export function fieldsFor(label: string): FieldDef[] {
  let fields = fieldsByLabel.get(label);
  if (!fields) fieldsByLabel.set(label, (fields = attributeDefsFor(label).map(toField)));
  return fields;
}

/** "holder: Japan · denies · attributed · hedged" — the values that are set, in form order. */
export function summarizeAttributes(label: string, attrs: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const f of fieldsFor(label)) {
    const v = attrs[f.name];
    if (v === undefined || v === "") continue;
    if (f.kind === "choice" && typeof v === "boolean") parts.push(v ? f.title.toLowerCase() : `not ${f.title.toLowerCase()}`);
    else if (f.kind === "text") parts.push(`${(f.title.split(" ")[0] ?? "").toLowerCase()}: ${String(v)}`);
    else parts.push(String(v));
  }
  for (const [k, v] of Object.entries(attrs)) {
    if (!fieldsFor(label).some((f) => f.name === k)) parts.push(`${k}: ${String(v)}`);
  }
  return parts.join(" · ");
}

/** A typed value from a form control's string ("" = unset; NaN numbers stay invalid text). */
export function parseFieldValue(field: FieldDef, raw: string): unknown {
  if (raw === "") return undefined;
  if (field.kind === "number") {
    const n = Number(raw.replace(/[,\s_]/g, ""));
    return Number.isFinite(n) ? n : raw;
  }
  if (field.kind === "choice") return field.options.find((o) => String(o.value) === raw)?.value;
  return raw;
}
