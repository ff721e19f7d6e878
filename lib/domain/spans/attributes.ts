// Attributes per label. Known labels have typed attributes; custom labels take flat
// string / number / boolean values. Pure (zod is a pure library).
import { z } from "zod";
import { at } from "../at";

/** ISO date values: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const ISO_DATE_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * One typed attribute of a default label. The server's zod schema (below), the workspace's
 * attribute form (lib/client/attribute-fields) and the adjudication form (span-form) are all
 * derived from these rows: a field is added or renamed here and nowhere else.
 */
export type AttributeDef =
  | { name: string; title: string; type: "text"; max: number; placeholder?: string }
  | { name: string; title: string; type: "number"; placeholder?: string }
  | { name: string; title: string; type: "date"; placeholder?: string }
  | { name: string; title: string; type: "choice"; options: readonly [string, ...string[]] }
  | { name: string; title: string; type: "boolean" };

export const LABEL_ATTRIBUTES = {
  claim: [
    { name: "holder", title: "Holder", type: "text", max: 200, placeholder: "who asserts it, e.g. Japan (government)" },
    { name: "stance", title: "Stance", type: "choice", options: ["asserts", "denies"] },
    { name: "voice", title: "Voice", type: "choice", options: ["outlet", "attributed"] },
    { name: "hedged", title: "Hedged", type: "boolean" },
  ],
  quote: [
    { name: "speaker", title: "Speaker", type: "text", max: 200, placeholder: "who is quoted" },
    { name: "kind", title: "Kind", type: "choice", options: ["direct", "indirect"] },
  ],
  measure: [
    { name: "value", title: "Value", type: "number", placeholder: "e.g. 100000000" },
    { name: "unit", title: "Unit / currency", type: "text", max: 40, placeholder: "e.g. KRW, USD, %, years" },
  ],
  date: [{ name: "value", title: "ISO value", type: "date", placeholder: "YYYY-MM-DD" }],
} as const satisfies Record<string, readonly AttributeDef[]>;

/** The typed attributes of `label`; none for custom labels. */
export function attributeDefsFor(label: string): readonly AttributeDef[] {
  return Object.hasOwn(LABEL_ATTRIBUTES, label) ? LABEL_ATTRIBUTES[label as keyof typeof LABEL_ATTRIBUTES] : [];
}

function fieldSchema(f: AttributeDef): z.ZodType {
  switch (f.type) {
    case "text":
      return z.string().max(f.max).optional();
    case "number":
      return z.number().finite().optional();
    case "date":
      return z.string().regex(ISO_DATE_VALUE, "date value must be ISO: YYYY, YYYY-MM or YYYY-MM-DD").optional();
    case "choice":
      return z.enum(f.options).optional();
    case "boolean":
      return z.boolean().optional();
  }
}

/** A label's attributes as the server checks them: the table's fields, all optional, nothing else. */
function labelSchema(defs: readonly AttributeDef[]): z.ZodType<Record<string, unknown>> {
  return z.object(Object.fromEntries(defs.map((f) => [f.name, fieldSchema(f)]))).strict();
}

const customAttributesSchema = z.record(z.string().max(60), z.union([z.string().max(500), z.number().finite(), z.boolean()]));

const schemaByLabel = new Map(Object.entries(LABEL_ATTRIBUTES).map(([label, defs]) => [label, labelSchema(defs)]));

export type AttributeCheck = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

/** Validate attributes for a label; empty strings are dropped so "unset" has one form. */
export function validateAttributes(label: string, raw: unknown): AttributeCheck {
  const input = raw ?? {};
  if (typeof input !== "object" || Array.isArray(input)) {
    return { ok: false, message: "attributes must be a JSON object" };
  }
  const cleaned = Object.fromEntries(
    Object.entries(input as Record<string, unknown>).filter(([, v]) => v !== "" && v !== null && v !== undefined),
  );
  const result = (schemaByLabel.get(label) ?? customAttributesSchema).safeParse(cleaned);
  if (result.success) return { ok: true, value: result.data };
  const issue = at(result.error.issues, 0); // a failed parse has at least one issue
  const where = issue.path.length ? `attributes.${issue.path.join(".")}` : "attributes";
  return { ok: false, message: `${where}: ${issue.message} (label "${label}")` };
}

export const DEFAULT_LABELS = [
  { key: "claim", name: "Claim", color: "#e11d48", hotkey: "1" },
  { key: "quote", name: "Quote", color: "#2563eb", hotkey: "2" },
  { key: "measure", name: "Measure", color: "#16a34a", hotkey: "3" },
  { key: "date", name: "Date", color: "#d97706", hotkey: "4" },
] as const;
