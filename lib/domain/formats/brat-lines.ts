// Reading the lines of a brat .ann file into text-bound annotations, attributes and notes.
// Relations, events and normalizations have no Parallax equivalent and are reported.
import type { ProblemList } from "./problem-list";

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

const TEXT_BOUND = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/;
const ATTRIBUTE = /^([AM]\d+)\t(\S+) (T\d+)(?: (\S+))?\s*$/;
const NOTE = /^(#\d+)\t(\S+) (\S+)\t?(.*)$/;
const UNSUPPORTED: Record<string, string> = { R: "relations", E: "events", N: "normalizations", "*": "equivalences" };

export function readBratLines(name: string, content: string, problems: ProblemList): BratAnnLines {
  const out: BratAnnLines = { textBounds: [], attributes: new Map(), notes: new Map(), references: [] };
  const ids = new Set<string>();
  content.split(/\r?\n/).forEach((line, i) => {
    const where = `file ${name} line ${i + 1}`;
    if (line.trim() === "") return;
    const tab = line.indexOf("\t");
    const id = tab > 0 ? line.slice(0, tab) : "";
    if (id && ids.has(id)) return problems.add(where, `duplicate annotation id ${id}`);
    ids.add(id);
    let m: RegExpExecArray | null;
    if ((m = TEXT_BOUND.exec(line))) {
      const fragments = m[3].split(";").map((f) => f.split(" ").map(Number) as [number, number]);
      out.textBounds.push({ id: m[1], type: m[2], fragments, text: m[4], where });
    } else if ((m = ATTRIBUTE.exec(line))) {
      const attrs = out.attributes.get(m[3]) ?? new Map<string, string | true>();
      attrs.set(m[2], m[4] === undefined ? true : m[4]);
      out.attributes.set(m[3], attrs);
      out.references.push({ target: m[3], where });
    } else if ((m = NOTE.exec(line))) {
      out.notes.set(m[3], [...(out.notes.get(m[3]) ?? []), m[4]]);
      out.references.push({ target: m[3], where });
    } else if (UNSUPPORTED[line[0]]) {
      problems.add(where, `${UNSUPPORTED[line[0]]} are not imported`);
    } else {
      problems.add(where, "not a brat standoff line (expected T, A, M or # annotations)");
    }
  });
  return out;
}
