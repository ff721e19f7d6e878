import { z } from "zod";
import { checkPasswordStrength } from "@/lib/domain/access/passwords";

export const passwordSchema = z.string().superRefine((p, ctx) => {
  const problem = checkPasswordStrength(p);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const newUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("enter a valid email address"),
  name: z.string().trim().min(1, "name is required").max(100),
  password: passwordSchema,
  isAdmin: z.boolean().optional().default(false),
});

export const apiTokenInputSchema = z.object({
  name: z.string().trim().min(1, "give the token a name").max(100),
});
