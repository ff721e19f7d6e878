import type { LabelDef } from "@/lib/client/span-types";

/**
 * Rules for suggestions in the reader (data-sg on the text leaves they cover, paragraph.tsx):
 * a dotted underline in the label's colour, no fill, so they read as "proposed" next to real
 * spans (solid underline and tint). The current one (data-sgc) gets a light neutral fill.
 * Keys and colours are checked as in label-styles.ts.
 */
export function suggestionCss(labels: readonly LabelDef[]): string {
  const rules = labels
    .filter((l) => /^[a-z][a-z0-9_-]*$/.test(l.key) && /^#[0-9a-fA-F]{6}$/.test(l.color))
    .map((l) => `.ws-reader [data-sg="${l.key}"]{text-decoration:underline dotted 2px ${l.color};text-decoration-skip-ink:none}`);
  rules.push(".ws-reader [data-sgc]{background-color:#e2e8f0;text-decoration:underline dashed 2px #334155}");
  return rules.join("\n");
}
