import "server-only";
import { createHash } from "node:crypto";

/**
 * SHA-256 (hex) of the UTF-8 bytes of already-normalized text: a document's identity within a
 * project (Document.sha256, unique per project). Stored data depends on this exact value.
 * Here rather than in lib/domain because the domain has no crypto of its own; the import
 * parsers take it as ImportOptions.hashText.
 */
export function hashText(normalized: string): string {
  return createHash("sha256").update(normalized, "utf8").digest("hex");
}
