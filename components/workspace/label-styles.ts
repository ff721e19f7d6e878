import type { LabelDef } from "@/lib/client/span-types";

/**
 * One CSS rule per label giving its marks their colours (--c underline, --tint background,
 * --tint-strong when selected). Keys are [a-z0-9_-] and colours #rrggbb (project schema);
 * anything else is skipped rather than injected.
 */
export function labelCss(labels: readonly LabelDef[]): string {
  return labels
    .filter((l) => /^[a-z][a-z0-9_-]*$/.test(l.key) && /^#[0-9a-fA-F]{6}$/.test(l.color))
    .map((l) => `.ws-m[data-l="${l.key}"]{--c:${l.color};--tint:${l.color}1a;--tint-strong:${l.color}47}`)
    .join("\n");
}
