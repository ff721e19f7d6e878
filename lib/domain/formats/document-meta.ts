// Document metadata as found in manifests, doccano lines and Label Studio task data:
// accepts the usual spellings (publishedAt / published_at / published) and checks values.
import { isPerspective } from "../projects/perspectives";
import { isSourceUrl, SOURCE_URL_MESSAGE } from "../projects/source-url";
import { hasLoneSurrogate } from "../text/json-guard";
import { OffsetIndex } from "../text/offsets";
import type { ProblemList } from "./problem-list";

/** A document's source metadata, as every layer and format carries it. */
export interface DocumentMeta {
  title: string;
  outlet: string;
  perspective: string;
  language: string;
  publishedAt: string | null;
  url: string;
}

const ALIASES: Record<keyof DocumentMeta, readonly string[]> = {
  title: ["title"],
  outlet: ["outlet", "source"],
  perspective: ["perspective"],
  language: ["language", "lang"],
  publishedAt: ["publishedAt", "published_at", "published", "date"],
  url: ["url", "link"],
};

/** Defaults for a document whose source says nothing: "und" is BCP 47 for undetermined. */
export function createDefaultMeta(title: string): DocumentMeta {
  return { title, outlet: "", perspective: "other", language: "und", publishedAt: null, url: "" };
}

/** A stand-in title for formats that carry none: the first line, cut to 80 code points. */
export function deriveTitle(text: string): string {
  const first = (text.trimStart().split("\n", 1)[0] ?? "").trim();
  const index = new OffsetIndex(first);
  return index.length <= 80 ? first : index.slice(0, 79) + "…";
}

/** Read metadata from a loose record; bad values are reported and replaced by defaults. */
export function readDocumentMeta(
  record: Record<string, unknown>,
  fallbackTitle: string,
  where: string,
  problems: ProblemList,
): DocumentMeta {
  const meta = createDefaultMeta(fallbackTitle);
  for (const field of Object.keys(ALIASES) as (keyof DocumentMeta)[]) {
    const key = ALIASES[field].find((k) => record[k] !== undefined && record[k] !== null && record[k] !== "");
    if (key === undefined) continue;
    const value = record[key];
    if (typeof value !== "string") {
      problems.add(where, `${key} must be a string`);
      continue;
    }
    const trimmed = value.trim();
    if (hasLoneSurrogate(trimmed)) {
      problems.add(where, `${key} contains a lone UTF-16 surrogate (not well-formed Unicode)`);
      continue;
    }
    if (field === "perspective" && !isPerspective(trimmed)) {
      problems.add(where, `unknown perspective ${JSON.stringify(trimmed)}`);
    } else if (field === "url" && !isSourceUrl(trimmed)) {
      problems.add(where, `${SOURCE_URL_MESSAGE} (${key} is ${JSON.stringify(trimmed.slice(0, 80))})`);
    } else if (field === "publishedAt" && !isDateLike(trimmed)) {
      problems.add(where, `${key} ${JSON.stringify(trimmed)} is not an ISO date (YYYY-MM-DD, optionally with a time)`);
    } else {
      meta[field] = trimmed;
    }
  }
  return meta;
}

function isDateLike(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value));
}

/** The snake_case metadata record that doccano and Label Studio exports carry beside the text. */
export function metaRecord(doc: DocumentMeta & { id: string; sha256: string }) {
  return {
    document_id: doc.id,
    title: doc.title,
    outlet: doc.outlet,
    perspective: doc.perspective,
    language: doc.language,
    published_at: doc.publishedAt,
    url: doc.url,
    sha256: doc.sha256,
  };
}
