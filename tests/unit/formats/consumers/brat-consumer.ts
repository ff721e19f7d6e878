// What brat requires of a collection, written from its documentation (standoff.html,
// configuration.html) and from how its Python server reads files: .ann files are read with
// codecs, whose readline() splits with str.splitlines(), so a record must not contain any
// character splitlines() breaks on; each line is "ID\tDATA[\tTEXT]" split at its first two
// tabs. Text-bound: "T1\tType s e[;s e]*\ttext", offsets in code points of the .txt, the
// text being the fragments' text joined by single spaces. Attributes: "A1\tName T1[ Value]",
// declared in annotation.conf with Arg types and, for multi-valued ones, Value lists.
// Notes: "#1\tAnnotatorNotes T1\tnote". Entity types declared under [entities].
// eslint-disable-next-line no-control-regex -- these are the control characters Python treats as line breaks or spaces: matching them is the point
const PYTHON_BREAKS = /\r\n|[\n\r\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/u;

export interface BratConf {
  entities: Set<string>;
  attributes: Map<string, { args: Set<string>; values: Set<string> | null }>;
}

export function readAnnotationConf(conf: string): BratConf {
  const out: BratConf = { entities: new Set(), attributes: new Map() };
  let section = "";
  for (const raw of conf.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      section = header[1];
      continue;
    }
    if (section === "entities") out.entities.add(line.replace(/^!/, ""));
    if (section === "attributes") {
      const [name, spec = ""] = raw.split("\t");
      const args =
        /Arg:([^,]*)/
          .exec(spec)?.[1]
          .split("|")
          .map((s) => s.trim()) ?? [];
      const values =
        /Value:(.*)$/
          .exec(spec)?.[1]
          .split("|")
          .map((s) => s.trim()) ?? null;
      out.attributes.set(name.trim(), { args: new Set(args), values: values && new Set(values) });
    }
  }
  return out;
}

/** Every rule a brat collection breaks, as "file: problem" lines. */
export function validateBratCollection(files: Record<string, string>): string[] {
  const violations: string[] = [];
  const conf = files["annotation.conf"];
  if (conf === undefined) return ["annotation.conf is missing"];
  const schema = readAnnotationConf(conf);
  for (const [name, content] of Object.entries(files)) {
    if (!name.endsWith(".ann")) continue;
    const txtName = name.replace(/\.ann$/, ".txt");
    const txt = files[txtName];
    if (txt === undefined) {
      violations.push(`${name}: no ${txtName}`);
      continue;
    }
    violations.push(...validateAnn(name, content, Array.from(txt), schema));
  }
  return violations;
}

function validateAnn(name: string, content: string, txt: string[], schema: BratConf): string[] {
  const violations: string[] = [];
  const say = (line: number, message: string) => violations.push(`${name} line ${line}: ${message}`);
  const pythonLines = content === "" ? [] : content.replace(/\n$/, "").split(new RegExp(PYTHON_BREAKS.source, "gu"));
  const plainLines = content === "" ? [] : content.replace(/\n$/, "").split("\n");
  if (pythonLines.length !== plainLines.length)
    violations.push(`${name}: Python reads ${pythonLines.length} lines where there are ${plainLines.length} records`);
  const types = new Map<string, string>();
  const ids = new Set<string>();
  plainLines.forEach((line, i) => {
    const [id, data, ...rest] = line.split("\t");
    const text = rest.join("\t");
    if (ids.has(id)) say(i + 1, `duplicate id ${id}`);
    ids.add(id);
    if (/^T\d+$/.test(id)) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(data ?? "");
      if (!m) return say(i + 1, `bad text-bound data ${JSON.stringify(data)}`);
      if (!schema.entities.has(m[1])) say(i + 1, `entity type ${m[1]} is not declared in annotation.conf`);
      types.set(id, m[1]);
      const fragments = m[2].split(";").map((f) => f.split(" ").map(Number));
      let last = -1;
      for (const [s, e] of fragments) {
        if (!(s < e) || e > txt.length || s < last) say(i + 1, `fragment ${s} ${e} is empty, out of order or past the end (${txt.length})`);
        last = e;
      }
      const expected = fragments.map(([s, e]) => txt.slice(s, e).join("")).join(" ");
      if (expected !== text) say(i + 1, `text ${JSON.stringify(text)} is not the fragments' text ${JSON.stringify(expected)}`);
    } else if (/^[AM]\d+$/.test(id)) {
      const m = /^(\S+) (T\d+)(?: (\S+))?$/.exec(data ?? "");
      if (!m || rest.length) return say(i + 1, `bad attribute line ${JSON.stringify(line)}`);
      const decl = schema.attributes.get(m[1]);
      if (!decl) return say(i + 1, `attribute ${m[1]} is not declared in annotation.conf`);
      const type = types.get(m[2]);
      if (!type) say(i + 1, `attribute on ${m[2]}, which is not an earlier text-bound annotation`);
      else if (!decl.args.has(type)) say(i + 1, `attribute ${m[1]} is not declared for ${type}`);
      if (decl.values === null && m[3] !== undefined) say(i + 1, `binary attribute ${m[1]} has a value`);
      if (decl.values !== null && (m[3] === undefined || !decl.values.has(m[3]))) say(i + 1, `value ${m[3]} of ${m[1]} is not declared`);
    } else if (/^#\d+$/.test(id)) {
      const m = /^AnnotatorNotes (T\d+)$/.exec(data ?? "");
      if (!m) return say(i + 1, `bad note line ${JSON.stringify(line)}`);
      if (!types.has(m[1])) say(i + 1, `note on ${m[1]}, which is not an earlier text-bound annotation`);
    } else {
      say(i + 1, `unexpected record ${JSON.stringify(line)}`);
    }
  });
  return violations;
}
