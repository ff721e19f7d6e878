// CoNLL-2003 with IOB2 tags: "token -X- _ TAG" per line (the POS and chunk columns are
// placeholders, as Label Studio writes them), a blank line at each line break of the text
// (our sentence boundary), and "-DOCSTART- -X- -X- O" before each document. See
// tokenize.ts for tokens and conll-tags.ts for which overlapping spans are kept.
import type { CorpusProject, DocumentSource } from "./corpus";
import type { Span } from "../spans/spans";
import { type ConllPriority, tagTokens } from "./conll-tags";
import { compareStrings } from "./span-order";
import { tokenize } from "./tokenize";

export interface ConllStats {
  documents: number;
  tokens: number;
  spans: number;
  kept: number;
  /** Spans that overlap a kept span (or cover no token) and so are not in the file. */
  dropped: number;
  droppedByLabel: Record<string, number>;
}

export interface ConllOptions {
  prefer?: ConllPriority;
  /** Called once at the end, for callers that stream the generator with for await. */
  onStats?: (stats: ConllStats) => void;
}

/** Rank of a label in project order; labels the project does not list rank after all of them. */
function labelRanker(project: CorpusProject): (label: string) => number {
  const order = project.labels.map((l) => l.key);
  return (label) => {
    const i = order.indexOf(label);
    return i >= 0 ? i : order.length;
  };
}

function sortForTagging(spans: readonly Span[]): Span[] {
  return [...spans].sort((a, b) => a.start - b.start || a.end - b.end || compareStrings(a.label, b.label) || compareStrings(a.id, b.id));
}

export async function* encodeConll(
  project: CorpusProject,
  docs: DocumentSource,
  options: ConllOptions = {},
): AsyncGenerator<string, ConllStats> {
  const labelRank = labelRanker(project);
  const stats: ConllStats = { documents: 0, tokens: 0, spans: 0, kept: 0, dropped: 0, droppedByLabel: {} };
  for await (const doc of docs) {
    const tokens = tokenize(doc.text);
    const { tags, kept, dropped } = tagTokens(tokens, sortForTagging(doc.spans), labelRank, options.prefer);
    stats.documents++;
    stats.tokens += tokens.length;
    stats.spans += doc.spans.length;
    stats.kept += kept.length;
    stats.dropped += dropped.length;
    for (const s of dropped) stats.droppedByLabel[s.label] = (stats.droppedByLabel[s.label] ?? 0) + 1;

    let chunk = "-DOCSTART- -X- -X- O\n\n";
    tokens.forEach((token, k) => {
      if (token.lineBreakBefore) chunk += "\n";
      chunk += `${token.text} -X- _ ${tags[k]}\n`;
    });
    if (tokens.length) chunk += "\n";
    yield chunk;
  }
  options.onStats?.(stats);
  return stats;
}
