import { z } from "zod";
import { PERSPECTIVES } from "@/lib/domain/projects/perspectives";
import { checkPublishedAt } from "@/lib/domain/dates/published-date";
import { isSourceUrl, SOURCE_URL_MESSAGE } from "@/lib/domain/projects/source-url";

const optionalText = (max: number) => z.string().trim().max(max).optional().default("");

export const documentInputSchema = z.object({
  title: z.string({ error: "title is required" }).trim().min(1, "title is required").max(300, "title is longer than 300 characters"),
  text: z.string({ error: "text is required" }).min(1, "text is empty"),
  outlet: optionalText(200),
  perspective: z
    .string()
    .optional()
    .default("other")
    .refine((p) => (PERSPECTIVES as readonly string[]).includes(p), {
      error: (i) => `unknown perspective "${String(i.input)}": use one of ${PERSPECTIVES.join(", ")}`,
    }),
  language: z
    .string()
    .trim()
    .optional()
    .default("en")
    .refine((l) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(l), "language must be a code like en, ja or ko"),
  publishedAt: z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v ? v : null))
    .superRefine((v, ctx) => {
      const problem = v ? checkPublishedAt(v) : null;
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  url: z.string().trim().optional().default("").refine(isSourceUrl, SOURCE_URL_MESSAGE),
});

export type DocumentInput = z.output<typeof documentInputSchema>;

/** Everything about a document but its text, which never changes (offsets depend on it). */
export const documentMetadataSchema = documentInputSchema.omit({ text: true });
export type DocumentMetadata = z.output<typeof documentMetadataSchema>;
