// Annotator × annotator tables of pairwise agreement, for the agreement screen. Pure.
import type { PairAgreement } from "./span-agreement";

export interface PairMatrix {
  annotatorIds: string[];
  /** f1[i][j]: overlap F1 between annotatorIds[i] and [j]; symmetric; null on the diagonal and for pairs with nothing to score. */
  f1: (number | null)[][];
  /** kappa[i][j]: character-level Cohen's kappa, same layout. */
  kappa: (number | null)[][];
  /** documents[i][j]: documents both annotated (0 on the diagonal). */
  documents: number[][];
}

/** Lays the pairs of an AgreementResult out as matrices in the order of `annotatorIds`. */
export function buildPairMatrix(pairs: readonly PairAgreement[], annotatorIds: readonly string[]): PairMatrix {
  const byKey = new Map<string, PairAgreement>();
  for (const p of pairs) {
    byKey.set(pairKey(p.first, p.second), p);
    byKey.set(pairKey(p.second, p.first), p);
  }
  const cell = <T>(read: (p: PairAgreement) => T, none: T) =>
    annotatorIds.map((a, i) =>
      annotatorIds.map((b, j) => {
        const p = i === j ? undefined : byKey.get(pairKey(a, b));
        return p ? read(p) : none;
      }),
    );
  return {
    annotatorIds: [...annotatorIds],
    f1: cell<number | null>((p) => p.overlap.f1, null),
    kappa: cell<number | null>((p) => p.kappa, null),
    documents: cell((p) => p.documents, 0),
  };
}

function pairKey(a: string, b: string): string {
  return `${a}\u0000${b}`;
}
