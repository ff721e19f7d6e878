import "server-only";
import type { z } from "zod";
import { invalid } from "./errors";
import { describeZodError } from "@/lib/schemas/zod-error";

/** Parse untrusted input at the boundary; a failure becomes a 400 naming the field. */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown, prefix?: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const { message, field } = describeZodError(result.error);
  throw invalid(prefix ? `${prefix}: ${message}` : message, field);
}
