import "server-only";
import { sql, sqlColumn } from "../db/sqlite";
import type { ProjectScope } from "../access/guards";
import { documentContext, requireOtherLayers } from "../access/span-access";
import { GOLD_LAYER, layerParam, layerUserId, userLayer } from "@/lib/domain/spans/layers";
import type { LayerChoice } from "@/lib/views/document-layers";

/**
 * The layers of a document a reader may choose from: gold (always listed, so an empty gold
 * says so), then every assigned annotator and anyone else with spans there, by name.
 * Refused like the layers themselves (blind mode).
 */
export async function documentLayers(scope: ProjectScope, documentId: string): Promise<LayerChoice[]> {
  const doc = await documentContext(scope, documentId);
  requireOtherLayers(scope, doc);
  // Prepared statements: the reading view and the review page read these on every view.
  const counts = sql(`SELECT layer, count(*) AS n FROM "Annotation" WHERE documentId = ? GROUP BY layer`).all(documentId) as {
    layer: string;
    n: number;
  }[];
  const count = new Map(counts.map((c) => [c.layer, c.n]));
  const userIds = new Set(sqlColumn(`SELECT userId FROM "Assignment" WHERE documentId = ?`).all(documentId) as string[]);
  for (const c of counts) {
    const id = layerUserId(c.layer);
    if (id) userIds.add(id);
  }
  const users = sql(`SELECT id, name FROM "User" WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name, id`).all(
    JSON.stringify([...userIds]),
  ) as { id: string; name: string }[];
  return [
    { param: layerParam(GOLD_LAYER), layer: GOLD_LAYER, name: "Gold", spans: count.get(GOLD_LAYER) ?? 0 },
    ...users.map((u) => ({
      param: layerParam(userLayer(u.id)),
      layer: userLayer(u.id),
      name: u.name,
      spans: count.get(userLayer(u.id)) ?? 0,
    })),
  ];
}

/** The layer to open first: gold when it has spans, else the annotator with the most. */
export function defaultLayer(layers: readonly LayerChoice[]): LayerChoice {
  if (layers[0].spans > 0) return layers[0];
  return [...layers].sort((a, b) => b.spans - a.spans)[0];
}
