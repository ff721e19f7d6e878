// Who says something: the noun phrase before (or after) a reporting verb, cleaned the way an
// annotator writes a speaker or holder. Titles go ("Mayor Denise Alvarado" → "Denise
// Alvarado"), an appositive name wins over its description ("The government's chief
// spokesman, Yoshimasa Hayashi," → "Yoshimasa Hayashi"; "Takahide Kiuchi, an economist at
// …," → "Takahide Kiuchi"), a role before a name goes ("union president Ana Ruiz",
// "the firm's rival Zentro" → the name), a parenthetical gloss is dropped, a surname alone
// takes the full name used earlier in the text (family-name-first names too: "Park" →
// "Park Ji-woo"), a definite description ("the union", "the central bank") takes the
// organisation named before it, he/she take the last person named, it the last organisation.
// Pure.
import { at } from "../at";
import { DATELINE } from "./claim-grammar";

/** Verbs that report speech or writing (their complement is a quote and a claim). */
export const SPEECH_VERBS =
  "said|says|say|told|tells|added|adds|argued|argues|warned|warns|stated|claimed|maintained|maintains|insisted|insists|noted|explained|explains|announced|announces|stressed|emphasized|wrote|writes|reported|declared|asserted|acknowledged|admitted|confirmed|confirms|predicted|cautioned|complained|conceded|countered|replied|responded|suggested|urged";
/** Verbs of belief, denial, finding or inference (their complement is a claim, not a quote). */
// Forms that are also common nouns ("claims", "views", "reports", "fears") are left out.
export const BELIEF_VERBS =
  "believes|believe|believed|thinks|think|thought|expects|expect|expected|estimated|estimates|feared|hoped|saw|sees|considers|considered|viewed|denied|denies|deny|rejected|dismissed|" +
  // Verbs of finding or inference: "the board found that …", "the figures showed".
  "found|concluded|concludes|showed|shows|suggest|suggests";

const TITLES = new Set(
  (
    "mr mr. mrs mrs. ms ms. dr dr. prof prof. sen sen. rep rep. gov gov. gen gen. president vice prime minister ministers secretary " +
    "state foreign defense defence finance trade chief deputy governor mayor council member councilman councilwoman councillor councilor " +
    "spokesman spokeswoman spokesperson chairman chairwoman chair ceo director ambassador senator representative lawmaker judge justice " +
    "premier chancellor king queen u.s. us uk u.k. eu executive economist analyst official officials cabinet national security adviser advisor commissioner " +
    "officer nurse doctor professor lawyer attorney forecaster resident spokesperson " +
    // Military and police ranks, and the descriptions news puts before a name ("Survivor Maria Santos").
    "admiral rear general major colonel captain lieutenant commander sergeant corporal brigadier marshal commodore inspector " +
    "superintendent constable detective survivor witness passenger farmer teacher student activist protester vendor " +
    "shopkeeper fisherman worker miner pilot veteran voter victim volunteer researcher scientist engineer " +
    // Roles in court and sport that news puts before a name ("Prosecutor Lenka Svobodová", "midfielder Tomáš Kořínek").
    "prosecutor defendant plaintiff magistrate coach manager midfielder striker forward defender goalkeeper winger captain " +
    "referee player footballer cardiologist surgeon physician cardinal bishop archbishop pastor rabbi imam"
  ).split(" "),
);
const PRONOUNS = /^(?:he|she|they|we|i|it)$/i;
/** Head nouns of organisations: a name with one is not a person's. */
const ORG_WORDS =
  /^(?:agency|association|authority|bank|board|bureau|cabinet|centre|center|chamber|co\.?|commission|committee|company|confederation|congress|corp\.?|corporation|council|court|department|federation|fédération|fund|government|group|inc\.?|institute|league|llc|ltd\.?|ministry|office|organisation|organization|parliament|party|plc|police|service|society|syndicate|tribunal|union|university|administration|foundation|network|press|news|media|labs?|laboratories|motors|airlines?|holdings|systems|industries|partners|technologies|guild|club|team|firm|regulator|watchdog|insurer|lender|carrier|operator|utility|charity|coalition|alliance|jury|assembly|senate|mission|embassy|consortium|trust|hospital|college|academy|school|museum|secretariat|directorate|inspectorate|observatory|railway|railways|railroad|airways|lines|shipping)$/i;
/**
 * Kinds of organisation that "the <kind>" refers back to even when the name lacks the word
 * ("Volta Motors … the company"). Institutions that need no antecedent ("the government", "the
 * police", "the court") are not among them.
 */
const ANAPHORIC_KINDS =
  /^(?:company|firm|group|club|team|union|carrier|airline|lender|insurer|operator|utility|charity|maker|manufacturer|retailer|business|startup|organisation|organization|association|federation|network|league|bank|fund|foundation|coalition|alliance|party|society|guild|syndicate|confederation|developer|producer|supplier|regulator|watchdog)$/i;
/** Head nouns of a description and the words that name such an organisation: "the union" → "… Federation". */
const KIND_WORDS: Record<string, RegExp> = {
  union: /^(?:union|federation|fédération|confederation|syndicate|guild|association|congress)$/i,
  company: /^(?:inc\.?|corp\.?|corporation|ltd\.?|llc|plc|co\.?|company|group|holdings|gmbh|ag|sa)$/i,
  firm: /^(?:inc\.?|corp\.?|corporation|ltd\.?|llc|plc|co\.?|company|group|holdings|gmbh|ag|sa|partners)$/i,
};
/** Function words that may stand before a name without being a role ("officials in Tokyo"). */
const FUNCTION_WORDS =
  /^(?:a|an|the|of|in|on|at|for|from|with|by|to|and|or|but|as|than|that|this|these|those|its|their|his|her|our|my|your|which|who|whom|whose|some|many|several|other|both|all|each|every|no)$/i;
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|de|da|van|von|der|al|bin|la|le|du)$/u;

export interface SpeakerMemory {
  /** Speakers named so far in the document, in order. */
  named: string[];
}

function tokens(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

function isProperName(s: string): boolean {
  const t = tokens(s.replace(/^the\s+/i, ""));
  const [first] = t;
  return first !== undefined && t.every((w) => NAME_TOKEN.test(w)) && /^\p{Lu}/u.test(first);
}

/** Drop leading titles while at least two words of name remain. */
function stripTitles(np: string): string {
  let t = tokens(np);
  // "Department Spokesperson Ana Ruiz", "Mr Justice Li Wen-hao": everything up to the last
  // title goes when what is left is a person's name (two capitalised words, no organisation word).
  const last = t.findLastIndex((w) => TITLES.has(w.toLowerCase()));
  const rest = t.slice(last + 1);
  if (last >= 1 && rest.length >= 2 && isPersonName(rest.join(" "))) t = rest;
  // "Officials at the agency": a title before a function word is the description itself, not a title of a name.
  while (t.length > 2 && TITLES.has(at(t, 0).toLowerCase()) && !FUNCTION_WORDS.test(at(t, 1))) t.shift();
  if (t.length === 2 && TITLES.has(at(t, 0).toLowerCase()) && /^\p{Lu}/u.test(at(t, 1)) && !TITLES.has(at(t, 1).toLowerCase())) t.shift();
  return withoutAffiliation(t.join(" "));
}

/** "Lars Holm of Uppsala University", "Ana Ruiz at the Bank of Spain": the person, without where they work. */
function withoutAffiliation(name: string): string {
  const m = /^(.+?)\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}/u.exec(name);
  const person = m?.[1];
  return person && isPersonName(person) && tokens(person).every((w) => /^\p{Lu}/u.test(w)) ? person : name;
}

/** The last noun phrase of `left` (text before a reporting verb), or null. */
export function subjectBefore(left: string): string | null {
  // A parenthetical gloss ("Lin Wei (林偉)", "the agency (EPA)") says nothing about who speaks.
  // A comma between digits ("2,600 of the victims") groups thousands; it does not end a phrase.
  // An age ("Ana Ruiz, 45, a nurse,") is no part of who speaks.
  // "LONDON (Wire) - Acme Corp said": a dateline is where and when, not who.
  let s = left
    .replace(DATELINE, "")
    .replace(/\s*\([^()]*\)/g, "")
    .replace(/\s+$/, "")
    // ("€40,000," is an amount: a digit before the comma groups thousands, it sets off no age).
    .replace(/(?<!\d),\s*\d{1,3},?$/, "")
    .replace(/(?<!\d),\s*\d{1,3}\s*,/g, ",")
    .replace(/(?<=\d),(?=\d{3}\b)/g, DIGIT_COMMA);
  // Adverbs and times between subject and verb: "Kang also", "Pompeo on Wednesday", "has".
  s = s.replace(
    /(?:\s+(?:also|has|have|had|previously|repeatedly|reportedly|separately|earlier|later|recently|again|then|once|today|yesterday|tonight|(?:was|were|is|are)\s+quoted\s+as|(?:on|last)\s+\p{Lu}\p{Ll}+|on\s+\p{Lu}\p{Ll}+\s+\d+))+$/u,
    "",
  );
  let appositive: string | null = null;
  const appo = /,\s*([^,]+?),?\s*$/.exec(s);
  if (appo && s.trimEnd().endsWith(",")) {
    appositive = at(appo, 1).trim(); // group 1 is not optional
    s = s.slice(0, appo.index);
  }
  // A subordinate clause opens a new subject: "…, although he cautioned", "…, if she said".
  const pieces = s.split(
    /,|;|:|—|--|\(|\)|["“”]|\bthat\b|\bwhat\b|\band\b|\bbut\b|\bwhile\b|\bwhere\b|\bwhen\b|\bafter\b|\bbecause\b|\b(?:[Aa]lthough|[Tt]hough|[Ww]hereas|[Uu]nless|[Ii]f|[Oo]nce|[Uu]ntil)\b/,
  );
  const restore = (x: string) => x.replaceAll(DIGIT_COMMA, ",");
  let head = restore(
    (pieces[pieces.length - 1] ?? "")
      // An emoji or a symbol before the words ("👍🏽 Acme Corp") is no part of a name.
      .replace(/^[^\p{L}\p{N}]+/u, "")
      .trim()
      .replace(
        /^(?:(?:but|and|however|meanwhile|still|yet|so|later|earlier|separately|then|now|again|instead|likewise|similarly|also)\s+)+/i,
        "",
      ),
  );
  if (appositive) appositive = restore(appositive);
  // "The report, published by the World Bank on Monday,": a document set off with its author speaks for that author.
  const author = appositive && DOCUMENT_HEAD.test(head) ? AUTHORED_BY.exec(appositive) : null;
  if (author) return stripTitles(at(author, 1));
  // "Keighley's MP, Sarah Lindqvist,": a possessive description ("X's MP") is no name, though capitalised.
  if (appositive && isProperName(appositive) && (!isProperName(head) || (/[’']s\s/.test(head) && isPersonName(appositive))))
    head = appositive;
  if (!head || tokens(head).length > 9) return appositive && isProperName(appositive) ? stripTitles(appositive) : null;
  return stripTitles(dropRole(head));
}

const DIGIT_COMMA = "\u0001";
/** A document named by its kind: "the report", "a new study". */
const DOCUMENT_HEAD =
  /^(?:the|a|an|its|their)\s+(?:\p{Ll}+\s+)?(?:report|study|survey|analysis|review|statement|assessment|audit|paper|letter|filing|document)$/iu;
/** "published by the World Bank on Monday": the author of a document, without when. */
const AUTHORED_BY =
  /^(?:published|released|issued|written|prepared|commissioned|compiled|produced|conducted|led)\s+(?:last\s+\p{L}+\s+|on\s+\p{Lu}\p{Ll}+\s+)?by\s+(.+?)(?:\s+(?:on|in|last|this|earlier|late|early)\b.*)?$/u;

/**
 * "union president Ana Ruiz", "the firm's rival Zentro", "Kaito county chief Mori Ken": a
 * common noun (a role) right before a run of capitalised words marks that run as the name.
 * A function word before the run ("officials in Tokyo", "the Bank of Japan") does not.
 */
function dropRole(np: string): string {
  const t = tokens(np);
  let i = t.length;
  while (i > 0 && NAME_TOKEN.test(at(t, i - 1))) i--;
  while (i < t.length && !/^\p{Lu}/u.test(at(t, i))) i++; // a run starts with a capital
  if (i === 0 || i >= t.length) return np;
  const before = at(t, i - 1);
  if (!/^\p{Ll}[\p{L}\p{M}'’-]*$/u.test(before) || FUNCTION_WORDS.test(before) || NAME_TOKEN.test(before) || /ly$/.test(before)) return np;
  if (/^(?:des|di|del|della|do|dos|das|y|e|i)$/.test(before)) return np; // particles inside a name: "Fédération des …"
  return t.slice(i).join(" ");
}

/** The speaker after a reporting verb in inverted order: `said Jutta Paulus, the lawmaker …`. */
export function subjectAfter(right: string): string | null {
  // "said one, Maria Lopez, 71", "said the firm's founder, Ann Lee": the name after the description.
  // "said its general manager, Andrea Sotomayor", "said Acme's founder, Ann Lee": after a possessive too.
  const described =
    /^\s*((?:the|a|an|one|another|its|their|his|her|our)\b[^,.;"“”\n]{0,50}|\p{Lu}[\p{L}\p{M}'’.-]*[’']s\s[^,.;"“”\n]{0,50}),\s*(?=\p{Lu})/u.exec(
      right,
    );
  let rest = described ? right.slice(described[0].length) : right;
  // "warned chief economist Raj Patel", "said union leader Ana Ruiz": a role in lower case before
  // the name (no function word among it) is no part of it.
  const role = described ? null : /^\s*((?:\p{Ll}[\p{Ll}-]*\s+){1,3})(?=\p{Lu}[\p{L}\p{M}'’.-]*\s+\p{Lu})/u.exec(rest);
  if (role && !tokens(at(role, 1)).some((w) => FUNCTION_WORDS.test(w))) rest = rest.slice(role[0].length);
  const m = /^\s*((?:\p{Lu}[\p{L}\p{M}'’.-]*\s?)+)/u.exec(rest);
  // "said the Korean Medical Association in a statement", "said the Central Bank of Nigeria": a
  // name after "the" (its "of"/"for" parts kept), without the article.
  const theName = !described && !m ? THE_NAME_AFTER.exec(right) : null;
  if (theName) return at(theName, 1).trim();
  if (!m && /^\s*the\s/i.test(right)) {
    // "said the minister": a description, resolved like a subject.
    const d = /^\s*(the\s+(?:\p{Ll}+\s+)?\p{Ll}+)\b/u.exec(right);
    return d ? at(d, 1) : null;
  }
  if (!m) return null;
  // A period ends the name unless it marks an initial or an abbreviated title: "said Ana Lima. Farmers …".
  const name: string[] = [];
  for (const w of tokens(at(m, 1))) {
    if (w.endsWith(".") && !/^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Jr|Sr|St|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt)\.$/u.test(w)) {
      name.push(w.slice(0, -1));
      break;
    }
    name.push(w);
  }
  return stripTitles(name.join(" "));
}

const CAPITAL_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’&-]*`;
const THE_NAME_AFTER = new RegExp(
  String.raw`^\s*the\s+(${CAPITAL_WORD}(?:\s+${CAPITAL_WORD})*(?:\s+(?:of|for|on)\s+(?:the\s+)?${CAPITAL_WORD}(?:\s+${CAPITAL_WORD})*)*)`,
  "u",
);

const PERSON_ROLES =
  /^(?:coach|manager|minister|mayor|president|governor|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|author|researcher|scientist|judge|prosecutor|senator|lawmaker|premier|chancellor|secretary|director|chief|economist|analyst|founder|captain|striker|player|candidate|councillor|councilor|leader|lawyer|attorney|ambassador|commissioner|treasurer|official|doctor|professor|forecaster)$/;

/** "Finance Minister Aiko Mori", "Their coach, Mikel Arteta," "Ana Ruiz, the union's president": the last person with that role. */
function personWithRole(text: string, before: number, role: string): string | null {
  const found = peopleWithRole(text.slice(Math.max(0, before - 2000), before), role);
  return found[found.length - 1] ?? null;
}

/** The first person the text gives that role after `after` (within 2,000 characters): "our principal investigator said … The principal investigator, Lars Holm, …". */
function personWithRoleAfter(text: string, after: number, role: string): string | null {
  return peopleWithRole(text.slice(after, after + 2000), role)[0] ?? null;
}

/** People named with a role in `window`, in order: "Minister Aiko Mori", "the coach, Ines Duarte", "Ana Ruiz, the union's president". */
function peopleWithRole(window: string, role: string): string[] {
  // "minister" or "Minister", names stay capitalised; the words of a longer role may wrap.
  // ("Prime Minister Pedro Sánchez" for "the prime minister": every word of the role may be capitalised.)
  const r = role
    .split(/\s+/)
    .map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${escapeRe(w.slice(1))}`)
    .join("\\s+");
  const name = "((?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s){0,3}\\p{Lu}[\\p{L}\\p{M}'’-]+)";
  const patterns = [
    new RegExp(`\\b${r},?\\s+${name}`, "gu"),
    new RegExp(`${name},\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}${r}\\b`, "gu"),
  ];
  const hits: { at: number; name: string }[] = [];
  for (const re of patterns)
    for (const m of window.matchAll(re)) {
      const candidate = stripTitles(at(m, 1).trim());
      if (isPersonName(candidate)) hits.push({ at: m.index, name: candidate });
    }
  return hits.sort((a, b) => a.at - b.at).map((h) => h.name);
}

const ACRONYM_SKIP = /^(?:of|for|and|the|de|du|des|on|in)$/i;

/** The capitalised name before `before` whose initials spell `acronym` ("European Space Agency" for "ESA"). */
function expansionInText(text: string, acronym: string, before: number): string | null {
  let found: string | null = null;
  for (const m of text.slice(0, before).matchAll(CAPITALISED_RUN)) {
    const words = m[0]
      .replace(/^The\s+/, "")
      .replace(/[’']s$/, "")
      .split(/\s+/);
    // Any run of words in it: "The European Space Agency's Lyra probe" holds "European Space Agency".
    for (let i = 0; i < words.length; i++) {
      let initials = "";
      for (let j = i; j < words.length && initials.length <= acronym.length; j++) {
        const w = at(words, j).replace(/[’']s$/, "");
        if (!ACRONYM_SKIP.test(w)) initials += w.charAt(0).toUpperCase();
        if (initials === acronym && j > i && !ACRONYM_SKIP.test(w))
          found = words
            .slice(i, j + 1)
            .join(" ")
            .replace(/[’']s$/, "");
      }
    }
  }
  return found;
}

/** Two to four capitalised words (particles allowed), none of them an organisation word. */
export function isPersonName(name: string): boolean {
  const t = tokens(name);
  return (
    t.length >= 2 &&
    t.length <= 5 &&
    isProperName(name) &&
    !/^the\s/i.test(name) &&
    t.every((w) => !ORG_WORDS.test(w) && !ORG_WORDS.test(unaccented(w)) && !/^\p{Lu}{2,}$/u.test(w) && !/[’']s$/.test(w))
  );
}

/** A name that can be "it", "the company", "the union": capitalised, and not a person's. */
function isOrganisation(name: string): boolean {
  const t = tokens(name.replace(/^the\s+/i, ""));
  const [first = "", last = ""] = [t[0], t[t.length - 1]];
  return (
    /^\p{Lu}/u.test(first) &&
    /^\p{Lu}/u.test(last) &&
    t.length <= 6 &&
    !/\d/.test(name) &&
    !isPersonName(name) &&
    !/[’']s?$/.test(name) &&
    !t.some((w) => /^(?:at|in|from|with|by|on|to)$/.test(w)) // "Analysts at ING" is a group of people
  );
}

/** "The company, Southern Copper,", "Southern Copper, the miner,": the text calls the name an organisation. */
const describedCache = { text: "", answers: new Map<string, boolean>() };

function describedAsOrganisation(text: string, name: string): boolean {
  if (describedCache.text !== text) {
    describedCache.text = text;
    describedCache.answers.clear();
  }
  const known = describedCache.answers.get(name);
  if (known !== undefined) return known;
  const answer = describedAsOrganisationUncached(text, name);
  describedCache.answers.set(name, answer);
  return answer;
}

function describedAsOrganisationUncached(text: string, name: string): boolean {
  const kind = `(?:${ORG_WORDS.source.slice(4, -2)}|${ANAPHORIC_KINDS.source.slice(4, -2)}|miner|producer|maker|carmaker|insurer|lender|retailer|chain|broadcaster|publisher)`;
  const n = escapeRe(name);
  // "Prairie Northern Railway, which owns the line,": "which" is said of a thing, not a person.
  return new RegExp(
    `\\b(?:the|a|an|its)\\s+(?:\\p{Ll}+\\s+){0,2}${kind},?\\s+${n}\\b|\\b${n},\\s+(?:the|a|an)\\s+(?:\\p{Ll}+\\s+){0,3}${kind}\\b|\\b${n},\\s+which\\b`,
    "iu",
  ).test(text);
}

/** An organisation by its name: an organisation word, several words, or one word the text keeps coming back to. */
function isNamedOrganisation(name: string, text: string): boolean {
  const t = tokens(name);
  return t.length > 1 || t.some((w) => ORG_WORDS.test(w)) || text.split(name).length > 3;
}

/** Resolve pronouns and surnames against what the document named before; remember the result. */
export function resolveSpeaker(raw: string | null, memory: SpeakerMemory, text: string, before: number): string | null {
  const recent = [...memory.named].reverse();
  if (!raw) return recent[0] ?? null;
  let name = raw.trim().replace(/[,.;:]+$/, "");
  // "the network's annual report said", "Their model shows", "according to its budget office": a
  // document, or an office of an organisation, speaks for its owner, resolved as a speaker is.
  const owner = documentOwner(name);
  const resolved = owner ? resolveSpeaker(owner, memory, text, before) : null;
  if (resolved) return resolved;
  // "the bank said in a statement. “…,” the statement said": a statement, letter or post the
  // text has mentioned speaks for the one who issued it, the last speaker named.
  if (ISSUED_DOCUMENT.test(name)) {
    const issuer = recent.find((n) => !ISSUED_DOCUMENT.test(n));
    if (issuer) return issuer;
  }
  if (PRONOUNS.test(name)) {
    const w = name.toLowerCase();
    if (w === "he" || w === "she")
      return (
        paragraphSubject(text, before) ??
        sentenceSubjectBefore(text, before, isPersonName) ??
        recent.find(isPersonName) ??
        personInText(text, before) ??
        recent[0] ??
        null
      );
    if (w === "it")
      // Not a plural ("Residents" are "they"); with no one named yet, the organisation the text
      // named or described last ("The ministry issued a statement. … it said").
      // "The company, Southern Copper, said …; it added": a name the text calls an organisation
      // is one, though it reads like a person's; "Analysts at Credicorp" are "they".
      return (
        sentenceSubjectBefore(text, before, (n) => !isPersonName(n) && !/s$/.test(n)) ??
        recent.find((n) => (isOrganisation(n) || describedAsOrganisation(text, n)) && !/s$/.test(n)) ??
        recent.find((n) => !isPersonName(n) && !/s$/.test(n) && !/^\p{Lu}\p{Ll}+s\s/u.test(n)) ??
        recent[0] ??
        organisationInText(text, before) ??
        organisationDescribed(text, before)
      );
    // "About 3,000 farmers marched … “…!” they chanted": a group the sentence before opened with.
    if (w === "they") return groupSubjectBefore(text, before) ?? recent[0] ?? null;
    return recent[0] ?? null;
  }
  // "ESA" after "the European Space Agency": an acronym takes the full name it abbreviates.
  // "the 62-year-old": an age describes the last person named.
  if (/^the\s+(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old$/i.test(name)) {
    const person = recent.find(isPersonName) ?? personInText(text, before);
    if (person) return person;
  }
  const acronym = /^(?:[Tt]he\s+)?(\p{Lu}{2,6})$/u.exec(name);
  if (acronym) {
    const expanded = expansionInText(text, at(acronym, 1), before);
    // Two letters could be a person's initials; three or more are an organisation's.
    if (expanded && (at(acronym, 1).length >= 3 || !isPersonName(expanded))) name = expanded;
  }
  // "our principal investigator", "the flight director": the person the text names with that
  // role, before or (a role first, the name in a later paragraph) after.
  const described = /^(?:[Tt]he|[Oo]ur|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}+))$/u.exec(name);
  if (described && (PERSON_ROLES.test(at(described, 2)) || /(?:or|er|ist|ian|man|woman)$/.test(at(described, 2)))) {
    const person = personWithRole(text, before, at(described, 1)) ?? personWithRoleAfter(text, before, at(described, 1));
    if (person) {
      memory.named.push(person);
      return person;
    }
  }
  // "the coach", "the minister": the person the text named with that role.
  const role = /^[Tt]he\s+(\p{Ll}+)$/u.exec(name);
  if (role && PERSON_ROLES.test(at(role, 1))) {
    const person = personWithRole(text, before, at(role, 1)) ?? recent.find(isPersonName);
    if (person) {
      memory.named.push(person);
      return person;
    }
  }
  // "South Korea's heritage agency", "the transport ministry": a description of an organisation
  // by what it does is the organisation the text names with those words ("Korea Heritage
  // Service", "Ministry of Transport"), before or after.
  const modified = MODIFIED_ORGANISATION.exec(name);
  if (modified && ORG_WORDS.test(at(modified, 2))) {
    const named = organisationNamedWith(text, tokens(at(modified, 1)), before);
    if (named) {
      memory.named.push(named);
      return named;
    }
  }
  // "the union", "the company", "the central bank": the organisation named before with that
  // head noun, else (a bare head noun) the last organisation named.
  const description = /^[Tt]he\s+((\p{Ll}+)\s+)?(\p{Ll}+)$/u.exec(name);
  if (description) {
    const head = at(description, 3);
    const exact = new RegExp(`^${escapeRe(head)}$`, "i");
    const kind = KIND_WORDS[head] ?? exact;
    const withWord = (re: RegExp) =>
      recent.find(
        (n) => n.toLowerCase() !== name.toLowerCase() && !isPersonName(n) && tokens(n).some((w) => re.test(w) || re.test(unaccented(w))),
      );
    const antecedent =
      // A name with the head noun itself ("Unión Portuaria" for "the union", not the people
      // "Union leaders") before one with a word of its kind ("exporters' association Asoex").
      (kind !== exact ? (organisationOrNothing(withWord(exact)) ?? organisationInText(text, before, exact)) : undefined) ??
      withWord(kind) ??
      organisationInText(text, before, kind) ??
      // "the city's transit agency … the agency": the text's own description with that head,
      // or the organisation it describes ("heritage agency" → "Korea Heritage Service").
      (description[2] ? undefined : describedOrNamed(text, before, head)) ??
      // Only an organisation's kind ("the union", "the club") falls back to the last organisation named.
      (description[2] || !(head in KIND_WORDS || ANAPHORIC_KINDS.test(head))
        ? undefined
        : (recent.find((n) => isOrganisation(n) && isNamedOrganisation(n, text)) ?? organisationInText(text, before)));
    if (antecedent) {
      memory.named.push(antecedent);
      return antecedent;
    }
  }
  if (/^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(name)) {
    const full =
      recent.find((n) => n !== name && n.endsWith(` ${name}`) && isPersonName(n)) ??
      fullNameInText(text, name, before) ??
      recent.find((n) => n !== name && n.startsWith(`${name} `) && isPersonName(n)) ??
      familyNameFirstInText(text, name, before);
    if (full) name = full;
  }
  // "listings site Rentwise", "the monitoring network Glacionet": a description set before a
  // name is the name's apposition; the name speaks.
  const apposed = APPOSED_NAME.exec(name);
  if (apposed && !tokens(at(apposed, 1)).some((w) => FUNCTION_WORDS.test(w))) name = at(apposed, 2);
  // "A spokesperson for Acme", "One witness": an unnamed speaker is the description without its
  // article or "one" (not a name that starts with a capital word, "A Coruña").
  name = name.replace(/^(?:[Aa]n?|[Oo]ne)\s+(?=\p{Ll})/u, "");
  // "A Brightstone spokesperson", "An IMF official": so is a name's article before a role in lower case.
  name = name.replace(
    /^(?:A|An|One)\s+(?=[\p{Lu}\p{Lo}][\p{L}\p{M}'’.&-]*(?:\s+[\p{Lu}\p{Lo}][\p{L}\p{M}'’.&-]*)?\s+(?:spokes(?:person|man|woman)|official|representative|source|executive|lawyer|analyst|economist|engineer|manager|director)$)/u,
    "",
  );
  memory.named.push(name);
  return name;
}

/** A name of one to four capitalised words ("Glacionet", "Rentwise", "Korea Heritage Service"). */
const NAME_RUN = String.raw`\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,3}`;
/** A lower-case description set before a name: "listings site Rentwise", "the monitoring network Glacionet". */
const APPOSED_NAME = new RegExp(String.raw`^(?:[Tt]he\s+)?((?:\p{Ll}[\p{Ll}-]+\s+){1,3})(${NAME_RUN})$`, "u");

/** A document named by its owner: "the network's annual report", "Their model", "the company's own figures". */
const OWNED_DOCUMENT =
  /^(?:(?<owner>(?:[Tt]he\s+)?[\p{L}\p{M}][\p{L}\p{M}\s.&-]*?)[’']s|(?<pronoun>[Ii]ts|[Tt]heir|[Hh]is|[Hh]er))\s+(?:own\s+)?(?:(?:latest|annual|new|final|interim|quarterly|monthly|preliminary|official|internal|published)\s+)?(?:report|reports|data|figures|model|models|study|analysis|survey|records|filing|accounts|results|statement|website)$/u;
/** An office of an organisation after a possessive pronoun: "its budget office", "their press office". */
const OWNED_OFFICE = /^(?<pronoun>[Ii]ts|[Tt]heir)\s+(?:\p{Ll}+\s+)?office$/u;
/** The pronoun that names the owner a possessive pronoun stands for. */
const OWNER_PRONOUN: Record<string, string> = { its: "it", their: "they", his: "he", her: "she" };

/** "Britain's Holly Ashworth", "Nigeria's Tèmítọ́pẹ́ Adéyẹ́mi": a possessive place or team before a name is no part of it. */
function withoutPossessor(name: string): string {
  return name.replace(/^\p{Lu}[\p{L}\p{M}.-]*[’']s\s+(?=\p{Lu})/u, "");
}

/** A document someone issues, named by "the" alone: it speaks for its issuer. */
const ISSUED_DOCUMENT =
  /^[Tt]he\s+(?:(?:joint|written|brief|short|official|latest|new)\s+)?(?:statement|press\s+release|release|letter|email|e-mail|memo|notice|post|communiqué|communique|filing)$/u;

/**
 * "Brenda Holroyd, 71, has waited 14 months. “…,” she said", "Corvane is preparing to raise
 * debt. Its revenue grew … it said": a pronoun is the subject of the sentences just before it
 * (in its paragraph, or in the paragraph before when its own opens with the quotation), going
 * back over sentences whose subject is already a pronoun ("It", "Its revenue", "She"), when
 * that subject is a name of the kind `fits` takes. A sentence with a quotation, or with another
 * subject, stops the search.
 */
function sentenceSubjectBefore(text: string, before: number, fits: (name: string) => boolean): string | null {
  let paragraphStart = text.lastIndexOf("\n", before - 1) + 1;
  let left = text.slice(paragraphStart, before);
  // The sentence the pronoun stands in is not one before it.
  // (A quotation opening the pronoun's sentence ends `left`: the sentence before ends there too.)
  const own = [...left.matchAll(/[.!?]["”’)]*\s+(?=["“‘']?\p{Lu}|$)/gu)].at(-1);
  // With no sentence before it in its paragraph, only a quotation opening the paragraph looks further back.
  if (own) left = left.slice(0, own.index + 1);
  else if (left.trim()) return null;
  else {
    // A paragraph that opens with the quotation follows on from the one before (blank lines between).
    let end = paragraphStart - 1;
    while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
    if (end <= 0) return null;
    paragraphStart = text.lastIndexOf("\n", end - 1) + 1;
    left = text.slice(paragraphStart, end);
  }
  const sentences = left.split(/(?<=[.!?]["”’)]*)\s+(?=\p{Lu})/u).filter((x) => x.trim());
  for (let i = sentences.length - 1; i >= Math.max(0, sentences.length - 3); i--) {
    const sentence = (sentences[i] ?? "").trim();
    if (/["“”‘]/.test(sentence)) return null;
    if (/^(?:It|Its|He|His|She|Her|They|Their)\b/.test(sentence)) continue;
    // The name and then its verb, or a comma opening an apposition ("Brenda Holroyd, 71, …").
    const subject =
      /^(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,3})(?=,|\s+(?!(?:and|or|of|de|da|van|von|who|which)\b)\p{Ll})/u.exec(
        sentence,
      );
    if (!subject) return null;
    // "Conservation work …, the museum said": a sentence reported for someone else has that speaker's subject.
    if (/,\s+[^,]{1,60}\b(?:said|says|added|told|wrote|reported)\b[^,]*$/.test(sentence)) return null;
    let name = stripTitles(withoutPossessor(at(subject, 1)));
    // "Kenya's finance minister, John Mbadi, … Mbadi rejected the criticism. “…,” he told
    // parliament": a surname alone opening the sentence is the person the text named in full.
    const full = /\s/.test(name) || CALENDAR_WORD.test(name) ? null : fullNameInText(text, name, before);
    if (full && fits(full)) name = full;
    // "Turnout was 41%", "According to …": one capitalised word opening a sentence is a name only
    // if the text also writes it capitalised inside a sentence.
    else if (!/\s/.test(name) && !new RegExp(`[\\p{Ll}\\p{N},;:]\\s+${escapeRe(name)}\\b`, "u").test(text)) return null;
    if (/^(?:The|A|An|This|That|These|Those|In|On|At|By|For|But|And|Earlier|Later|Last|Next)\b/.test(name) || CALENDAR_WORD.test(name))
      return null;
    return fits(name) ? name : null;
  }
  return null;
}

/** A sentence that opens with a counted or plain plural group and its verb: "About 3,000 farmers marched …". */
const GROUP_OPENING =
  /^(?:(?:about|some|more than|nearly|around|over|almost|at least|hundreds of|thousands of|dozens of|several|many)\s+)?(?:[\d,.]+\s+(?:million\s+|thousand\s+)?|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|dozens|hundreds|thousands)\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}{2,}s)\s+(?:\p{Ll}{2,}ed|were|are|have|had|gathered|began|came|went|stood|ran|sang|held|kept|took|gave|made)\b/iu;

/**
 * "About 3,000 farmers marched to the collectorate. “…!” they chanted": the group the sentence
 * before the quotation (in its paragraph) opens with, without its quantity word; null when it
 * opens with anything else.
 */
function groupSubjectBefore(text: string, before: number): string | null {
  let paragraphStart = text.lastIndexOf("\n", before - 1) + 1;
  let end = before;
  // A quotation opening its paragraph follows on from the last sentence of the one before.
  if (!text.slice(paragraphStart, before).trim()) {
    end = paragraphStart;
    while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
    paragraphStart = text.lastIndexOf("\n", end - 1) + 1;
  }
  const left = `${text.slice(paragraphStart, end)} `;
  const ends = [...left.matchAll(/[.!?]["”’)]*\s+(?=["“‘']|\p{Lu}|$)/gu)];
  const own = ends.at(-1);
  if (!own) return null;
  const prevStart = ends.length > 1 ? (ends.at(-2)?.index ?? 0) + (ends.at(-2)?.[0].length ?? 0) : 0;
  // An emoji or a symbol before the words is no part of the group.
  const sentence = left.slice(prevStart, own.index + 1).replace(/^[^\p{L}\p{N}]+/u, "");
  if (/["“”]/.test(sentence)) return null;
  const m = GROUP_OPENING.exec(sentence);
  return m ? at(m, 1) : null;
}

/** Who speaks for a document or an office ("the network" for "the network's annual report", "it" for "its budget office"), or null. */
function documentOwner(name: string): string | null {
  const groups = (OWNED_DOCUMENT.exec(name) ?? OWNED_OFFICE.exec(name))?.groups;
  if (!groups) return null;
  return groups.owner || (OWNER_PRONOUN[(groups.pronoun ?? "").toLowerCase()] ?? null);
}

/** Modifiers and an organisation word in lower case, after "the", "its" or a possessive name: "South Korea's heritage agency". */
const MODIFIED_ORGANISATION =
  /^(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+|(?:\p{Lu}[\p{L}\p{M}'’.-]*\s)*\p{Lu}[\p{L}\p{M}'’.-]*[’']s\s+)?((?:\p{Ll}[\p{Ll}-]+\s+){0,1}\p{Ll}[\p{Ll}-]+)\s+(\p{Ll}+)$/u;

/**
 * The organisation the text names with every one of `words` capitalised ("Heritage" in "Korea
 * Heritage Service"): the last before `before`, else the first after; null when none or when
 * the words are too common to say which.
 */
function organisationNamedWith(text: string, words: readonly string[], before: number): string | null {
  const wanted = words.filter((w) => !FUNCTION_WORDS.test(w) && w.length > 2);
  if (!wanted.length) return null;
  let last: string | null = null;
  let next: string | null = null;
  for (const run of organisationRuns(text)) {
    if (!wanted.every((w) => run.words.includes(w))) continue;
    if (run.index < before) last = run.name;
    else if (next === null) next = run.name;
  }
  return last ?? next;
}

const runsCache: { text: string; runs: { index: number; name: string; words: string[] }[] } = { text: "", runs: [] };

/** The text's capitalised names of two words or more that read as organisations, in order (computed once per text). */
function organisationRuns(text: string): { index: number; name: string; words: string[] }[] {
  if (runsCache.text === text) return runsCache.runs;
  const runs: { index: number; name: string; words: string[] }[] = [];
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const name = m[0]
      .replace(/^The\s+/, "")
      .replace(/\.$/, "")
      .replace(/[’']s$/, "");
    const words = tokens(name).map((w) => w.toLowerCase());
    if (words.length >= 2 && isOrganisation(name)) runs.push({ index: m.index, name, words });
  }
  runsCache.text = text;
  runsCache.runs = runs;
  return runs;
}

/** "the agency": the text's description with that head ("heritage agency"), or the organisation it names. */
function describedOrNamed(text: string, before: number, head: string): string | null {
  const described = describedInText(text, before, head);
  if (!described) return null;
  // "the monitoring network Glacionet": the name the description stands before.
  const apposed = new RegExp(`\\b${escapeRe(described)}\\s+(${NAME_RUN})`, "u").exec(text);
  if (apposed) return at(apposed, 1);
  return organisationNamedWith(text, tokens(described).slice(0, -1), before) ?? described;
}

/** The last "<modifier> <head>" in lower case before `before` ("transit agency" for "the agency"), or null. */
function describedInText(text: string, before: number, head: string): string | null {
  const re = new RegExp(
    `\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[\\p{L}]+[’']s)\\s+((?:\\p{Ll}[\\p{Ll}-]+\\s+){1,2}${escapeRe(head)})\\b`,
    "gu",
  );
  let found: string | null = null;
  for (const m of text.slice(Math.max(0, before - 3000), before).matchAll(re)) {
    const words = tokens(at(m, 1));
    if (!words.slice(0, -1).some((w) => FUNCTION_WORDS.test(w) || /ly$/.test(w))) found = at(m, 1);
  }
  return found;
}

/** The last "the <organisation word>" in the 1,500 characters before `before` ("The ministry"), or null. */
function organisationDescribed(text: string, before: number): string | null {
  let found: string | null = null;
  for (const m of text.slice(Math.max(0, before - 1500), before).matchAll(/\b[Tt]he\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/gu)) {
    if (m[2] && ORG_WORDS.test(m[2])) found = m[0];
    else if (ORG_WORDS.test(at(m, 1))) found = m[2] ? m[0].slice(0, m[0].length - m[2].length).trimEnd() : m[0]; // "The ministry issued" → "The ministry"
  }
  return found;
}

const organisationOrNothing = (name: string | undefined) => (name && isOrganisation(name) ? name : undefined);

/** "Unión" for "union", "Société" for "society": a name's word read without its accents, as an English head noun. */
const unaccented = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "");

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const SENTENCE_OPENERS =
  /^(?:(?:The|A|An|In|On|At|By|For|From|With|After|Before|Since|During|But|And|As|If|When|While|It|This|That|Meanwhile|However)\s)+/;

export function fullNameInText(text: string, surname: string, before: number): string | null {
  // "Yoon Seo-jin" does not end in "Seo": the surname must end the name.
  const re = new RegExp(`((?:\\p{Lu}[\\p{L}\\p{M}'’-]+\\s)+)${escapeRe(surname)}(?![\\p{L}\\p{M}'’-])`, "gu");
  let found: string | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < before) {
    // "On Instagram", "In Split": a capitalised preposition or article opening a sentence is no given name.
    const given = (m[1] ?? "").replace(SENTENCE_OPENERS, "");
    if (!given) continue;
    const name = stripTitles(dropRole(`${given}${surname}`));
    if (isPersonName(name)) found = name;
  }
  return found;
}

/** "Park Ji-woo … Park said": a family name first, its given name hyphenated as romanised East Asian names are. */
function familyNameFirstInText(text: string, surname: string, before: number): string | null {
  const re = new RegExp(`(?<![\\p{L}\\p{M}])${escapeRe(surname)}\\s\\p{Lu}\\p{Ll}+-\\p{Ll}+\\b`, "gu");
  let found: string | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < before) found = m[0];
  return found;
}

const CAPITALISED_RUN = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}&'’-]*\.?(?:\s(?:(?:of|for|and|de|du|des)\s)?\p{Lu}[\p{L}\p{M}&'’-]*\.?)*/gu;

const CALENDAR_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Capitalised runs of words in the 1,500 characters before `before`, a leading "The" and a possessive dropped. */
function namesBefore(text: string, before: number, reach = 1500): string[] {
  const out: string[] = [];
  for (const m of text.slice(Math.max(0, before - reach), before).matchAll(CAPITALISED_RUN)) {
    // A period ends a sentence unless it marks an initial or an abbreviation ("Dr.", "Inc.").
    // A pronoun or article after a period opens a sentence, even after a single capital ("on X. He").
    for (const run of m[0].split(
      /(?<!(?:^|\s)(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Inc|Corp|Co|Ltd|Gen|Sen|Gov|Rep))\.\s|\.\s(?=(?:He|She|It|They|We|I|The|This|That)\b)/u,
    )) {
      const name = run
        .replace(/^(?:The|A|An|In|On|At|By|For|But|And|It|He|She|They|We)\s+/, "")
        .replace(/[’']s$/, "")
        .replace(/\.$/, "");
      // A month or weekday alone ("Sales in May") names no one.
      if (name && !/^(?:I|The|A|An|It|He|She|They|We|In|On|At|But|And)$/.test(name) && !CALENDAR_WORD.test(name)) out.push(name);
    }
  }
  return out;
}

/** The last person's name in the text before `before` (titles dropped), for "she said" with no speaker yet. */
/**
 * The last person named before `before` who is not `not` ("One witness heard him shouting" in
 * the prosecutor's quote: the man the story is about), a surname taken back to the full name.
 */
export function otherPersonInText(text: string, before: number, not: string | null): string | null {
  const notTokens = new Set(tokens(not ?? ""));
  const names = namesBefore(text, before).map((n) => stripTitles(n));
  for (let i = names.length - 1; i >= 0; i--) {
    const n = at(names, i);
    const t = tokens(n);
    if (t.length === 0 || t.some((w) => notTokens.has(w)) || !isProperName(n)) continue;
    if (isPersonName(n)) return n;
    if (t.length === 1) {
      const full = names
        .slice(0, i)
        .reverse()
        .find((m) => isPersonName(m) && tokens(m).at(-1) === t[0]);
      if (full) return full;
    }
  }
  return null;
}

/**
 * "Ccori's rival, Ana Lucía Mamani, welcomed the decision. "…," she told reporters": a paragraph
 * that opens by naming a person, before any quotation mark, is about that person, so its "she"
 * is that person rather than a speaker quoted in an earlier paragraph. Only the opening clause
 * counts: a name further on is too often someone mentioned in passing.
 */
/** A phrase a preposition or participle opens, set off by a comma at the start of a sentence. */
const LEADING_PHRASE =
  /^\s*(?:In|On|At|After|Before|During|With|From|Under|Speaking|Asked|Writing|Interviewed|According to)\b[^,]{0,70},\s*/u;

function paragraphSubject(text: string, before: number): string | null {
  const paragraphStart = text.lastIndexOf("\n\n", before) + 1;
  const opening = /^[^“"‘.!?;]{0,80}?(?=\s+(?:\p{Ll}+ed|said|says|told|was|is|has|had)\b)/u.exec(text.slice(paragraphStart, before));
  if (!opening) return null;
  // "In an interview with El País, the opposition leader, Alberto Núñez Feijóo, called …": a
  // leading adverbial is where or how, and the names in it are not the paragraph's subject.
  const lead = LEADING_PHRASE.exec(opening[0]);
  const subjectPart = lead ? opening[0].slice(lead[0].length) : opening[0];
  const names = namesBefore(subjectPart, subjectPart.length).map((n) => stripTitles(withoutAffiliation(withoutPossessor(n))));
  return names.find(isPersonName) ?? null;
}

function personInText(text: string, before: number): string | null {
  const names = namesBefore(text, before)
    .map((n) => stripTitles(n))
    .filter(isPersonName);
  return names[names.length - 1] ?? null;
}

/**
 * The last organisation-like name in the text before `before` (within 1,500 characters), for
 * "the company"; with `kind`, the last capitalised name with such a word ("the bank" → "Bank of Korea").
 * Without it: a name with an organisation word, or a one-word name the text keeps coming back to.
 */
function organisationInText(text: string, before: number, kind?: RegExp): string | null {
  let found: string | null = null;
  const window = text.slice(Math.max(0, before - 1500), before);
  // "the museum" looks further back for a name with that word than "it" looks for any organisation.
  for (const name of namesBefore(text, before, kind ? 4000 : 1500)) {
    const t = tokens(name);
    if (kind) {
      if (t.length > 1 && t.some((w) => kind.test(w) || kind.test(unaccented(w))) && isOrganisation(name)) found = name;
      continue;
    }
    const named = t.some((w) => ORG_WORDS.test(w)) || (t.length === 1 && window.split(name).length > 2);
    if (named && isOrganisation(name) && !/\d/.test(name)) found = name;
  }
  return found;
}
