// Shorthands the written gold sets (held-out, fresh, fresh2) use for their spans: exact text,
// an optional 1-based occurrence, and the label's attributes as the app stores them.
type Voice = "outlet" | "attributed";

export const claim = (text: string, holder: string, voice: Voice, o: { hedged?: boolean; denies?: boolean; occ?: number } = {}) => ({
  label: "claim" as const,
  text,
  occurrence: o.occ,
  attributes: { holder, voice, stance: o.denies ? "denies" : "asserts", hedged: o.hedged ?? false },
});
export const quote = (text: string, speaker: string, kind: "direct" | "indirect", occ?: number) => ({
  label: "quote" as const,
  text,
  occurrence: occ,
  attributes: { speaker, kind },
});
export const measure = (text: string, value: number, unit?: string, occ?: number) => ({
  label: "measure" as const,
  text,
  occurrence: occ,
  attributes: unit ? { value, unit } : { value },
});
export const date = (text: string, value: string, occ?: number) => ({
  label: "date" as const,
  text,
  occurrence: occ,
  attributes: { value },
});
