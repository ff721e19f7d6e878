import { z } from "zod";
import { RECONCILIATION_STATUSES } from "@/lib/domain/propositions/proposition-status";
import { LINK_STANCES } from "@/lib/domain/propositions/link-stances";

const id = (name: string) =>
  z
    .string({ error: `${name} is required` })
    .trim()
    .min(1, `${name} is required`)
    .max(100, `${name} is not an id`);

export const statementSchema = z
  .string({ error: "statement is required: a neutral sentence the claims can be about" })
  .trim()
  .min(3, "statement is required: a neutral sentence the claims can be about")
  .max(500, "statement is longer than 500 characters; keep it to one neutral sentence");

export const stanceSchema = z.enum(LINK_STANCES, { error: `stance must be one of ${LINK_STANCES.join(", ")}` });

/** POST /api/projects/{id}/propositions. With annotationId, the new proposition is linked to that claim. */
export const propositionCreateSchema = z
  .object({
    statement: statementSchema,
    annotationId: id("annotationId").optional(),
    stance: stanceSchema.optional(),
  })
  .refine((v) => v.annotationId === undefined || v.stance !== undefined, {
    message: "stance is required when creating a proposition from a claim",
    path: ["stance"],
  });

/** PATCH /api/propositions/{id}: edit the statement, accept/restore ("open") or retire. */
export const propositionPatchSchema = z
  .object({
    statement: statementSchema.optional(),
    status: z.enum(["open", "retired"], { error: 'status must be "open" (accept or restore) or "retired"' }).optional(),
  })
  .strict()
  .refine((v) => v.statement !== undefined || v.status !== undefined, { message: "send statement and/or status" });

export const linkInputSchema = z.object({ annotationId: id("annotationId"), stance: stanceSchema });

/** "Create proposition from cluster": the (edited) draft and the claims kept, each with its stance. */
export const clusterPropositionSchema = z.object({
  statement: statementSchema,
  links: z
    .array(z.object({ annotationId: id("annotationId"), stance: stanceSchema }))
    .min(1, "keep at least one claim of the cluster")
    .max(200, "a cluster has at most 200 claims")
    .refine((l) => new Set(l.map((x) => x.annotationId)).size === l.length, "a claim is listed twice"),
});
export type ClusterPropositionInput = z.output<typeof clusterPropositionSchema>;

export const rejectSuggestionSchema = z.object({ annotationId: id("annotationId") }).strict();

export const mergeInputSchema = z.object({ into: id("into") });

export const reconciliationInputSchema = z.object({
  status: z.enum(RECONCILIATION_STATUSES, { error: `status must be one of ${RECONCILIATION_STATUSES.join(", ")}` }),
  verdict: z.string().trim().max(200, "verdict is longer than 200 characters").default(""),
  summary: z.string().trim().max(2_000, "summary is longer than 2,000 characters").default(""),
  rationale: z.string().trim().max(10_000, "rationale is longer than 10,000 characters").default(""),
  evidence: z.array(id("evidence id"), { error: "evidence must be an array of annotation ids" }).max(500).default([]),
  version: z
    .number({ error: "version is required (optimistic locking): send the version you loaded, 0 if none exists" })
    .int("version must be a whole number")
    .min(0, "version must be 0 or more"),
});

export type PropositionCreate = z.output<typeof propositionCreateSchema>;
export type PropositionPatch = z.output<typeof propositionPatchSchema>;
export type ReconciliationInput = z.output<typeof reconciliationInputSchema>;
