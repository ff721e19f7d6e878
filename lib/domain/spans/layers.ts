// Layer names, defined once: "gold" (the adjudicated version of a document) or
// "user:<userId>" (one annotator's spans). Pure.

export const GOLD_LAYER = "gold";

const USER_PREFIX = "user:";

export function userLayer(userId: string): string {
  return `${USER_PREFIX}${userId}`;
}

/** The annotator a layer belongs to, or null for gold (and for anything that is not "user:<id>"). */
export function layerUserId(layer: string): string | null {
  return layer.startsWith(USER_PREFIX) && layer.length > USER_PREFIX.length ? layer.slice(USER_PREFIX.length) : null;
}

/** Which layers a reader asks for (`?layer=`): their own, gold, every layer, or one annotator's. */
export type LayerRequest = "mine" | "gold" | "all" | { userId: string };
