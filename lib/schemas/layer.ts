import type { LayerRequest } from "@/lib/domain/spans/layers";

/** `?layer=` values: mine (default), gold, all, or a user id for one annotator's layer. */
export function parseLayerParam(value: string | null): LayerRequest {
  if (!value || value === "mine") return "mine";
  if (value === "gold" || value === "all") return value;
  return { userId: value };
}
