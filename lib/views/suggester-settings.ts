// Suggester switches with their acceptance; lib/server/suggestions/suggester-settings.ts builds them.

export interface SuggesterStats {
  key: string;
  enabled: boolean;
  accepted: number;
  rejected: number;
  /** accepted / (accepted + rejected); null before any decision. */
  acceptance: number | null;
}
