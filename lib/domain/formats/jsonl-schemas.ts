// Shapes of Parallax JSONL lines. Span content (label, offsets, text, attributes, note) is
// checked by checkImportedSpan instead, so that every problem gets its own message.
import { z } from "zod";
import { LINK_STANCES } from "../propositions/link-stances";

export const jsonlProjectSchema = z.object({
  type: z.literal("project"),
  id: z.string(),
  name: z.string(),
  labels: z.array(z.object({ key: z.string().min(1), name: z.string(), color: z.string(), hotkey: z.string() })),
  users: z.array(z.object({ id: z.string(), email: z.string(), name: z.string() })).optional(),
  format: z.literal("parallax-jsonl"),
  version: z.union([z.literal(1), z.literal(2)]),
});

/** Version 2's last line: what the file holds, so a file cut short at a line boundary is refused. */
export const jsonlEndSchema = z.object({
  type: z.literal("end"),
  documents: z.number().int().min(0),
  spans: z.number().int().min(0),
  propositions: z.number().int().min(0),
});

export const jsonlDocumentSchema = z.object({
  type: z.literal("document"),
  id: z.string().min(1),
  title: z.string(),
  outlet: z.string(),
  perspective: z.string(),
  language: z.string(),
  publishedAt: z.string().nullable(),
  url: z.string(),
  status: z.string(),
  sha256: z.string(),
  text: z.string(),
  spans: z.array(z.unknown()),
});

export const jsonlSpanSchema = z.object({
  id: z.string().min(1),
  authorId: z.string(),
  layer: z.string().min(1),
  createdAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
});

export const jsonlPropositionSchema = z.object({
  type: z.literal("proposition"),
  id: z.string().min(1),
  statement: z.string().min(1),
  status: z.string(),
  mergedIntoId: z.string().nullable(),
  createdAt: z.string().nullish(),
  links: z.array(z.object({ annotationId: z.string().min(1), documentId: z.string().min(1), stance: z.enum(LINK_STANCES) })),
  reconciliation: z
    .object({
      status: z.string(),
      verdict: z.string(),
      summary: z.string(),
      rationale: z.string(),
      evidence: z.array(z.string()),
      version: z.number().int(),
      updatedAt: z.string().nullish(),
    })
    .nullable(),
});

/** Every issue of a failed parse, as "path: message". */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message));
}
