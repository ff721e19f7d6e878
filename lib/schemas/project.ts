import { z } from "zod";
import { LABEL_KEY, LABEL_KEY_RULE, MAX_LABELS } from "@/lib/domain/spans/label-keys";
import { ROLES } from "@/lib/domain/access/roles";

export const projectInputSchema = z.object({
  name: z.string().trim().min(1, "name is required").max(200, "name is longer than 200 characters"),
  description: z.string().trim().max(2000, "description is longer than 2000 characters").optional().default(""),
  guidelines: z.string().max(100_000, "guidelines are longer than 100,000 characters").optional().default(""),
});

export const projectSettingsSchema = z.object({
  annotatorsPerDocument: z.coerce.number().int().min(1, "at least 1 annotator per document").max(10, "at most 10 annotators per document"),
  blindMode: z.boolean(),
});

export const labelInputSchema = z.object({
  key: z.string().trim().regex(LABEL_KEY, `label key must be ${LABEL_KEY_RULE}`),
  name: z.string().trim().min(1, "label name is required").max(60),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "colour must be like #e11d48"),
  hotkey: z
    .string()
    .trim()
    .regex(/^[1-9]?$/, "hotkey must be a digit from 1 to 9, or empty for none"),
});

export const labelSetSchema = z
  .array(labelInputSchema)
  .min(1, "a project needs at least one label")
  .max(MAX_LABELS, `at most ${MAX_LABELS} labels`)
  .superRefine((labels, ctx) => {
    const dup = <T>(xs: T[]) => xs.find((x, i) => xs.indexOf(x) !== i);
    const key = dup(labels.map((l) => l.key));
    if (key) ctx.addIssue({ code: "custom", message: `label key "${key}" is used twice` });
    const hotkey = dup(labels.map((l) => l.hotkey).filter((k) => k !== ""));
    if (hotkey) ctx.addIssue({ code: "custom", message: `hotkey ${hotkey} is used by two labels` });
  });

export const memberInputSchema = z.object({
  email: z.string().trim().toLowerCase().email("enter a valid email address"),
  role: z.enum(ROLES, { error: `role must be one of ${ROLES.join(", ")}` }),
});
