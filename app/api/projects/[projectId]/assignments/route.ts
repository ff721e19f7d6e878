import { apiRoute, json, readJson } from "@/lib/server/http/http";
import { requireProject } from "@/lib/server/access/guards";
import { parseInput } from "@/lib/server/http/validate";
import {
  assignDocument,
  distributeAutomatically,
  projectProgress,
  reassignDocument,
  unassignDocument,
} from "@/lib/server/projects/assignments";
import { assignmentCommandSchema } from "@/lib/schemas/assignment";

type Params = { projectId: string };

/** GET → annotators-per-document, the project's annotators with their load, and every document's assignments (managers). */
export const GET = apiRoute<Params>(async ({ params, actor }) => {
  const scope = await requireProject(actor, params.projectId, "assign");
  return json(await projectProgress(scope));
});

/**
 * POST { action: "auto", annotatorsPerDocument? } → balanced distribution, 200 { created, short };
 * { action: "assign" | "unassign", documentId, userId }; { action: "reassign", documentId, fromUserId, toUserId }.
 * Every answer carries the project's progress after the change.
 */
export const POST = apiRoute<Params>(async ({ req, params, actor }) => {
  const scope = await requireProject(actor, params.projectId, "assign");
  const command = parseInput(assignmentCommandSchema, await readJson(req, 16 * 1024));
  let result: Record<string, unknown> = {};
  if (command.action === "auto") {
    const plan = await distributeAutomatically(scope, command.annotatorsPerDocument);
    result = { created: plan.assignments, short: plan.short };
  } else if (command.action === "assign") await assignDocument(scope, command.documentId, command.userId);
  else if (command.action === "unassign") await unassignDocument(scope, command.documentId, command.userId);
  else await reassignDocument(scope, command.documentId, command.fromUserId, command.toUserId);
  return json({ ...result, progress: await projectProgress(scope) });
});
