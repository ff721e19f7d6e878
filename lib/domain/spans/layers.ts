// Layer names, defined once: "gold" (the adjudicated version of a document) or
// "user:<userId>" (one annotator's spans). Every site that builds, reads or queries a layer
// name goes through this module, SQL included (see USER_LAYER_RANGE). Pure.

export const GOLD_LAYER = "gold";

const USER_PREFIX = "user:";

export function userLayer(userId: string): string {
  return `${USER_PREFIX}${userId}`;
}

/** The annotator a layer belongs to, or null for gold (and for anything that is not "user:<id>"). */
export function layerUserId(layer: string): string | null {
  return layer.startsWith(USER_PREFIX) && layer.length > USER_PREFIX.length ? layer.slice(USER_PREFIX.length) : null;
}

export function isGoldLayer(layer: string): boolean {
  return layer === GOLD_LAYER;
}

/**
 * Bounds for "every annotator layer" in SQL, as parameters: `layer >= from AND layer < to`.
 * A range over the prefix (its last character + 1 as the exclusive end) rather than
 * `LIKE 'user:%'`, because SQLite uses the (documentId, layer) index for a range on
 * bound parameters but not for LIKE (which is case-insensitive by default).
 */
export const USER_LAYER_RANGE: { readonly from: string; readonly to: string } = {
  from: USER_PREFIX,
  to: USER_PREFIX.slice(0, -1) + String.fromCharCode(USER_PREFIX.charCodeAt(USER_PREFIX.length - 1) + 1),
};

/**
 * The annotators whose layers a snapshot names: every `layer` field, at any depth, of a
 * parsed history snapshot (a span, or a decision holding spans), read as a layer name.
 */
export function layerOwnersIn(snapshot: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(snapshot)) {
    for (const v of snapshot) layerOwnersIn(v, into);
  } else if (snapshot !== null && typeof snapshot === "object") {
    for (const [key, v] of Object.entries(snapshot)) {
      const owner = key === "layer" && typeof v === "string" ? layerUserId(v) : null;
      if (owner !== null) into.add(owner);
      else layerOwnersIn(v, into);
    }
  }
  return into;
}

/** What a reader asks for: their own layer, gold, every layer, or one annotator's. */
export type LayerSelector = "mine" | typeof GOLD_LAYER | "all" | { userId: string };

// Ids as the app mints them (cuid) and as imports and scripts may name them: a user id in a
// URL must look like one before it reaches a query.
const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A user id named in a URL, as the id itself or as its layer name "user:<id>"; null when it cannot be an id. */
export function userIdFromParam(value: string): string | null {
  const id = layerUserId(value) ?? value;
  return USER_ID.test(id) ? id : null;
}

/**
 * The one `?layer=` grammar (annotations API, exports, the document and claims pages):
 * "mine", "gold", "all", an annotator's user id, or their layer name "user:<id>". Missing or
 * blank gives `fallback`; null means the value names no layer (the caller answers 400).
 */
export function parseLayerParam(value: string | null | undefined, fallback: LayerSelector): LayerSelector | null {
  const v = (value ?? "").trim();
  if (v === "") return fallback;
  if (v === "mine" || v === GOLD_LAYER || v === "all") return v;
  const userId = userIdFromParam(v);
  return userId === null ? null : { userId };
}

/** The stored layer a selector names for `actorId`; null for "all" (no single layer). */
export function selectedLayer(selector: LayerSelector, actorId: string): string | null {
  if (selector === "all") return null;
  if (selector === "mine") return userLayer(actorId);
  return selector === GOLD_LAYER ? GOLD_LAYER : userLayer(selector.userId);
}

/** How a stored layer is named in `?layer=`: "gold" or the annotator's user id. */
export function layerParam(layer: string): string {
  return layerUserId(layer) ?? layer;
}

/** The entry of `layers` that a `?layer=` value names for `actorId`, if any (undefined when the value is absent). */
export function findSelectedLayer<T extends { layer: string }>(
  layers: readonly T[],
  value: string | undefined,
  actorId: string,
): T | undefined {
  if (value === undefined) return undefined;
  const selector = parseLayerParam(value, "all");
  const name = selector === null ? null : selectedLayer(selector, actorId);
  return name === null ? undefined : layers.find((l) => l.layer === name);
}
