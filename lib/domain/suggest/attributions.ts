// Quotes and claims from attribution: direct quotations with their speaker, reported speech
// ("X said (that) …", "…, X said") as indirect quotes, and claims: the complement of a
// reporting or belief verb (holder = who reports or believes it, voice attributed), "According
// to X, …", and the outlet's own declarative sentences (holder = the outlet, voice outlet).
// A claim is hedged when it carries a hedge ("apparent", "reportedly", "expected to", "could"),
// and denies when it is negated or reported by a verb of denial. UTF-16 offsets (RawHit). Pure.
import type { Sentence } from "./sentences";
import {
  BELIEF_VERBS,
  SPEECH_VERBS,
  fullNameInText,
  isPersonName,
  otherPersonInText,
  resolveSpeaker,
  subjectAfter,
  subjectBefore,
  type SpeakerMemory,
} from "./speakers";
import { findDirectQuotes, type QuoteRange } from "./direct-quotes";
import type { RawHit } from "./types";
import { at } from "../at";
import {
  AUXILIARY,
  CLAUSE_START,
  DATELINE,
  DENIAL_VERB,
  FIGURE,
  FINITE,
  FINITE_VERB,
  FIRST_PERSON_FUTURE,
  HEDGES,
  LEADING_ADVERBIAL,
  LEAD_MARKERS,
  NEGATION,
  NOT_A_STATEMENT,
  OWN_PLAN,
  PRESENT_VERB,
  PROMOTION,
  SCHEDULE,
  TRAILING_AFTER,
  withoutMonthMay,
} from "./claim-grammar";

const TIME_AFTER_VERB =
  /^(?:\s+(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\s+(?:last|this|earlier|later)\s+(?:week|month|year|day)|\s+(?:in|on|at|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}(?:statement|interview|briefing|post|letter|report|speech|conference|meeting|hearing|session|filing|update)|\s+(?:,\s*)?(?:however|though)\s*,?|\s+(?:in|on|since|by)\s+(?:early\s+|late\s+|mid-)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4})|\s+(?:earlier|later|afterwards?|again|then|separately|also|recently|repeatedly|publicly|privately))*/;
// "said in a letter to the company, seen by Savanna Wire, that …": an aside on the document,
// set off by commas, may stand between the phrase and "that".
const PLACE_THEN_THAT =
  /^\s+(?:in|on|at|to|via|through|during|with|after|before|outside|inside|near|from|following|ahead\s+of)\s[^,.;:!?"“”\n]{1,60}?(?:,\s+(?:seen|obtained|reviewed|viewed|cited|quoted)\s+by\s+[^,.;:!?"“”\n]{1,50},)?(\s+that\b)/;
const TOLD_OBJECT =
  /^\s+(?:(?:local|state|foreign|national|international|visiting|gathered|assembled)\s+(?:media|press|reporters|journalists|television|radio|broadcasters)|media|reporters|journalists|lawmakers|parliament|me|him|her|us|them|you|\p{Ll}{3,}s|the\s+\p{Lu}[\p{L}\p{M}’'-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*)*|the\s+\p{L}+|a\s+(?:press|news)\s+conference|an?\s+\p{L}+(?:\s+\p{L}+)?|\p{Lu}[\p{L}\p{M}]+(?:\s+\p{Lu}[\p{L}\p{M}]+)*)(?=[\s,])/u;
/** "told <hearer> <where or when> that": up to ten words with no clause break, then "that". */
const TOLD_THEN_THAT = /^\s+(?:(?!that\b)[^\s,.;:!?"“”\n]+\s+){1,10}?(that\b)/u;
/** Verbs of how words are said: "yelling", "shouted", "whispered". */
const MANNER_OF_SPEAKING =
  "yelling|yelled|shouting|shouted|screaming|screamed|crying|cried|whispering|whispered|chanting|chanted|muttering|muttered|asking|asked|calling out|called out";
const PARTICIPLES = "saying|adding|arguing|noting|warning|insisting|claiming|stressing|telling";
const REFUSED_BEFORE =
  /\b(?:declined|refused|declining|refusing|decline|refuse|was unable|were unable|unwilling|(?:would|did|could|will|does|do)\s+not|(?:wouldn|didn|couldn|won|doesn|don)[’']t)\s+(?:to\s+)?(?:immediately\s+)?$/;
const VERB_RE = new RegExp(`\\b(${SPEECH_VERBS}|${BELIEF_VERBS}|${PARTICIPLES})\\b`, "g");
const TRAILING_ACCORDING = /,\s*according to\s+([^,]{2,80}?)\s*[.!]?$/i;
const ACCORDING = /^(?:\s*(?:but|and)\s+)?according to\s+([^,]{2,80}),\s*/i;
const OBJECT_VERBS =
  /^(?:announced|announces|reported|confirmed|confirms|estimated|estimates|predicted|acknowledged|admitted|stated|declared|noted|explained|explains|denied|denies|deny|rejected|dismissed)$/;

const CALENDAR_SUBJECT =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

export interface AttributionHits {
  quotes: RawHit[];
  claims: RawHit[];
}

interface Piece {
  start: number;
  end: number;
}

function trimPiece(text: string, p: Piece): Piece {
  let { start, end } = p;
  while (start < end && /[\s,;:]/.test(text.charAt(start))) start++;
  while (end > start && /[\s,;:.]/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** `context`: words around the reporting verb; they may hedge the claim ("is expected to") but do not negate it. */
function claimAttrs(
  holder: string | null,
  voice: "outlet" | "attributed",
  body: string,
  denial = false,
  context = "",
): Record<string, unknown> {
  // "payments could reach passengers by next spring if Spoorwerk did not appeal": a negation inside
  // a condition ("if …", "unless …") sets when the claim holds; it does not deny it.
  const negated = NEGATION.test(body.replace(/\b(?:if|unless)\b[^,;:]*/gi, " "));
  const attrs: Record<string, unknown> = {
    voice,
    stance: denial !== negated ? "denies" : "asserts",
    hedged: HEDGES.test(withoutMonthMay(body + context)),
  };
  if (holder) attrs.holder = holder.slice(0, 200);
  return attrs;
}

export function suggestAttributions(text: string, sentences: readonly Sentence[], outlet: string): AttributionHits {
  const memory: SpeakerMemory = { named: [] };
  const quotes: RawHit[] = [];
  const claims: RawHit[] = [];
  const direct = findDirectQuotes(text);
  const inQuote = (pos: number) => direct.some((q) => q.open <= pos && pos < q.close);
  let di = 0;
  let lastQuoteSpeaker: { speaker: string | null; paragraphEnd: number } | null = null;

  for (const [si, s] of sentences.entries()) {
    // Direct quotations that start in this sentence, in order.
    while (di < direct.length) {
      const q = at(direct, di);
      if (q.open >= s.end) break;
      di++;
      if (q.open < s.start - 1 && !q.nested) continue;
      if (isNameForAThing(text, q)) continue;
      let speaker: string | null;
      if (q.nested) {
        speaker = nestedSpeaker(text, q, direct, memory, quotes);
      } else {
        speaker = directSpeaker(text, s, q, memory, lastQuoteSpeaker) ?? neighbourSpeaker(text, sentences, si, q, memory, lastQuoteSpeaker);
        const paragraphEnd = text.indexOf("\n", q.close);
        lastQuoteSpeaker = { speaker, paragraphEnd: paragraphEnd < 0 ? text.length : paragraphEnd };
      }
      quotes.push({
        label: "quote",
        u16Start: q.u16Start,
        u16End: q.u16End,
        attributes: attrsOf({ speaker, kind: "direct" }),
        source: "quote",
      });
      if (!q.nested) {
        const first = quotedStatement(text, q);
        if (first)
          claims.push({
            label: "claim",
            u16Start: first.start,
            u16End: first.end,
            attributes: claimAttrs(speaker, "attributed", text.slice(first.start, first.end)),
            source: "claim",
          });
      }
    }
    const hasQuote = direct.some((q) => q.open >= s.start && q.open < s.end && !isNameForAThing(text, q));
    const reported = reportedPieces(text, s, inQuote, direct);
    for (const r of reported) {
      const speaker = resolveSpeaker(r.subject, memory, text, r.piece.start);
      const body = text.slice(r.piece.start, r.piece.end);
      if (r.speech)
        quotes.push({
          label: "quote",
          u16Start: r.piece.start,
          u16End: r.piece.end,
          attributes: attrsOf({ speaker, kind: "indirect" }),
          source: "quote",
        });
      // "it would publish the list by June", "they would appeal": the speaker's own plan, reported; not a claim.
      if (OWN_PLAN.test(body)) continue;
      claims.push({
        label: "claim",
        u16Start: r.piece.start,
        u16End: r.piece.end,
        attributes: claimAttrs(speaker, "attributed", body, r.denial, r.verbContext),
        source: "claim",
      });
    }
    // A sentence that starts inside a quotation ("“It was a burn. We were within 2 cm of the
    // plan,” Sæther said.") is the speaker's, not the outlet's: its claim is the quoted part.
    const within = direct.find((q) => !q.nested && q.u16Start < s.start && s.start < q.u16End);
    if (within && reported.length === 0) {
      const speaker = quotes.find((h) => h.u16Start === within.u16Start && h.attributes.kind === "direct")?.attributes.speaker;
      const piece = trimPiece(text, { start: s.start, end: Math.min(s.end, within.u16End) });
      const body = text.slice(piece.start, piece.end);
      if (
        words(body) >= 5 &&
        FINITE.test(body) &&
        /^\p{Lu}/u.test(body) &&
        !PROMOTION.test(body) &&
        !FIRST_PERSON_FUTURE.test(body) &&
        !NOT_A_STATEMENT.test(body) &&
        !/["“”‘’]|(?<![\p{L}])'|'(?![\p{L}])|\p{Extended_Pictographic}|#\p{L}/u.test(body)
      )
        claims.push({
          label: "claim",
          u16Start: piece.start,
          u16End: piece.end,
          attributes: claimAttrs(typeof speaker === "string" ? speaker : null, "attributed", body),
          source: "claim",
        });
    } else if (reported.length === 0 && !hasQuote) {
      for (const own of outletClaims(text, s))
        if (!SCHEDULE.test(text.slice(own.start, own.end)))
          claims.push({
            label: "claim",
            u16Start: own.start,
            u16End: own.end,
            attributes: claimAttrs(outlet || null, "outlet", text.slice(own.start, own.end)),
            source: "claim",
          });
    }
  }
  scareQuotesOfReports(quotes);
  return { quotes, claims };
}

/**
 * "conceded that the company had “got the basics wrong”": a quotation inside a reported clause
 * is the words of the one who reported it, whoever another rule took for its speaker.
 */
function scareQuotesOfReports(quotes: RawHit[]): void {
  for (const q of quotes) {
    if (q.attributes.kind !== "direct") continue;
    const report = quotes.find(
      (r) => r.attributes.kind === "indirect" && typeof r.attributes.speaker === "string" && r.u16Start < q.u16Start && q.u16End < r.u16End,
    );
    if (report) q.attributes = { ...q.attributes, speaker: report.attributes.speaker };
  }
}

/**
 * The first sentence of a quotation that is a full sentence, when it states something ("Methane
 * is responsible for about 30 percent of warming"): a claim of the speaker's. Fragments
 * (scare quotes) are left to the reported clause around them.
 */
function quotedStatement(text: string, q: QuoteRange): Piece | null {
  const inside = text.slice(q.u16Start, q.u16End);
  if (!/^\p{Lu}/u.test(inside)) return null;
  const end = /[.!?](?=\s+["“‘']?\p{Lu})/u.exec(inside);
  const sentence = end ? inside.slice(0, end.index + 1) : inside;
  if (/[?!]\s*$/.test(sentence) || /["“”‘’']/.test(sentence.replace(/(?<=\p{L})['’](?=\p{L})/gu, ""))) return null;
  if (NOT_A_STATEMENT.test(sentence) || PROMOTION.test(sentence) || words(sentence) < 5 || !FINITE.test(sentence)) return null;
  // Quoted words state a fact when they give a figure; feelings, verdicts and posts rarely do.
  if (!FIGURE.test(sentence) || /\p{Extended_Pictographic}|#\p{L}/u.test(sentence) || FIRST_PERSON_FUTURE.test(sentence)) return null;
  return trimPiece(text, { start: q.u16Start, end: q.u16Start + sentence.length });
}

/** Words that give a thing its name: what follows in quotation marks is a name, not words someone said. */
const NAMING_BEFORE = /\b(?:nicknamed|dubbed|known\s+as|so-called|code-?named|titled|entitled|meaning|translated\s+as)\s*,?\s*$/i;

/**
 * A name or gloss in quotation marks, which nobody is quoted as saying: after a naming word
 * ("nicknamed “Hibari”", "the so-called “whitelist”") or a short one alone in a parenthesis
 * with what it glosses ("ひばり (Hibari, “skylark”)"), or a whole parenthesis after a quotation
 * (its translation).
 */
function isNameForAThing(text: string, q: QuoteRange): boolean {
  if (NAMING_BEFORE.test(text.slice(Math.max(0, q.open - 30), q.open))) return true;
  // "chanting “¡Respeten mi voto!” (“Respect my vote!”)": a quotation that is all of a
  // parenthesis right after another quotation translates it.
  if (/["”’]\s*\(\s*$/.test(text.slice(Math.max(0, q.open - 4), q.open)) && /^[\s.,!?]*\)/.test(text.slice(q.close, q.close + 4)))
    return true;
  // "“…!” they chanted (“Pay up, or give up the chair!”)": so is one right after the attribution
  // of a quotation in the same sentence.
  if (
    /["”’],?\s+[^"“”‘’()\n.!?;:]{1,40}\(\s*$/u.test(text.slice(Math.max(0, q.open - 48), q.open)) &&
    /^[\s.,!?]*\)/.test(text.slice(q.close, q.close + 4))
  )
    return true;
  const inside = text.slice(q.u16Start, q.u16End);
  if (words(inside) > 4 || /[.!?]$/.test(inside)) return false;
  const before = text.slice(Math.max(0, q.open - 60), q.open);
  const open = before.lastIndexOf("(");
  return open >= 0 && !before.slice(open).includes(")") && /^[\s.,]*\)/.test(text.slice(q.close, q.close + 4));
}

function attrsOf(a: { speaker: string | null; kind: string }): Record<string, unknown> {
  return a.speaker ? { speaker: a.speaker.slice(0, 200), kind: a.kind } : { kind: a.kind };
}

const SPEECH_AFTER = new RegExp(`^[\\s,]*(?:${SPEECH_VERBS})\\s+(.{1,80})`, "s");
/** Any character of a noun phrase; a period only after an initial or an abbreviated title ("Dr. Ana Ruiz"). */
const NP_CHAR =
  '(?:[^"“”.!?\\n]|(?<=(?:^|[\\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Inc|Corp|Co|Ltd|Bros|\\p{Lu}))\\.)';
// "“…!” they chanted", "“…,” the crowd shouted": a verb of how words are said attributes them too.
const NP_THEN_VERB = new RegExp(
  `^[\\s,]*(${NP_CHAR}{1,90}?)\\s+(?:${SPEECH_VERBS}|chanted|shouted|yelled|screamed|sang|whispered)\\b`,
  "u",
);
const NP_VERB_BEFORE = new RegExp(`([^"“”\\n]{1,140}?)\\s+(?:${SPEECH_VERBS})(?:\\s+[^"“”,:\\n]{0,40})?[,:]?\\s*$`);

function directSpeaker(
  text: string,
  s: Sentence,
  q: QuoteRange,
  memory: SpeakerMemory,
  last: { speaker: string | null; paragraphEnd: number } | null,
): string | null {
  const [after = ""] = text.slice(q.close, Math.min(text.length, q.close + 160)).split("\n"); // split() gives at least one part
  // at(m, 1) for groups each pattern always captures.
  // '"…," according to union leader Ana Ruiz.'
  const according = /^[\s,]*according\s+to\s+([^,.;:"“”\n]{2,80})/i.exec(after);
  if (according) return resolveSpeaker(subjectBefore(at(according, 1)), memory, text, q.open);
  const inverted = SPEECH_AFTER.exec(after);
  if (inverted) return resolveSpeaker(subjectAfter(at(inverted, 1)), memory, text, q.open);
  // 'A spokesperson added: "We have frozen rents." Ana Lima said …': a full quoted sentence its
  // own sentence introduces with a colon is that speaker's; the next sentence's subject is not.
  if (/[.!?]$/.test(text.slice(q.u16Start, q.u16End)) && /^\s+\p{Lu}/u.test(after)) {
    const intro = text.slice(Math.max(s.start, q.open - 200), q.open);
    const lead = /:\s*$/.test(intro) ? NP_VERB_BEFORE.exec(intro) : null;
    const leader = lead ? subjectBefore(at(lead, 1)) : null;
    if (leader) return resolveSpeaker(leader, memory, text, q.open);
  }
  const following = NP_THEN_VERB.exec(after);
  // '"…", but warned that …': a coordinated verb, whose subject is the one before the quotation.
  if (following && words(at(following, 1)) <= 9 && !/^\s*(?:but|and|or|yet|then)\b/i.test(at(following, 1)))
    return resolveSpeaker(subjectBefore(at(following, 1)), memory, text, q.open);
  const before = text.slice(Math.max(s.start, q.open - 200), q.open);
  const leading = NP_VERB_BEFORE.exec(before);
  // "He called the ruling “…” and said his supporters would “…”": a second verb after "and"
  // has no subject of its own; the sentence's subject (below) speaks.
  const leader = leading ? subjectBefore(at(leading, 1)) : null;
  if (leading && (leader || !/\b(?:and|but)\s*$/i.test(at(leading, 1)))) return resolveSpeaker(leader, memory, text, q.open);
  // A quoted phrase inside someone's reported words ("X denied it and called the vote “a
  // coup”"): that someone, even after another speaker's quotation in the paragraph.
  // "for what she called “…”": a verb of naming introduces the words too.
  const verb = new RegExp(`^(.*?)\\b(?:${SPEECH_VERBS}|${BELIEF_VERBS}|expressed|called|described|voiced|dubbed|termed)\\b`).exec(
    text.slice(s.start, q.open),
  );
  const reporter = verb ? subjectBefore(at(verb, 1)) : null;
  if (reporter) return resolveSpeaker(reporter, memory, text, q.open);
  // "a photo posted by volunteer Ann Lee, captioned “…”": the agent who wrote or posted the words.
  const agent = AGENT_BEFORE.exec(text.slice(s.start, q.open));
  if (agent) {
    const name = subjectBefore(at(agent, 1));
    if (name) return resolveSpeaker(name, memory, text, q.open);
  }
  // A quotation that continues a speaker's earlier one in the same paragraph.
  if (last && q.open < last.paragraphEnd) return last.speaker;
  if (verb) return resolveSpeaker(null, memory, text, q.open);
  const subject = sentenceSubject(text.slice(s.start, q.open));
  if (subject) return resolveSpeaker(subject, memory, text, q.open);
  const name = firstName(text.slice(s.start, q.open));
  return name ? resolveSpeaker(name, memory, text, q.open) : null;
}

/** A participle of writing or posting with its agent ("posted by X", "written by X"), the last in the text before a quotation. */
const AGENT_BEFORE =
  /\b(?:posted|written|tweeted|shared|published|signed|sent|issued|released|uploaded|penned|authored|captioned)\s+by\s+([^,;:"“”(]{2,80}?)\s*(?:,[^,"“”]*)?$/u;

/**
 * A quotation with no one named in its own sentence: the speaker of a quotation just before it
 * (a quote paragraph goes on from the one before), else the subject of the sentence before it
 * in the same paragraph ("Ruiz was defiant. “We will not give up.”"), else the one who says
 * something in the next sentence of the paragraph ("“We will not give up.” Ruiz said …").
 */
function neighbourSpeaker(
  text: string,
  sentences: readonly Sentence[],
  si: number,
  q: QuoteRange,
  memory: SpeakerMemory,
  last: { speaker: string | null; paragraphEnd: number } | null,
): string | null {
  const paragraphStart = text.lastIndexOf("\n", q.open) + 1;
  const opensParagraph = /^\s*$/.test(text.slice(paragraphStart, q.open));
  // The quote paragraph right after the one that held the last quotation.
  if (last?.speaker && opensParagraph && /^\n\s*$/.test(text.slice(last.paragraphEnd, paragraphStart))) return last.speaker;
  const prev = sentences[si - 1];
  if (prev && prev.end > paragraphStart && !/["“”]/.test(prev.text)) {
    // Only a person (or one who spoke before): "Prices rose. “This is bad.”" is no one's.
    const subject = sentenceSubject(prev.text);
    if (subject && (/^(?:he|she)$/i.test(subject) || /^\p{Lu}/u.test(subject))) {
      const named = [...memory.named];
      const resolved = resolveSpeaker(subject, { named }, text, q.open);
      // "Kořínek, wearing a grey tracksuit, spoke only once. “…”": a surname of a person named before.
      const who = resolved && !isPersonName(resolved) ? (fullNameInText(text, resolved, prev.start) ?? resolved) : resolved;
      if (who && (isPersonName(who) || memory.named.includes(who))) {
        memory.named.push(who);
        return who;
      }
    }
  }
  const next = sentences[si + 1];
  const paragraphEnd = text.indexOf("\n", q.close);
  if (next && (paragraphEnd < 0 || next.start < paragraphEnd) && next.start >= q.close) {
    const says = new RegExp(`^([^"“”,;:]{1,60}?)\\s+(?:${SPEECH_VERBS})\\b`).exec(next.text);
    const subject = says ? subjectBefore(at(says, 1)) : null;
    if (subject) return resolveSpeaker(subject, memory, text, q.open);
  }
  return null;
}

/** "The firm told staff ‘you are safe’": the one the outer speaker quotes, else the outer speaker. */
function nestedSpeaker(
  text: string,
  q: QuoteRange,
  direct: readonly QuoteRange[],
  memory: SpeakerMemory,
  quotes: readonly RawHit[],
): string | null {
  const outer = direct.find((o) => !o.nested && o.open < q.open && q.close <= o.close);
  const outerSpeaker = outer ? (quotes.find((h) => h.u16Start === outer.u16Start)?.attributes.speaker as string | undefined) : undefined;
  if (outer) {
    // Only the quoted sentence the inner quotation stands in: "… next year. One dealer told me, ‘…’".
    const whole = text.slice(outer.u16Start, q.open);
    const left = whole.slice(lastSentenceStart(whole));
    // "One witness heard him shouting, ‘…’": the one heard saying it, not the witness nor the
    // outer speaker; a pronoun is the last other person named.
    const heard =
      /\b(?:heard|saw|watched|recorded|filmed|overheard)\s+(him|her|them|\p{Lu}[\p{L}\p{M}’'-]+(?:\s+\p{Lu}[\p{L}\p{M}’'-]+)*)\s+(?:shouting|saying|yelling|screaming|chanting|telling|asking|crying|shout|say|yell|scream|tell|ask)\b[^.!?]*$/u.exec(
        left,
      );
    if (heard) {
      const who = at(heard, 1);
      if (!/^(?:him|her|them)$/.test(who)) return resolveSpeaker(who, memory, text, q.open);
      const other = otherPersonInText(text, outer.u16Start, outerSpeaker ?? null);
      if (other) return other;
    }
    // "A marshal was yelling, ‘…’": a verb of how words are said introduces them too.
    const verb = new RegExp(`^(.*?)\\b(?:${SPEECH_VERBS}|${PARTICIPLES}|${MANNER_OF_SPEAKING}|called|calls|telling)\\b[^.!?]*$`, "s").exec(
      left,
    );
    // "The chairman came by and said, ‘…’": a second verb of the clause shares its subject.
    const subject = verb
      ? (subjectBefore(at(verb, 1).replace(/\b(?:is|are|was|were|kept|started|began)\s*$/i, "")) ??
        (/\b(?:and|but)\s*$/.test(at(verb, 1)) ? sentenceSubject(at(verb, 1)) : null))
      : null;
    if (subject && !/^(?:i|we|you)$/i.test(subject)) return resolveSpeaker(subject, memory, text, q.open);
  }
  return outerSpeaker ?? null;
}

/** Where the last sentence of `s` starts: after a sentence-ending mark and a space before a capital. */
function lastSentenceStart(s: string): number {
  let from = 0;
  for (const m of s.matchAll(/[.!?]["”’)]*\s+(?=["“‘']?\p{Lu})/gu)) from = m.index + m[0].length;
  return from;
}

/** The subject of a sentence: what stands before its first finite verb, a dateline and a short opening adverbial left out. */
function sentenceSubject(left: string): string | null {
  let s = left.slice(DATELINE.exec(left)?.[0].length ?? 0);
  const opener = /^[^,"“”]{1,40},\s+/.exec(s);
  if (opener && !FINITE_VERB.test(` ${opener[0]}`)) {
    const rest = s.slice(opener[0].length);
    const name = opener[0].replace(/,\s+$/, "");
    // "Kořínek, wearing a grey tracksuit, spoke …": a name set off by an appositive or participle is the subject.
    if (
      /^\p{Ll}/u.test(rest) &&
      /^[^,"“”]{1,60},\s/.test(rest) &&
      /^\p{Lu}[\p{L}\p{M}’'-]+(?:\s+\p{Lu}[\p{L}\p{M}’'-]+)*$/u.test(name) &&
      // "On Instagram, the union posted …": a phrase a preposition opens is an adverbial.
      !/^(?:On|In|At|By|For|From|With|After|Before|During|Since|Under|Over|Via|Through|Across|Inside|Outside)\s/.test(name) &&
      !/^(?:Yesterday|Today|Meanwhile|However|Instead|Still|Separately|Earlier|Later|Now|Then|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(
        name,
      )
    )
      return subjectBefore(name);
    s = rest;
  }
  const verb = FINITE_VERB.exec(s) ?? PRESENT_VERB.exec(s);
  // After an opening adverbial the subject may be a description: "On Instagram, the union posted …".
  if (!verb || !(/^\p{Lu}/u.test(s) || (s !== left && /^(?:the|a|an|its|their|his|her)\s/.test(s)))) return null;
  const np = s.slice(0, verb.index);
  return /["“”]/.test(np) || words(np) > 8 ? null : subjectBefore(np);
}

interface Reported {
  subject: string | null;
  piece: Piece;
  speech: boolean;
  denial: boolean;
  /** Words around the verb that carry a hedge ("is expected to"): they count for the claim. */
  verbContext: string;
}

/** Complements of reporting verbs in one sentence (outside direct quotations). */
function reportedPieces(text: string, s: Sentence, inQuote: (pos: number) => boolean, direct: readonly QuoteRange[]): Reported[] {
  const out: Reported[] = [];
  const according = ACCORDING.exec(s.text);
  if (according) {
    const piece = trimPiece(text, { start: s.start + according[0].length, end: s.end });
    if (words(text.slice(piece.start, piece.end)) >= 3)
      out.push({
        subject: accordingTo(at(according, 1)),
        piece,
        speech: false,
        denial: false,
        verbContext: "",
      });
    return out;
  }
  VERB_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const found: { verb: string; at: number; end: number }[] = [];
  while ((m = VERB_RE.exec(s.text)))
    if (!inQuote(s.start + m.index)) found.push({ verb: at(m, 1), at: m.index, end: m.index + m[0].length });
  for (const [i, f] of found.entries()) {
    const participle = new RegExp(`^(?:${PARTICIPLES})$`).test(f.verb);
    // "were expected to", "is believed to": a hedge in the outlet's voice, not someone's report.
    if (
      /^(?:expected|believed|thought|considered|seen|viewed)$/.test(f.verb) &&
      /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/u.test(s.text.slice(0, f.at))
    )
      continue;
    // "declined to say how many", "would not say whether": a refusal to speak reports nothing.
    if (REFUSED_BEFORE.test(s.text.slice(Math.max(0, f.at - 24), f.at))) continue;
    const speech = participle || new RegExp(`^(?:${SPEECH_VERBS})$`).test(f.verb);
    let rest = s.text.slice(f.end);
    let skip = TIME_AFTER_VERB.exec(rest)?.[0].length ?? 0;
    if (/^(?:told|tells|telling)$/.test(f.verb)) {
      // "told the Storting's finance committee last Thursday that", "told farmers' leaders last
      // Tuesday that", "told the legislative council in Nagpur last month that": whatever stands
      // between "told" and "that", in one clause, is the hearer and where or when it was told.
      const toThat = TOLD_THEN_THAT.exec(rest.slice(skip));
      const obj = toThat ? null : TOLD_OBJECT.exec(rest.slice(skip));
      if (!toThat && !obj) continue;
      skip += toThat ? toThat[0].length - at(toThat, 1).length - 1 : (obj?.[0].length ?? 0);
      if (!toThat) skip += TIME_AFTER_VERB.exec(rest.slice(skip))?.[0].length ?? 0;
    }
    // "said in a note to clients that …", "wrote on its website that …": a short phrase of
    // where or how, then "that" opens the report.
    const placeThen = PLACE_THEN_THAT.exec(rest.slice(skip));
    if (placeThen) skip += placeThen[0].length - (placeThen[1]?.length ?? 0);
    rest = rest.slice(skip);
    const that = /^,?\s+(?:(?:however|though),?\s+)?that\b/.exec(rest);
    const lead = that ? that[0].length : (/^\s+/.exec(rest)?.[0].length ?? 0);
    const compStart = f.end + skip + lead;
    if (/^[\s,:]*["“]/.test(s.text.slice(compStart)) || /^\s*[.,;:!?]?\s*$/.test(s.text.slice(compStart))) {
      // "…, X said." : the clause before the verb is the report.
      const inverted = invertedPiece(s, f.at);
      if (inverted && !inQuote(s.start + inverted.start)) {
        // Sentence-final attribution (", officials said.") makes an attributed claim, not an
        // indirect quote: the reported words come before the speaker is known.
        out.push({
          subject: inverted.subject,
          piece: trimPiece(text, { start: s.start + inverted.start, end: s.start + inverted.end }),
          speech: false,
          denial: DENIAL_VERB.test(f.verb),
          verbContext: "",
        });
      }
      continue;
    }
    // "The penalty appears to mark a shift …, said Chiamaka Eze, a partner at …": a verb of saying
    // after a comma, followed only by its speaker (and an apposition) to the sentence end, is a
    // sentence-final attribution: the clause before is the report, an attributed claim.
    const inverseNamed = speech && !participle && !that ? SPEAKER_TO_END.exec(s.text.slice(f.end)) : null;
    if (inverseNamed && /,\s*$/.test(s.text.slice(0, f.at))) {
      const inverted = invertedPiece(s, f.at, true);
      const who = subjectAfter(at(inverseNamed, 1));
      if (inverted && who && !inQuote(s.start + inverted.start)) {
        out.push({
          subject: who,
          piece: trimPiece(text, { start: s.start + inverted.start, end: s.start + inverted.end }),
          speech: false,
          denial: false,
          verbContext: "",
        });
        continue;
      }
    }
    // '"…," the mayor told reporters outside city hall': the verb attributes the quotation
    // before it; what follows is where or when, unless "that" opens a report.
    if (!that && attributesQuoteBefore(text, s.start, s.start + f.at, direct)) continue;
    // The complement runs to the sentence end, or to ", and argued that …" (a second report).
    // The first later verb that opens a new report ends the complement; a verb inside it
    // ("said the marathon had added pressure, but he denied …") does not.
    let compEnd = s.text.length;
    for (const next of found.slice(i + 1)) {
      const between = s.text.slice(compStart, next.at);
      // ", and Zentro said …": the next verb has its own subject after the conjunction.
      // ", although he cautioned that …": a concessive clause is a second report too.
      // ", and that it expected …" is a second clause of the same verb, not a new report.
      const joint = /,?\s+(?:and|but)\s+$|,\s*$|,\s+(?:and|but|while|although|though|whereas)\s+(?!that\b)(?=[^,"“”]{1,60}$)/.exec(between);
      if (joint) {
        compEnd = compStart + joint.index;
        break;
      }
    }
    const piece = trimPiece(text, { start: s.start + compStart, end: s.start + compEnd });
    const body = text.slice(piece.start, piece.end);
    if (words(body) < 3 || (!that && !FINITE.test(body) && !CLAUSE_START.test(body) && !/\bto\b/.test(body))) continue;
    // "complained of failed withdrawals", "warned about delays": a preposition opens a noun phrase, not a reported clause.
    // "said about 85,000 spectators lined …": "about" before a number approximates it.
    if (
      !that &&
      /^(?:of\b|(?:about|over)\s+(?![\d$€£¥₹₦]|(?:a|an|half|one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|hundreds|thousands|millions)\b))/i.test(
        body,
      )
    )
      continue;
    // "announced a recall of 400,000 heaters sold …", "reported sales of $3 million": with no
    // "that", a report is a clause, and its verb comes within its first few words.
    // Verbs that also take a plain object ("announced a recall", "confirmed the deal") need an
    // auxiliary early on to be reporting a clause.
    // "said a second trial, with 9,000 patients in 14 countries, would begin": a phrase set off
    // by commas after the subject does not push its verb out of the opening.
    const opening = body
      .replace(
        /^([^,;"“”]{1,40}),\s(?:with|including|from|in|at|of|for|who|which|like|among|each|both|all|aged)\b(?:[^,;"“”]|,\d)+?,(?=\s)/,
        "$1",
      )
      .split(/\s+/)
      .slice(0, 8)
      .join(" ");
    if (!that && (!CLAUSE_START.test(opening) || (OBJECT_VERBS.test(f.verb) && !AUXILIARY.test(opening)))) continue;
    const left = s.text.slice(0, f.at);
    const quotedAs = /\b(?:is|are|was|were)\s+quoted\s+as\s*$/i.test(left);
    const subject =
      participle && !quotedAs
        ? // "BRASÍLIA, June 17 (Wire) - Brazil's central bank cut …, saying …", "It rejected
          // suggestions …, saying …": the participle's subject is its sentence's, not a dateline
          // nor the first capitalised word.
          (out[out.length - 1]?.subject ?? sentenceSubject(left) ?? firstName(left.slice(DATELINE.exec(left)?.[0].length ?? 0)))
        : (subjectBefore(left.replace(/\b(?:has|have|had|is|are|was|were|also)\s*$/i, "")) ??
          // "X said A, and argued that B": a coordinated verb shares the subject of the one before.
          (/\b(?:and|but)\s*$/i.test(left) ? (out[out.length - 1]?.subject ?? sentenceSubject(left)) : null));
    // "an inspection between March and May had found …": a month or weekday before the verb is a date, not who reports.
    if (!subject || CALENDAR_SUBJECT.test(subject)) continue;
    const verbContext = s.text.slice(Math.max(0, f.at - 20), f.end);
    // "said that A, and that B", "said A, but that B": one report, the verb's one complement.
    out.push({
      subject,
      piece,
      speech: speech && Boolean(that || !/^(?:to|as)\b/.test(body)),
      denial: DENIAL_VERB.test(f.verb),
      verbContext,
    });
    if (found.slice(i + 1).every((g) => g.at < compEnd)) break;
    while (found[i + 1] && at(found, i + 1).at < compEnd) found.splice(i + 1, 1);
  }
  if (out.length === 0) {
    const trailing = TRAILING_ACCORDING.exec(s.text);
    if (trailing) {
      const dateline = DATELINE.exec(s.text)?.[0].length ?? 0;
      const piece = trimPiece(text, { start: s.start + dateline, end: s.start + trailing.index });
      if (words(text.slice(piece.start, piece.end)) >= 3)
        out.push({
          subject: accordingTo(at(trailing, 1)),
          piece,
          speech: false,
          denial: false,
          verbContext: "",
        });
      return out;
    }
  }
  return out;
}

/**
 * Who a claim is "according to": "the agency" → "agency"; a document and its author ("an audit
 * by the European Court of Auditors published last year", "data from the ministry") → the author.
 */
function accordingTo(np: string): string {
  const s = np.trim();
  const author =
    /^(?:an?|the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:report|study|survey|audit|analysis|review|estimate|estimates|data|figures|statement|poll|count|tally|assessment|investigation|filing|document|letter|records?)\s+(?:by|from|of)\s+(?:the\s+)?(\p{Lu}[^,;]*?)(?:\s+(?:published|released|issued|seen|obtained|conducted|carried|cited|made)\b.*)?$/u.exec(
      s,
    );
  if (author) return at(author, 1);
  // "agency figures", "police data": the one whose figures they are, a description resolved like a subject.
  const owner = /^(?:the\s+)?((?:\p{Ll}+\s+){0,1}\p{Ll}+)\s+(?:figures|data|estimates|statistics|records|numbers|tallies)$/u.exec(s);
  if (owner) return `the ${at(owner, 1)}`;
  return s.replace(/^the\s+/i, "");
}

/**
 * A quotation closes shortly before `pos` in the same clause: `"…," the mayor said`. Not when a
 * conjunction follows it (`He called the ruling “a coup” and said his supporters …`): the verb
 * is a second verb of the subject, and its complement is a report of its own.
 */
function attributesQuoteBefore(text: string, sentenceStart: number, pos: number, direct: readonly QuoteRange[]): boolean {
  return direct.some(
    (q) =>
      !q.nested &&
      q.close <= pos &&
      // "“… alone.” Oosterhuis said payments …": a quotation that ended the sentence before is not this verb's.
      q.close >= sentenceStart &&
      pos - q.close <= 120 &&
      !/[.!?;"“”\n]/.test(text.slice(q.close, pos)) &&
      // "had “got the basics wrong” in 2024 but said …": a verb after a conjunction is a second verb of the subject.
      !/^[,]?\s*(?:and|but)\s/.test(text.slice(q.close, pos)) &&
      !/\b(?:and|but)\s*$/.test(text.slice(q.close, pos)),
  );
}

/**
 * "said Chiamaka Eze, a partner at the Abuja law firm Eze & Balogun.": after the verb, a capitalised
 * name, then at most an apposition, to the end of the sentence (no second clause, no quotation).
 */
const SPEAKER_TO_END =
  /^\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}(?:,\s+(?:an?|the|its|their|his|her)\s[^"“”;:]{0,100}?)?)[.!]?\s*$/u;

/** "The U.S. sees a problem, a diplomatic source said." → the clause and its speaker. */
function invertedPiece(s: Sentence, verbAt: number, verbFirst = false): { start: number; end: number; subject: string | null } | null {
  const left = s.text.slice(0, verbAt);
  const comma = left.lastIndexOf(",");
  if (comma < 0) return null;
  const np = left.slice(comma + 1).trim();
  if ((!np && !verbFirst) || np.split(/\s+/).length > 8) return null;
  const clause = left.slice(0, comma);
  if (clause.split(/\s+/).length < 4 || /["“”]/.test(np)) return null;
  const dateline = DATELINE.exec(clause)?.[0].length ?? 0;
  return { start: dateline, end: comma, subject: subjectBefore(np) };
}

/**
 * An unattributed declarative sentence: the outlet's own claims (dateline, lead-ins and a
 * leading adverbial trimmed), one per clause a semicolon ends.
 */
function outletClaims(text: string, s: Sentence): Piece[] {
  if (!/[.!]["”’)]?$/.test(s.text) || s.text.endsWith("?") || PROMOTION.test(s.text)) return [];
  let start = s.start;
  const dateline = DATELINE.exec(s.text);
  if (dateline) start += dateline[0].length;
  const out: Piece[] = [];
  const parts = text.slice(start, s.end).split(/(?<=;)\s+/);
  let cursor = start;
  for (const part of parts) {
    const partStart = cursor;
    cursor += part.length + (/\s+/.exec(text.slice(cursor + part.length))?.[0].length ?? 0);
    let from = partStart;
    const lead = LEAD_MARKERS.exec(text.slice(from, partStart + part.length));
    if (lead) from += lead[0].length;
    const adverbial = LEADING_ADVERBIAL.exec(text.slice(from, partStart + part.length));
    if (adverbial && words(text.slice(from + adverbial[0].length, partStart + part.length)) >= 5) from += adverbial[0].length;
    let end = partStart + part.length;
    const trailing = TRAILING_AFTER.exec(text.slice(from, end).replace(/[.!;]["”’)]?$/, ""));
    if (trailing) end = from + trailing.index;
    const body = text.slice(from, end);
    // Five words or more ("Prosecutors had sought 20 years."); the first clause opens with a
    // capital, a clause after a semicolon may not ("…; a landslide …").
    if (words(body) < 5 || !FINITE.test(body)) continue;
    if (partStart === start && !/^\p{Lu}/u.test(text.slice(partStart, partStart + part.length))) continue;
    out.push(trimPiece(text, { start: from, end }));
  }
  return out;
}

const NOT_NAMES =
  /^(?:The|A|An|In|On|At|By|For|From|But|And|As|If|It|Its|This|That|These|Those|Meanwhile|However|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** The first run of capitalised words in `s` that is not a sentence opener, month or weekday. */
function firstName(s: string): string | null {
  const re = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const words = m[0].split(/\s+/).filter((w) => !NOT_NAMES.test(w.replace(/[’']s$/, "")));
    if (words.length) return words.join(" ").replace(/[’']s$/, "");
  }
  return null;
}
