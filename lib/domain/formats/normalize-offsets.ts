// Normalizing imported text (CRLF/CR → LF, NFC) shifts every offset after a change; this
// maps offsets given against the original text onto the normalized text. Offsets are
// code points, half-open ranges, so a boundary maps to a boundary.
import { codePointLength, normalizeText } from "../text/text";
import { at } from "../at";

export interface NormalizedText {
  /** The text as given. */
  raw: string;
  /** normalizeText(raw). */
  text: string;
  rawLength: number;
  /**
   * Normalized code-point offset for an original code-point offset in [0, rawLength];
   * null when the offset falls inside a unit that normalization rewrote (between CR and
   * LF, between a base letter and the combining mark NFC composed into it).
   */
  toNormalized(rawOffset: number): number | null;
}

// Code points that can change (compose with, or reorder against) what precedes them under
// NFC: combining marks, and Hangul medial/final jamo that join a preceding syllable.
const JOINS_PREVIOUS = /^[\p{M}\u1160-\u11FF\uD7B0-\uD7FF]$/u;

export function normalizeWithOffsets(raw: string): NormalizedText {
  const text = normalizeText(raw);
  if (text === raw) {
    const length = codePointLength(raw);
    return { raw, text, rawLength: length, toNormalized: (n) => (inRange(n, length) ? n : null) };
  }
  return remap(raw, text);
}

/**
 * Cut the raw text into units that normalize independently (a starter with its marks,
 * a CRLF pair, anything else alone). Offsets at unit boundaries map exactly; offsets
 * inside a unit map only if normalization left that unit unchanged.
 */
function remap(raw: string, text: string): NormalizedText {
  const rawLength = codePointLength(raw);
  const map = new Int32Array(rawLength + 1).fill(-1);
  const parts: string[] = [];
  let unit = "";
  let unitStart = 0;
  let unitLength = 0;
  let rawCp = 0;
  let normCp = 0;

  const flush = () => {
    if (unitLength === 0) return;
    const normalized = normalizeText(unit);
    parts.push(normalized);
    map[unitStart] = normCp;
    if (normalized === unit) for (let k = 1; k < unitLength; k++) map[unitStart + k] = normCp + k;
    normCp += codePointLength(normalized);
  };

  for (const ch of raw) {
    const joins = unitLength > 0 && (JOINS_PREVIOUS.test(ch) || (ch === "\n" && unit.endsWith("\r")));
    if (!joins) {
      flush();
      unit = "";
      unitStart = rawCp;
      unitLength = 0;
    }
    unit += ch;
    unitLength++;
    rawCp++;
  }
  flush();
  map[rawLength] = normCp;

  // Unit-by-unit normalization matches whole-text normalization for real text; if some
  // exotic sequence breaks that, only the two ends of the text stay mappable.
  if (parts.join("") !== text) {
    map.fill(-1);
    map[0] = 0;
    map[rawLength] = codePointLength(text);
  }
  return {
    raw,
    text,
    rawLength,
    toNormalized: (n) => {
      const mapped = inRange(n, rawLength) ? at(map, n) : -1; // map has rawLength + 1 entries
      return mapped >= 0 ? mapped : null;
    },
  };
}

function inRange(n: number, length: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= length;
}
