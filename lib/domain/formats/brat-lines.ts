// Reading the lines of a brat .ann file into text-bound annotations, attributes and notes.
// Lines are split as brat's Python server splits them (str.splitlines). Relations, events,
// equivalences, normalizations, and attributes or notes on those, have no Parallax
// equivalent: they are counted and reported once ("Not imported: relations (12)"), not as
// problems, so real brat corpora import.
import { splitPythonLines } from "./line-breaks";
import type { ProblemList } from "./problem-list";
import { at } from "../at";

export interface BratTextBound {
  id: string;
  type: string;
  fragments: [number, number][];
  text: string;
  where: string;
}

export interface BratAnnLines {
  textBounds: BratTextBound[];
  /** Target T id → attribute name → value (true for a binary flag). */
  attributes: Map<string, Map<string, string | true>>;
  notes: Map<string, string[]>;
  /** Where each attribute and note line is, to report those pointing at missing ids. */
  references: { target: string; where: string }[];
}

// brat's grammar (standoff.html): "T1\tType 0 5;6 9\ttext", "A1\tName T1[ Value]" (M is the
// old spelling of A), "#1\tAnnotatorNotes T1\tnote", "R1\tType Arg1:T1 Arg2:T2",
// "E1\tType:T1 Role:T2", "*\tEquiv T1 T2" (no id of its own), "N1\tReference T1 db:id\ttext".
const TEXT_BOUND = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/s;
const ATTRIBUTE = /^([AM]\d+)\t(\S+) ([TREN]\d+)(?: (\S+))?\s*$/;
const NOTE = /^(#\d*)\t(\S+) (\S+)\t?(.*)$/s;
const UNSUPPORTED: Record<string, string> = { R: "relations", E: "events", N: "normalizations", "*": "equivalences" };

export function readBratLines(name: string, content: string, problems: ProblemList): BratAnnLines {
  const out: BratAnnLines = { textBounds: [], attributes: new Map(), notes: new Map(), references: [] };
  const ids = new Set<string>();
  splitPythonLines(content).forEach((line, i) => {
    const where = `file ${name} line ${i + 1}`;
    if (line.trim() === "") return;
    const tab = line.indexOf("\t");
    const id = tab > 0 ? line.slice(0, tab) : "";
    // "*" (equivalence) lines all share the id "*", and "#" notes may omit their number.
    if (id && id !== "*" && id !== "#" && ids.has(id)) return problems.add(where, `duplicate annotation id ${id}`);
    ids.add(id);
    let m: RegExpExecArray | null;
    const unsupported = UNSUPPORTED[line.charAt(0)];
    // at(m, n) for the groups each pattern always captures; ATTRIBUTE's value (group 4) is optional.
    if ((m = TEXT_BOUND.exec(line))) {
      const fragments = at(m, 3)
        .split(";")
        .map((f) => f.split(" ").map(Number) as [number, number]);
      out.textBounds.push({ id: at(m, 1), type: at(m, 2), fragments, text: at(m, 4), where });
    } else if ((m = ATTRIBUTE.exec(line))) {
      const target = at(m, 3);
      if (!target.startsWith("T")) return problems.skip(`attributes of ${UNSUPPORTED[target.charAt(0)]}`);
      const attrs = out.attributes.get(target) ?? new Map<string, string | true>();
      attrs.set(at(m, 2), m[4] === undefined ? true : m[4]);
      out.attributes.set(target, attrs);
      out.references.push({ target, where });
    } else if ((m = NOTE.exec(line))) {
      const target = at(m, 3);
      if (!target.startsWith("T")) return problems.skip(`notes on ${UNSUPPORTED[target.charAt(0)] ?? "other annotations"}`);
      out.notes.set(target, [...(out.notes.get(target) ?? []), at(m, 4)]);
      out.references.push({ target, where });
    } else if (unsupported && /^(\*|[REN]\d+)\t/.test(line)) {
      problems.skip(unsupported);
    } else {
      problems.add(where, "not a brat standoff line (expected an id such as T1, A1, R1, E1, N1, #1 or *, a tab, then the annotation)");
    }
  });
  return out;
}
