import "server-only";
import { rawDb } from "../db/raw";
import { sqlList } from "../db/sql-list";
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
  const counts = await rawDb().all<{ layer: string; n: number }>(
    `SELECT layer, count(*) AS n FROM "Annotation" WHERE documentId = ? GROUP BY layer`,
    documentId,
  );
  const count = new Map(counts.map((c) => [c.layer, c.n]));
  const userIds = new Set(await rawDb().column<string>(`SELECT userId FROM "Assignment" WHERE documentId = ?`, documentId));
  for (const c of counts) {
    const id = layerUserId(c.layer);
    if (id) userIds.add(id);
  }
  // The annotators of one document: a handful.
  const ids = sqlList([...userIds]);
  const users = userIds.size
    ? await rawDb().all<{ id: string; name: string }>(
        `SELECT id, name FROM "User" WHERE id IN (${ids.sql}) ORDER BY name, id`,
        ...ids.params,
      )
    : [];
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

/** `?, ?, …`: one placeholder per value of an IN list. */

/** The layer to open first: gold when it has spans, else the annotator with the most. */
export function defaultLayer(layers: readonly LayerChoice[]): LayerChoice {
  if (layers[0].spans > 0) return layers[0];
  return [...layers].sort((a, b) => b.spans - a.spans)[0];
}
