import { z } from "zod";

const offset = (name: string) =>
  z.number({ error: `${name} must be a number (a code-point offset)` }).int(`${name} must be a whole number`);

export const annotationCreateSchema = z.object({
  label: z.string({ error: "label is required" }).min(1, "label is required").max(40),
  start: offset("start"),
  end: offset("end"),
  text: z.string({ error: "text is required: the exact text of the span" }).max(100_000),
  attributes: z.record(z.string(), z.unknown(), { error: "attributes must be a JSON object" }).optional(),
  note: z.string().max(5_000, "note is longer than 5,000 characters").optional(),
});

export const annotationPatchSchema = z
  .object({
    version: z.number({ error: "version is required (optimistic locking): send the version you last saw" }).int(),
    label: z.string().min(1).max(40).optional(),
    start: offset("start").optional(),
    end: offset("end").optional(),
    text: z.string().max(100_000).optional(),
    attributes: z.record(z.string(), z.unknown(), { error: "attributes must be a JSON object" }).optional(),
    note: z.string().max(5_000, "note is longer than 5,000 characters").optional(),
  })
  .refine((p) => (p.start === undefined && p.end === undefined) || p.text !== undefined, {
    message: "text is required when start or end change: send the span's new exact text",
    path: ["text"],
  });

export type AnnotationCreate = z.output<typeof annotationCreateSchema>;
export type AnnotationPatch = z.output<typeof annotationPatchSchema>;
