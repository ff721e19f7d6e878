import { apiRoute, json } from "@/lib/server/http";
import { requireProject } from "@/lib/server/guards";
import { deleteProject } from "@/lib/server/document-admin";

/** DELETE → 200 { deleted: { name, documents } }: the project with everything in it (managers and admins). */
export const DELETE = apiRoute<{ projectId: string }>(async ({ params, actor }) => {
  const scope = await requireProject(actor, params.projectId);
  return json({ deleted: await deleteProject(scope) });
});
