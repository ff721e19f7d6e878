// How many spans a CoNLL export drops, counted before the file is written, so the count can
// go in the download's headers instead of into the file (a trailing comment breaks conlleval
// and Python CoNLL readers). Exact, and much cheaper than encoding twice: tokens never hold
// a space, so spans compete for tokens only within a cluster of spans that overlap or touch
// with no space between them. Only those clusters' text, widened to the surrounding spaces
// (so every token touching them is whole), is tokenized, and tagTokens' greedy choice is made
// per cluster, which is what it does globally since clusters share no token.
import { OffsetIndex } from "../offsets";
import type { Span } from "../spans";
import type { CorpusProject, DocumentSource } from "./corpus";
import { type ConllStats, labelRanker, sortForTagging } from "./conll-encode";
import { type ConllPriority, tagTokens } from "./conll-tags";
import { tokenize } from "./tokenize";
import { ANY_SPACE } from "./line-breaks";

const SPACE = new RegExp(`[${ANY_SPACE}]`, "u");
const ALL_SPACE = new RegExp(`^[${ANY_SPACE}]*$`, "u");

export async function countConllDropped(
  project: CorpusProject,
  docs: DocumentSource,
  prefer?: ConllPriority,
): Promise<Pick<ConllStats, "dropped" | "droppedByLabel">> {
  const labelRank = labelRanker(project);
  const stats = { dropped: 0, droppedByLabel: {} as Record<string, number> };
  for await (const doc of docs) {
    for (const s of droppedSpans(doc.text, sortForTagging(doc.spans), labelRank, prefer)) {
      stats.dropped++;
      stats.droppedByLabel[s.label] = (stats.droppedByLabel[s.label] ?? 0) + 1;
    }
  }
  return stats;
}

function droppedSpans(text: string, sorted: Span[], labelRank: (l: string) => number, prefer?: ConllPriority): Span[] {
  if (sorted.length === 0) return [];
  const cps = new OffsetIndex(text);
  const dropped: Span[] = [];
  let cluster: Span[] = [sorted[0]];
  let maxEnd = sorted[0].end;
  const close = () => {
    if (cluster.length === 1) {
      if (ALL_SPACE.test(cluster[0].text)) dropped.push(cluster[0]); // covers no token
    } else {
      dropped.push(...clusterDrops(cps, cluster, labelRank, prefer));
    }
  };
  for (let k = 1; k < sorted.length; k++) {
    const s = sorted[k];
    if (s.start < maxEnd || !SPACE.test(cps.slice(maxEnd, s.start))) cluster.push(s);
    else {
      close();
      cluster = [s];
    }
    maxEnd = Math.max(maxEnd, s.end);
  }
  close();
  return dropped;
}

function clusterDrops(cps: OffsetIndex, cluster: Span[], labelRank: (l: string) => number, prefer?: ConllPriority): Span[] {
  let from = cluster[0].start;
  let to = Math.max(...cluster.map((s) => s.end));
  while (from > 0 && !SPACE.test(cps.slice(from - 1, from))) from--;
  while (to < cps.length && !SPACE.test(cps.slice(to, to + 1))) to++;
  const tokens = tokenize(cps.slice(from, to)).map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
  return tagTokens(tokens, cluster, labelRank, prefer).dropped;
}
