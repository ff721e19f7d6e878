// Prefill for a new date span: normalizeDateMention (chrono-node) anchored on the article's
// publication date. chrono is large, so it is loaded after the workspace has painted rather
// than with it; until it has loaded, `prefillDateNow` answers undefined and the caller asks
// `prefillDate` (async) instead.
type Normalize = (text: string, publishedAt: string | null) => string | null;

let normalize: Normalize | null = null;
let loading: Promise<Normalize> | null = null;

export function loadDateNormalizer(): Promise<Normalize> {
  loading ??= import("@/lib/domain/dates/relative-dates").then((m) => (normalize = m.normalizeDateMention));
  return loading;
}

/** The ISO value now, or undefined when the normalizer has not loaded yet (null: no date found). */
export function prefillDateNow(text: string, publishedAt: string | null): string | null | undefined {
  return normalize ? safe(normalize, text, publishedAt) : undefined;
}

export async function prefillDate(text: string, publishedAt: string | null): Promise<string | null> {
  return safe(await loadDateNormalizer(), text, publishedAt);
}

function safe(fn: Normalize, text: string, publishedAt: string | null): string | null {
  try {
    return fn(text, publishedAt);
  } catch {
    return null;
  }
}
