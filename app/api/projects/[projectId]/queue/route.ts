import { apiRoute, json } from "@/lib/server/http/http";
import { requireProject } from "@/lib/server/access/guards";
import { myQueue } from "@/lib/server/projects/assignments";

/** GET → the caller's assigned documents in this project with their status (todo, in_progress, done). */
export const GET = apiRoute<{ projectId: string }>(async ({ params, actor }) => {
  const scope = await requireProject(actor, params.projectId);
  return json({ queue: await myQueue(scope) });
});
