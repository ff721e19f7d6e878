import type { z } from "zod";

/** The first problem of a failed parse as one sentence naming the field. */
export function describeZodError(error: z.ZodError): { message: string; field?: string } {
  const issue = error.issues[0];
  const field = issue?.path.length ? issue.path.join(".") : undefined;
  const message = issue ? (field ? `${field}: ${issue.message}` : issue.message) : "invalid input";
  return { message, field };
}
