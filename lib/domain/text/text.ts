// Document text normalization and size. Pure: no I/O. (The text's hash, its identity, is
// computed by lib/server/documents/text-hash.ts.)

/** Stored form of every document: Unicode NFC with CRLF and lone CR turned into LF. */
export function normalizeText(raw: string): string {
  return raw.replace(/\r\n?/g, "\n").normalize("NFC");
}

/** Length in Unicode code points, the unit of every stored offset. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Maximum stored document size, in UTF-8 bytes. Named in every "too large" error. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

/**
 * UTF-8 bytes of a string, counted without encoding it: 1 byte below U+0080, 2 below U+0800,
 * 4 for a surrogate pair, 3 otherwise (a lone surrogate counts 3, as its U+FFFD replacement).
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// White space, control (Cc: NUL, ESC, …) and format (Cf: zero-width, bidi marks) characters:
// a text made only of these shows nothing to annotate.
const INVISIBLE_ONLY = /^[\s\p{Cc}\p{Cf}]*$/u;

/** Why a normalized text cannot be a document (nothing visible in it), or null. */
export function emptyTextProblem(text: string): string | null {
  if (text.trim() === "") return "the document text is empty";
  if (INVISIBLE_ONLY.test(text)) return "the document text holds only NUL, control or invisible characters";
  return null;
}
