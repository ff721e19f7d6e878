import { apiRoute, json } from "@/lib/server/http/http";
import { requireProject } from "@/lib/server/access/guards";
import { deleteProject } from "@/lib/server/documents/document-admin";
import { requireConfirm } from "@/lib/server/http/confirm-param";

/**
 * DELETE ?confirm=<projectId> → 200 { deleted: { name, documents } }: the project with everything
 * in it (managers and admins). The id repeated in `confirm` is the API's "are you sure".
 */
export const DELETE = apiRoute<{ projectId: string }>(async ({ req, params, actor }) => {
  requireConfirm(req, params.projectId, "project");
  const scope = await requireProject(actor, params.projectId);
  return json({ deleted: await deleteProject(scope) });
});
