import { z } from "zod";

/** POST …/suggestions/{id}/accept: optionally corrected attributes (validated per label below). */
export const acceptSuggestionSchema = z.object({ attributes: z.record(z.string(), z.unknown()).optional() }).strict();

/** PUT /api/projects/{id}/suggesters: { enabled: { date: false, match: true, … } }. */
export const suggesterSettingsSchema = z.object({ enabled: z.record(z.string().min(1).max(60), z.boolean()) }).strict();

export const suggestionRunSchema = z.object({ scope: z.enum(["missing", "all"]).default("missing") }).strict();

/** POST /api/documents/{id}/suggestions takes no options: `{}` and nothing else. */
export const emptyBodySchema = z.object({}).strict();
