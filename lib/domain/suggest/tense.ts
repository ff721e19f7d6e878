// Which way an under-specified date points ("on Wednesday", "Oct. 1", "in March"): towards
// the future when the verb that governs it is future or scheduled ("is to be promulgated on
// Wednesday", "will cost ... starting Oct. 1", "talks due on Friday"), otherwise towards the
// past, which is what news mostly reports ("said on Wednesday"). The governing verb is taken
// as the nearest tense cue in the sentence, a cue before the date counting as twice as near
// as one after it (the verb usually precedes its time adverbial), and a cue beyond a comma
// as further off (it is in another clause). "waited five hours to be admitted on Sunday": an
// infinitive after a length of time is the end of the wait, not a plan. A past form in a clause
// that hangs off a future one ("will weaken as it crossed … on Monday", "would reopen once
// repairs ended on Friday") is the sequence of tenses: the future governs. Pure.

export type Direction = "future" | "past" | null;

/**
 * Words ending in "-ed" that are not past forms: present verbs ("need", "exceed", "proceed"),
 * nouns ("speed", "bed", "hundred") and adjectives ("red", "sacred").
 */
const NOT_PAST_ED =
  /(?:need|needs|exceed|proceed|succeed|feed|speed|seed|breed|bleed|heed|weed|greed|creed|deed|indeed|steed|embed|shed|wed|bed|red|hundred|kindred|sacred|naked|wicked|rugged|ragged|jagged|crooked|wretched|beloved|learned|aged|alleged|supposed|so-called|biped|Ahmed|Mohammed|Muhammed|Mohamed|Ned|Fred|Ted|Jed)/;

// Future alternatives come first: at one position the regex takes the first that matches,
// so "scheduled to" is a future cue although it also ends in -ed. "expected the Selic to reach
// 12% by December": a verb of expectation with an object and an infinitive looks ahead, as
// "expected to" does (not "expected prices to have peaked", nor "to be hit" in the past).
const CUES = new RegExp(
  String.raw`\b(?:(will|shall|would|could|may|might|is to|are to|was to|(?<!(?:seconds|minutes|hours|days|weeks|months|years)\s)to be|is due|are due|due to|set to|expected to|plans? to|planning to|going to|scheduled|upcoming|next|starting|from now|(?:planned|intended|aimed|hoped|wanted|promised|pledged|vowed|decided|intends?|aims?|hopes?|wants?|promises?|pledges?|vows?|expects?)\s+to|(?:was|were)\s+(?:due|set|scheduled|expected)\s+to|(?:is|are|was|were)\s+(?:set|slated|scheduled|planned|penciled in|pencilled in)\s+for|(?:is|are)\s+expected|slated\s+to|(?:expects?|expected|forecasts?|predicts?|predicted|projects?|projected)\s+(?:[\p{L}\p{N}'’%.,-]+\s+){1,5}?to\s+(?!be\s+\p{L}+ed\b|have\b)\p{L}+)(?:\s+(?:be|have))?(?:\s+\p{L}+)?|(said|says|told|added|announced|was|were|had|did|met|held|began|took|made|saw|hit|struck|fell|rose|came|went|got|gave|left|lost|won|led|paid|sold|wrote|grew|kept|spent|built|sent|brought|bought|thought|found|became|broke|ran|shut|cut|killed|stood|sat|spoke|chose|drew|drove|flew|fought|hung|lay|meant|rang|sank|sang|shot|slid|spun|stole|struck|swam|swore|threw|told|woke|wore|(?!${NOT_PAST_ED.source}\b)\p{L}+ed))\b`,
  "giu",
);

const REPORTING = /^(?:said|says|told|added|announced|warned|reported|stated|noted|argued|insisted|claimed|estimated|predicted|forecast)$/i;

/** The tense cues of a sentence, in order ("in May, up 18% from April": the capitalised month is not the modal "may"). */
function tenseCues(sentence: string): RegExpExecArray[] {
  CUES.lastIndex = 0;
  const cues: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = CUES.exec(sentence))) {
    if (/^May\b/.test(m[0])) continue;
    // "is due to be sentenced", "will be reviewed": a past participle after "be" is a passive,
    // whose tense is its auxiliary's, not a past of its own.
    // (A quotation mark may open between them: would be “paid by Friday”.)
    if (!m[1] && /\b(?:be|been|being)\s+["“‘]?$/i.test(sentence.slice(Math.max(0, m.index - 8), m.index))) continue;
    cues.push(m);
  }
  return cues;
}

export function tenseAround(sentence: string, u16Start: number, u16End: number): Direction {
  let best: { score: number; dir: Direction } | null = null;
  let m: RegExpExecArray | undefined;
  const cues = tenseCues(sentence);
  // "a wage agreement signed in June would add …": a verb right after the date, with a verb of
  // its own clause before it, is the main verb of a subject the date sits in; the verb before governs.
  // A verb of saying before it does not count: "said its profit in the third quarter would be
  // lower" reports a clause whose own verb comes after the date.
  const beforeInClause = cues.some(
    (c) =>
      c.index + c[0].length <= u16Start &&
      !REPORTING.test(c[0]) &&
      !/[,;:()—–]|\bthat\b/i.test(sentence.slice(c.index + c[0].length, u16Start)),
  );
  for (m of cues) {
    const cueStart = m.index;
    const cueEnd = m.index + m[0].length;
    // A cue that runs on into the date ("is set for Monday": the cue's optional word is the
    // date) stands right before it; one inside the date is part of it.
    if (cueEnd > u16Start && cueStart < u16End && cueStart >= u16Start) continue;
    const before = cueStart < u16Start;
    if (!before && beforeInClause && /^\s*$/.test(sentence.slice(u16End, cueStart))) continue;
    let score = before ? Math.max(0, u16Start - cueEnd) : 2 * (cueStart - u16End);
    // A cue in another clause ("which stood at 2% in March, would hover …") governs less.
    const between = before ? sentence.slice(Math.min(cueEnd, u16Start), u16Start) : sentence.slice(u16End, cueStart);
    // "took effect in January and will be reviewed …": a cue past "and", "but" or "or" is the
    // verb of another predicate.
    if (/[,;:()—–]|\b(?:and|but|or)\b/.test(between)) score += 60;
    // "warned that a stoppage lasting into mid-February could knock …": a verb before "that"
    // is the reporting clause's; the date sits in the reported one, whose own verb governs it.
    else if (before && /\bthat\b/i.test(between)) score += 60;
    let dir: Direction = m[1] ? "future" : "past";
    if (dir === "past" && !/^(?:said|says|told|added|announced)$/i.test(m[0]) && subordinateToFuture(sentence, cueStart)) dir = "future";
    if (!best || score < best.score) best = { score, dir };
  }
  return best?.dir ?? null;
}

const SUBORDINATOR_BEFORE = /\b(?:as|when|once|until|before|after|if|while|unless)\s+(?:\p{L}+\s+){0,5}$/u;
const FUTURE_BEFORE =
  /\b(?:will|shall|would|could|might|may|is to|are to|is due to|are due to|expected to|set to|going to)\b(?![^,;]*\b(?:said|says|told)\b)/u;

/** A past cue opening a subordinate clause of a future one in the same sentence. */
function subordinateToFuture(sentence: string, cueStart: number): boolean {
  const left = sentence.slice(0, cueStart);
  const sub = SUBORDINATOR_BEFORE.exec(left);
  return Boolean(sub && FUTURE_BEFORE.test(left.slice(0, sub.index)));
}

/**
 * "Liben play Hradiště away on Saturday", "The Senate votes on Tuesday": with no tense cue, a
 * verb of a scheduled event in the present simple, in the date's clause, is a timetable: ahead.
 * After a determiner the word is a noun ("moved the start forward on Friday", "its launch"), no verb.
 */
const PRESENT_SCHEDULE =
  /\b(?<!\b(?:the|a|an|its|their|his|her|our|my|your|this|that|whose)\s)(?:play|plays|meet|meets|face|faces|host|hosts|visit|visits|open|opens|close|closes|start|starts|begin|begins|resume|resumes|return|returns|vote|votes|travel|travels|launch|launches|kick off|kicks off|take on|takes on|go|goes|head|heads|arrive|arrives|leave|leaves|end|ends|run|runs|last|lasts|expire|expires|continue|continues|takes? effect|comes? into (?:force|effect)|goes? into effect|enters? into force)\b(?![^,;:]*\b(?:yesterday|ago|last)\b)[^,;:]*$/iu;

export function presentSchedule(sentence: string, u16Start: number): boolean {
  return PRESENT_SCHEDULE.test(sentence.slice(0, u16Start));
}

/**
 * "said prices were unlikely to fall before the new crop arrives in September": a scheduled
 * event's verb in the present simple between the last tense cue and the date, in the date's
 * clause, governs it, whatever the tense of the reporting clause around it.
 */
export function presentScheduleGoverns(sentence: string, u16Start: number): boolean {
  const left = sentence.slice(0, u16Start);
  const last = tenseCues(left).at(-1);
  // "the ban runs until Jan. 20, the CBN said": with no cue before the date, the reporting verb
  // after it is the sentence's only past; the scheduled event's own present verb governs.
  const tail = last ? left.slice(last.index + last[0].length) : left;
  const verb = tail.search(PRESENT_SCHEDULE);
  // At most eight words from the verb to the date: it is the date's own verb.
  return verb >= 0 && tail.slice(verb).trim().split(/\s+/).length <= 8;
}

/**
 * "called both sides to talks in Santiago on Friday", "summoned the envoy to a meeting on
 * Monday", "adjourned the hearing until Monday": an event someone called, set or moved lies
 * ahead of the calling, though the calling is reported in the past; so does a deadline
 * extended ("the deadline was extended to Oct. 31").
 */
const CALLED_TO_EVENT =
  /\b(?:call(?:ed|s)?|invit(?:ed|es?)|summon(?:ed|s)?|convened?|schedul(?:ed|es?)|postpon(?:ed|es?)|adjourn(?:ed|s)?|delay(?:ed|s)?|moved|rescheduled|pushed\s+back)\b[^.;:!?]{0,50}?\b(?:to|for|until|till)\s+(?:(?:an?|the|new|fresh|further|emergency|urgent|direct)\s+)*(?:talks|meetings?|hearings?|votes?|summits?|sessions?|briefings?|negotiations|consultations|debates?|ballots?|elections?)\b[^.;:!?,]{0,30}$|\b(?:postpon(?:ed|es?)|adjourn(?:ed|s)?|delay(?:ed|s)?|deferr?(?:ed|s)?|rescheduled|pushed\s+back|put\s+off|moved|extend(?:ed|s)?|prolong(?:ed|s)?)\b[^.;:!?,]{0,40}?\b(?:until|till|to)\s+$/iu;

export function calledAhead(sentence: string, u16Start: number): boolean {
  return CALLED_TO_EVENT.test(sentence.slice(0, u16Start));
}
