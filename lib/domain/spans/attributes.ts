// Attributes per label. Known labels have typed attributes; custom labels take flat
// string / number / boolean values. Pure (zod is a pure library).
import { z } from "zod";
import { at } from "../at";

export const claimAttributesSchema = z
  .object({
    holder: z.string().max(200).optional(),
    stance: z.enum(["asserts", "denies"]).optional(),
    voice: z.enum(["outlet", "attributed"]).optional(),
    hedged: z.boolean().optional(),
  })
  .strict();

export const quoteAttributesSchema = z
  .object({
    speaker: z.string().max(200).optional(),
    kind: z.enum(["direct", "indirect"]).optional(),
  })
  .strict();

export const measureAttributesSchema = z
  .object({
    value: z.number().finite().optional(),
    unit: z.string().max(40).optional(),
  })
  .strict();

export const dateAttributesSchema = z
  .object({
    value: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "date value must be ISO: YYYY, YYYY-MM or YYYY-MM-DD")
      .optional(),
  })
  .strict();

const customAttributesSchema = z.record(
  z.string().max(60),
  z.union([z.string().max(500), z.number().finite(), z.boolean()]),
);

const schemaByLabel: Record<string, z.ZodType<Record<string, unknown>>> = {
  claim: claimAttributesSchema,
  quote: quoteAttributesSchema,
  measure: measureAttributesSchema,
  date: dateAttributesSchema,
};

export type AttributeCheck =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; message: string };

/** Validate attributes for a label; empty strings are dropped so "unset" has one form. */
export function validateAttributes(label: string, raw: unknown): AttributeCheck {
  const input = raw ?? {};
  if (typeof input !== "object" || Array.isArray(input)) {
    return { ok: false, message: "attributes must be a JSON object" };
  }
  const cleaned = Object.fromEntries(
    Object.entries(input as Record<string, unknown>).filter(([, v]) => v !== "" && v !== null && v !== undefined),
  );
  const result = (schemaByLabel[label] ?? customAttributesSchema).safeParse(cleaned);
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
