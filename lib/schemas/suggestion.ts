import { z } from "zod";
import { MAX_BULK_DECISIONS } from "@/lib/domain/suggest/suggestion-list";

/** POST …/suggestions/{id}/accept: optionally corrected attributes (validated per label below). */
export const acceptSuggestionSchema = z.object({ attributes: z.record(z.string(), z.unknown()).optional() }).strict();

/** PUT /api/projects/{id}/suggesters: { enabled: { date: false, match: true, … } }. */
export const suggesterSettingsSchema = z.object({ enabled: z.record(z.string().min(1).max(60), z.boolean()) }).strict();

export const suggestionRunSchema = z.object({ scope: z.enum(["missing", "all"]).default("missing") }).strict();

/** POST /api/documents/{id}/suggestions takes no options: `{}` and nothing else. */
export const emptyBodySchema = z.object({}).strict();

/** POST /api/documents/{id}/suggestions/bulk: { decision, ids }. */
export const bulkDecisionSchema = z
  .object({
    decision: z.enum(["accept", "reject"]),
    ids: z
      .array(z.string().min(1).max(200))
      .min(1, "Name at least one suggestion.")
      .max(MAX_BULK_DECISIONS, `At most ${MAX_BULK_DECISIONS} suggestions per call: send the rest in another.`),
  })
  .strict();
