import { apiRoute, json, readJson } from "@/lib/server/http/http";
import { requireProject } from "@/lib/server/access/guards";
import { findDeletion, restoreSpan } from "@/lib/server/annotations/annotations";
import { parseInput } from "@/lib/server/http/validate";
import { annotationCreateSchema } from "@/lib/schemas/annotation";

type Params = { annotationId: string };

/**
 * POST { label, start, end, text, attributes?, note? } → 201 { annotation, links, droppedLinks }:
 * bring a deleted span back under its id, with its proposition links (undo of a delete).
 * 404 when no span with this id was deleted; 409 when it exists again or the range is taken.
 */
export const POST = apiRoute<Params>(async ({ req, params, actor }) => {
  const { projectId } = await findDeletion(params.annotationId);
  const scope = await requireProject(actor, projectId);
  const fields = parseInput(annotationCreateSchema, await readJson(req, 256 * 1024));
  return json(await restoreSpan(scope, params.annotationId, fields), 201);
});
