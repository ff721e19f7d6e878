// Which way an under-specified date points ("on Wednesday", "Oct. 1", "in March"): towards
// the future when the verb that governs it is future or scheduled ("is to be promulgated on
// Wednesday", "will cost ... starting Oct. 1", "talks due on Friday"), otherwise towards the
// past, which is what news mostly reports ("said on Wednesday"). The governing verb is taken
// as the nearest tense cue in the sentence, a cue before the date counting as twice as near
// as one after it (the verb usually precedes its time adverbial). Pure.

export type Direction = "future" | "past" | null;

// Future alternatives come first: at one position the regex takes the first that matches,
// so "scheduled to" is a future cue although it also ends in -ed.
const CUES =
  /\b(?:(will|shall|would|is to|are to|was to|to be|is due|are due|due to|set to|expected to|plans? to|planning to|going to|scheduled|upcoming|next|starting|from now)(?:\s+(?:be|have))?(?:\s+\p{L}+)?|(said|says|told|added|announced|was|were|had|did|met|held|began|took|made|saw|\p{L}+ed))\b/giu;

export function tenseAround(sentence: string, u16Start: number, u16End: number): Direction {
  let best: { score: number; dir: Direction } | null = null;
  CUES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUES.exec(sentence))) {
    const cueStart = m.index;
    const cueEnd = m.index + m[0].length;
    if (cueEnd > u16Start && cueStart < u16End) continue; // inside the date itself
    const score = cueEnd <= u16Start ? u16Start - cueEnd : 2 * (cueStart - u16End);
    const dir: Direction = m[1] ? "future" : "past";
    if (!best || score < best.score) best = { score, dir };
  }
  return best?.dir ?? null;
}
