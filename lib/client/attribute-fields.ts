// The attribute form of each label (lib/domain/spans/attributes.ts has the schemas the server
// enforces) and a one-line summary for the span list. Labels without typed attributes
// (custom ones) have no fields here; their spans still take a note. Pure.

export type FieldDef =
  | { name: string; title: string; kind: "text"; placeholder?: string }
  | { name: string; title: string; kind: "number"; placeholder?: string }
  | { name: string; title: string; kind: "date"; placeholder?: string }
  | { name: string; title: string; kind: "choice"; options: { value: string | boolean; title: string }[] };

export const ATTRIBUTE_FIELDS: Record<string, FieldDef[]> = {
  claim: [
    { name: "holder", title: "Holder", kind: "text", placeholder: "who asserts it, e.g. Japan (government)" },
    { name: "stance", title: "Stance", kind: "choice", options: [{ value: "asserts", title: "asserts" }, { value: "denies", title: "denies" }] },
    { name: "voice", title: "Voice", kind: "choice", options: [{ value: "outlet", title: "outlet" }, { value: "attributed", title: "attributed" }] },
    { name: "hedged", title: "Hedged", kind: "choice", options: [{ value: true, title: "yes" }, { value: false, title: "no" }] },
  ],
  quote: [
    { name: "speaker", title: "Speaker", kind: "text", placeholder: "who is quoted" },
    { name: "kind", title: "Kind", kind: "choice", options: [{ value: "direct", title: "direct" }, { value: "indirect", title: "indirect" }] },
  ],
  measure: [
    { name: "value", title: "Value", kind: "number", placeholder: "e.g. 100000000" },
    { name: "unit", title: "Unit / currency", kind: "text", placeholder: "e.g. KRW, USD, %, years" },
  ],
  date: [{ name: "value", title: "ISO date", kind: "date", placeholder: "YYYY-MM-DD" }],
};

export function fieldsFor(label: string): FieldDef[] {
  return ATTRIBUTE_FIELDS[label] ?? [];
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
