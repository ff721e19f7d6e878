import { apiRoute, json, readJson } from "@/lib/server/http/http";
import { requireAnnotation } from "@/lib/server/access/guards";
import { deleteSpan, updateSpan } from "@/lib/server/annotations/annotations";
import { parseInput } from "@/lib/server/http/validate";
import { annotationPatchSchema } from "@/lib/schemas/annotation";
import { invalid } from "@/lib/server/http/errors";
import { directRoute } from "@/lib/server/http/direct-routes";

type Params = { annotationId: string };

/** PATCH { version, label?, start?, end?, text?, attributes?, note? } → the updated span; 409 if version is stale. */
export const PATCH = apiRoute<Params>(async ({ req, params, actor }) => {
  const scope = await requireAnnotation(actor, params.annotationId);
  const patch = parseInput(annotationPatchSchema, await readJson(req, 256 * 1024));
  return json({ annotation: await updateSpan(scope, params.annotationId, patch) });
});

/** DELETE [?version=n] → 204; 409 if the version is stale. */
export const DELETE = apiRoute<Params>(async ({ req, params, actor }) => {
  const scope = await requireAnnotation(actor, params.annotationId);
  const raw = new URL(req.url).searchParams.get("version");
  const version = raw === null ? undefined : Number(raw);
  if (version !== undefined && !Number.isInteger(version)) throw invalid("version must be a whole number", "version");
  await deleteSpan(scope, params.annotationId, version);
  return new Response(null, { status: 204 });
});

// Retags, attribute edits and deletes are hot write paths: scripts/serve.ts calls them directly (lib/server/http/direct-routes.ts).
directRoute("/api/annotations/[annotationId]", { PATCH, DELETE });
