// The reconciliation board's perspective columns, paged: a proposition with 1,000 mentions
// would otherwise render 1,000 cards (about 6 KB of HTML each) before its first byte. Each
// column shows its first `limit` mentions, plus every mention cited as evidence (so that the
// reconciliation form, whose evidence ticks live on the cards, never loses a hidden citation),
// unless the reader opened that column, or all of them, in full.
import { orderPerspectives } from "./proposition-overview";

export const BOARD_COLUMN_LIMIT = 10;

/** `open`: the perspective shown in full, "all" for every column, or null. */
export interface BoardPaging {
  limit: number;
  open: string | null;
  cited: ReadonlySet<string>;
}

export interface BoardColumn<M> {
  perspective: string;
  shown: M[];
  /** Mentions of this perspective not shown. */
  hidden: number;
  total: number;
}

export function boardColumns<M extends { perspective: string; annotationId: string }>(
  mentions: readonly M[],
  { limit, open, cited }: BoardPaging,
): BoardColumn<M>[] {
  return orderPerspectives(mentions.map((m) => m.perspective)).map((perspective) => {
    const all = mentions.filter((m) => m.perspective === perspective);
    const full = open === "all" || open === perspective;
    const shown = full ? all : all.filter((m, i) => i < limit || cited.has(m.annotationId));
    return { perspective, shown, hidden: all.length - shown.length, total: all.length };
  });
}
