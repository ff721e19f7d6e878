import { z } from "zod";

const offset = (name: string) =>
  z.number({ error: `${name} must be a number (a code-point offset)` }).int(`${name} must be a whole number`);

/** A gold span as the reviewer edits it; `text` is optional (the server reads it from the document) but must match if sent. */
export const goldSpanSchema = z.object({
  label: z.string({ error: "span.label is required" }).min(1, "span.label is required").max(40),
  start: offset("start"),
  end: offset("end"),
  text: z.string().max(100_000).optional(),
  attributes: z.record(z.string(), z.unknown(), { error: "attributes must be a JSON object" }).optional(),
  note: z.string().max(5_000, "note is longer than 5,000 characters").optional(),
});

export const decisionInputSchema = z
  .object({
    itemKey: z.string({ error: "itemKey is required" }).min(1, "itemKey is required").max(200),
    decision: z.enum(["accept", "reject", "edit"], { error: "decision must be accept, reject or edit" }),
    /** accept: which version, 1-based, as listed by GET …/adjudication. */
    version: z.number({ error: "version must be a number" }).int().min(1, "version starts at 1").optional(),
    /** edit: the span to put in gold. */
    span: goldSpanSchema.optional(),
    /** The decision id you saw on this item, to change your mind; without it a decided item answers 409. */
    replaces: z.string().max(200).optional(),
  })
  .refine((d) => d.decision !== "accept" || d.version !== undefined, { message: "version is required to accept", path: ["version"] })
  .refine((d) => d.decision !== "edit" || d.span !== undefined, { message: "span is required to edit", path: ["span"] });

export const adjudicationStatusSchema = z.object({
  status: z.enum(["in_adjudication", "adjudicated"], { error: "status must be in_adjudication or adjudicated" }),
});

export type GoldSpanInput = z.output<typeof goldSpanSchema>;
export type DecisionInput = z.output<typeof decisionInputSchema>;
