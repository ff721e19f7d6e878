import { z } from "zod";

const id = (name: string) =>
  z
    .string({ error: `${name} is required` })
    .min(1, `${name} is required`)
    .max(100);

/** POST /api/projects/{id}/assignments: distribute automatically, or assign / unassign / reassign by hand. */
export const assignmentCommandSchema = z.discriminatedUnion(
  "action",
  [
    z.object({
      action: z.literal("auto"),
      annotatorsPerDocument: z
        .number()
        .int()
        .min(1, "at least 1 annotator per document")
        .max(10, "at most 10 annotators per document")
        .optional(),
    }),
    z.object({ action: z.literal("assign"), documentId: id("documentId"), userId: id("userId") }),
    z.object({ action: z.literal("unassign"), documentId: id("documentId"), userId: id("userId") }),
    z.object({ action: z.literal("reassign"), documentId: id("documentId"), fromUserId: id("fromUserId"), toUserId: id("toUserId") }),
  ],
  { error: "action must be one of auto, assign, unassign, reassign" },
);

export type AssignmentCommand = z.output<typeof assignmentCommandSchema>;
