// Bytes → text for imports. UTF-8 is the format of every import; a UTF-8 byte order mark is
// dropped. Windows tools often save "Unicode" text as UTF-16: with a byte order mark that is
// unambiguous, so it is decoded (and the report says so); without one it is named as
// UTF-16 rather than reported as broken UTF-8.
export type DecodedText =
  { ok: true; text: string; encoding: "UTF-8" | "UTF-16LE" | "UTF-16BE" } | { ok: false; message: string; at?: number };

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, "UTF-16LE");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, "UTF-16BE");
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // ASCII saved as UTF-16 is valid UTF-8 full of NULs: name it before trying UTF-8.
  const guess = guessUtf16(bytes);
  if (guess) return { ok: false, message: `this looks like ${guess} text without a byte order mark; save it as UTF-8 and import it again` };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from)), encoding: "UTF-8" };
  } catch {
    return { ok: false, message: "not valid UTF-8; save the file as UTF-8 and import it again", at: firstInvalidUtf8(bytes) };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: "UTF-16LE" | "UTF-16BE"): DecodedText {
  try {
    const text = new TextDecoder(encoding.toLowerCase(), { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, message: `starts with a ${encoding} byte order mark but is not valid ${encoding}` };
  }
}

/** Text that is mostly ASCII saved as UTF-16 has a NUL in every other byte. */
function guessUtf16(b: Uint8Array): "UTF-16LE" | "UTF-16BE" | null {
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.3 && even < half * 0.05) return "UTF-16LE";
  if (even > half * 0.3 && odd < half * 0.05) return "UTF-16BE";
  return null;
}

/** Byte index of the first invalid UTF-8 sequence (overlongs and surrogates included), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    // Every index below is in range (loop condition, and i + len <= b.length checked before the
    // continuation bytes); "?? 0" only satisfies the type, cheaper than at() in a loop over every byte.
    const c = b[i] ?? 0;
    if (c < 0x80) {
      i++;
      continue;
    }
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > b.length) return i;
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    const second = b[i + 1] ?? 0;
    if (second < lo || second > hi) return i;
    for (let k = 2; k < len; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}
