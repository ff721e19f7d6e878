"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "./result";
import { parseInput } from "@/lib/server/http/validate";
import { requireProject } from "@/lib/server/access/guards";
import { assignDocument, distributeAutomatically, reassignDocument, unassignDocument } from "@/lib/server/projects/assignments";
import { assignmentCommandSchema, type AssignmentCommand } from "@/lib/schemas/assignment";

/** One assignment command from the progress page (same commands as POST /api/projects/{id}/assignments). */
export async function assignmentAction(projectId: string, raw: AssignmentCommand): Promise<ActionResult<null>> {
  const result = await runAction(async (actor) => {
    const scope = await requireProject(actor, projectId, "assign");
    const command = parseInput(assignmentCommandSchema, raw);
    let message: string | undefined;
    if (command.action === "auto") {
      const plan = await distributeAutomatically(scope, command.annotatorsPerDocument);
      const short = plan.short.length ? ` ${plan.short.length} document(s) still lack annotators: the project has too few.` : "";
      message = `Made ${plan.assignments.length} new assignment(s).${short}`;
    } else if (command.action === "assign") await assignDocument(scope, command.documentId, command.userId);
    else if (command.action === "unassign") await unassignDocument(scope, command.documentId, command.userId);
    else await reassignDocument(scope, command.documentId, command.fromUserId, command.toUserId);
    revalidatePath(`/projects/${projectId}`, "layout");
    return message;
  });
  return result.ok ? { ok: true, data: null, message: result.data } : result;
}
