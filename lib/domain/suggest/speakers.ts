// Who says something: the noun phrase before (or after) a reporting verb, cleaned the way an
// annotator writes a speaker or holder. Titles go ("Mayor Denise Alvarado" → "Denise
// Alvarado"), an appositive name wins over its description ("The government's chief
// spokesman, Yoshimasa Hayashi," → "Yoshimasa Hayashi"; "Takahide Kiuchi, an economist at
// …," → "Takahide Kiuchi"), a surname alone takes the full name used earlier in the text,
// and he/she/they take the last speaker named before. Pure.
import { at } from "../at";

/** Verbs that report speech or writing (their complement is a quote and a claim). */
export const SPEECH_VERBS =
  "said|says|say|told|tells|added|adds|argued|argues|warned|warns|stated|claimed|maintained|maintains|insisted|insists|noted|explained|explains|announced|announces|stressed|emphasized|wrote|writes|reported|declared|asserted|acknowledged|admitted|confirmed|confirms|predicted|estimated|estimates|cautioned|complained|conceded|countered|replied|responded|suggested|urged";
/** Verbs of belief or denial (their complement is a claim, not a quote). */
// Forms that are also common nouns ("claims", "views", "reports", "fears") are left out.
export const BELIEF_VERBS =
  "believes|believe|believed|thinks|think|thought|expects|expect|expected|feared|hoped|saw|sees|considers|considered|viewed|denied|denies|deny|rejected|dismissed";

const TITLES = new Set(
  (
    "mr mr. mrs mrs. ms ms. dr dr. prof prof. sen sen. rep rep. gov gov. gen gen. president vice prime minister ministers secretary " +
    "state foreign defense defence finance trade chief deputy governor mayor council member councilman councilwoman councillor councilor " +
    "spokesman spokeswoman spokesperson chairman chairwoman chair ceo director ambassador senator representative lawmaker judge justice " +
    "premier chancellor king queen u.s. us uk u.k. eu executive economist analyst official officials cabinet national security adviser advisor commissioner"
  ).split(" "),
);
const PRONOUNS = /^(?:he|she|they|we|i|it)$/i;
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
  const t = tokens(np);
  while (t.length > 2 && TITLES.has(at(t, 0).toLowerCase())) t.shift();
  if (t.length === 2 && TITLES.has(at(t, 0).toLowerCase()) && /^\p{Lu}/u.test(at(t, 1)) && !TITLES.has(at(t, 1).toLowerCase())) t.shift();
  return t.join(" ");
}

/** The last noun phrase of `left` (text before a reporting verb), or null. */
export function subjectBefore(left: string): string | null {
  let s = left.replace(/\s+$/, "");
  // Adverbs and times between subject and verb: "Kang also", "Pompeo on Wednesday", "has".
  s = s.replace(
    /(?:\s+(?:also|has|have|had|previously|repeatedly|reportedly|separately|earlier|later|recently|again|then|once|(?:on|last)\s+\p{Lu}\p{Ll}+|on\s+\p{Lu}\p{Ll}+\s+\d+))+$/u,
    "",
  );
  let appositive: string | null = null;
  const appo = /,\s*([^,]+?),?\s*$/.exec(s);
  if (appo && s.trimEnd().endsWith(",")) {
    appositive = at(appo, 1).trim(); // group 1 is not optional
    s = s.slice(0, appo.index);
  }
  const pieces = s.split(/,|;|:|—|--|\(|\)|["“”]|\bthat\b|\band\b|\bbut\b|\bwhile\b|\bwhere\b|\bwhen\b|\bafter\b|\bbecause\b/);
  let head = (pieces[pieces.length - 1] ?? "").trim().replace(/^(?:but|and|however|meanwhile|still|yet|so)\s+/i, "");
  if (appositive && isProperName(appositive) && !isProperName(head)) head = appositive;
  if (!head || tokens(head).length > 9) return appositive && isProperName(appositive) ? stripTitles(appositive) : null;
  return stripTitles(head);
}

/** The speaker after a reporting verb in inverted order: `said Jutta Paulus, the lawmaker …`. */
export function subjectAfter(right: string): string | null {
  const m = /^\s*((?:\p{Lu}[\p{L}\p{M}'’.-]*\s?)+)/u.exec(right);
  return m ? stripTitles(at(m, 1).trim()) : null; // group 1 is not optional
}

/** Resolve pronouns and surnames against what the document named before; remember the result. */
export function resolveSpeaker(raw: string | null, memory: SpeakerMemory, text: string, before: number): string | null {
  if (!raw) return memory.named[memory.named.length - 1] ?? null;
  let name = raw.trim().replace(/[,.;:]+$/, "");
  if (PRONOUNS.test(name)) return memory.named[memory.named.length - 1] ?? null;
  if (/^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(name)) {
    const full = [...memory.named].reverse().find((n) => n !== name && n.endsWith(` ${name}`)) ?? fullNameInText(text, name, before);
    if (full) name = full;
  }
  memory.named.push(name);
  return name;
}

function fullNameInText(text: string, surname: string, before: number): string | null {
  const re = new RegExp(`((?:\\p{Lu}[\\p{L}\\p{M}'’-]+\\s)+)${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "gu");
  let found: string | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < before) found = stripTitles(`${m[1]}${surname}`);
  return found;
}
