import "server-only";
import { db } from "../db/db";
import type { ProjectScope } from "../access/guards";
import { listSpans } from "../annotations/annotations";
import { type StoredSpan } from "../annotations/span-rows";
import { GOLD_LAYER, layerUserId, userLayer } from "@/lib/domain/spans/layers";

export interface ClaimLayer {
  layer: string;
  name: string;
  claims: StoredSpan[];
}

/**
 * The claim spans of a document the caller may link, by layer: an annotator's own layer;
 * for reviewers and managers, gold and every annotator's layer (listSpans enforces blind
 * mode). Gold first, then the caller's own layer, then the others by name.
 */
export async function listDocumentClaims(scope: ProjectScope, documentId: string): Promise<ClaimLayer[]> {
  const spans = await listSpans(scope, documentId, scope.can("layers:read-all") ? "all" : "mine");
  const byLayer = new Map<string, StoredSpan[]>();
  for (const s of spans) {
    if (s.label !== "claim") continue;
    const list = byLayer.get(s.layer);
    if (list) list.push(s);
    else byLayer.set(s.layer, [s]);
  }
  const authorIds = [...byLayer.keys()].map(layerUserId).filter((id): id is string => id !== null);
  const users = await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [userLayer(u.id), u.name]));
  const own = userLayer(scope.actor.id);
  const rank = (layer: string) => (layer === GOLD_LAYER ? 0 : layer === own ? 1 : 2);
  return [...byLayer]
    .map(([layer, claims]) => ({
      layer,
      name: layer === GOLD_LAYER ? "Gold" : layer === own ? `${names.get(layer) ?? "You"} (you)` : (names.get(layer) ?? layer),
      claims,
    }))
    .sort((a, b) => rank(a.layer) - rank(b.layer) || a.name.localeCompare(b.name));
}
