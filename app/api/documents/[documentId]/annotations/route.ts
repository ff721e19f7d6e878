import { apiRoute, json, readJson } from "@/lib/server/http/http";
import { requireDocument } from "@/lib/server/access/guards";
import { createSpan, listSpans } from "@/lib/server/annotations/annotations";
import { parseInput } from "@/lib/server/http/validate";
import { annotationCreateSchema } from "@/lib/schemas/annotation";
import { parseLayerParam } from "@/lib/domain/spans/layers";
import { invalid } from "@/lib/server/http/errors";
import { directRoute } from "@/lib/server/http/direct-routes";

type Params = { documentId: string };

/** GET ?layer=mine|gold|all|<userId> → spans with code-point offsets. */
export const GET = apiRoute<Params>(async ({ req, params, actor }) => {
  const { scope } = await requireDocument(actor, params.documentId);
  const layer = parseLayerParam(new URL(req.url).searchParams.get("layer"), "mine");
  if (layer === null) throw invalid("Unknown layer: use mine, gold, all, or an annotator's user id.", "layer");
  return json({ annotations: await listSpans(scope, params.documentId, layer) });
});

/** POST { label, start, end, text, attributes?, note? } → 201 with the span (in the caller's layer; ?layer=gold for reviewers). */
export const POST = apiRoute<Params>(async ({ req, params, actor }) => {
  const { scope } = await requireDocument(actor, params.documentId);
  const input = parseInput(annotationCreateSchema, await readJson(req, 256 * 1024));
  const target = parseLayerParam(new URL(req.url).searchParams.get("layer"), "mine") === "gold" ? "gold" : "mine";
  return json({ annotation: await createSpan(scope, params.documentId, input, target) }, 201);
});

// Span creation is the hot write path: scripts/serve.ts calls it directly (lib/server/http/direct-routes.ts).
directRoute("/api/documents/[documentId]/annotations", { POST });
