// What a label key may be. Keys are what spans store and what formats write (brat types,
// CoNLL tags, Label Studio labels), so they follow brat's naming: a letter, then letters,
// digits, "_", "-" or "." (e.g. claim, Protein, Gene_expression), at most 40 characters.
// Case is kept: real corpora are case-sensitive (brat's example data uses Protein).
import { at } from "../at";
export const LABEL_KEY = /^\p{L}[\p{L}\p{N}_.-]{0,39}$/u;

export const LABEL_KEY_RULE = "a letter, then letters, digits, _, - or . (at most 40), e.g. claim or Gene_expression";

/** Hotkeys 1–9 go to the first nine labels; later labels are tagged from the palette. */
export const HOTKEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"] as const;

/** A generous cap: a label palette beyond this stops being usable. */
export const MAX_LABELS = 100;

const PALETTE = [
  "#0891b2",
  "#7c3aed",
  "#db2777",
  "#65a30d",
  "#ea580c",
  "#0d9488",
  "#9333ea",
  "#ca8a04",
  "#4f46e5",
  "#dc2626",
  "#059669",
  "#c026d3",
];

/** A colour for the n-th label created by an import, from a fixed palette. */
export function paletteColor(n: number): string {
  return at(PALETTE, n % PALETTE.length);
}
