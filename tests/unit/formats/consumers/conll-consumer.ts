// What the consumers of a CoNLL-2003 file require, written from their documented rules:
// - conlleval.pl reads lines split on "\n", splits each on single spaces
//   (split(/ /, $line)) and dies with "unexpected number of features" when a non-blank
//   line has a different number of fields from the first; the last field is the tag,
//   "O" or "B-X"/"I-X"; blank lines end sentences.
// - Python readers (e.g. `for line in text.splitlines(): line.split()`) also split lines
//   on U+2028, U+0085, VT, FF and U+001C–U+001E and fields on all Unicode whitespace, so a
//   file must hold none of those inside a line and no token may contain one.
// - IOB2: an I-X continues a B-X or I-X of the same sentence.
// eslint-disable-next-line no-control-regex -- these are the control characters Python treats as line breaks or spaces: matching them is the point
const PYTHON_ONLY_BREAKS = /[\r\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/u;
// eslint-disable-next-line no-control-regex -- these are the control characters Python treats as line breaks or spaces: matching them is the point
const PYTHON_SPACE = /[\s\u0085\u001c-\u001f]/u;
const TAG = /^(O|[BI]-[^\s]+)$/u;

export interface ConllReading {
  violations: string[];
  /** Sentences of [token, tag], documents separated by -DOCSTART-. */
  documents: [string, string][][][];
}

export function readConllStrictly(file: string): ConllReading {
  const violations: string[] = [];
  const documents: [string, string][][][] = [];
  if (PYTHON_ONLY_BREAKS.test(file))
    violations.push(
      `holds a character Python's splitlines() breaks on: U+${file.codePointAt(file.search(PYTHON_ONLY_BREAKS))!.toString(16).toUpperCase().padStart(4, "0")}`,
    );
  if (file && !file.endsWith("\n")) violations.push("the last line has no line break");
  let fields = -1;
  let sentence: [string, string][] = [];
  let previous = "O";
  const endSentence = () => {
    if (sentence.length) documents.at(-1)?.push(sentence);
    sentence = [];
    previous = "O";
  };
  file.split("\n").forEach((line, i) => {
    const where = `line ${i + 1}`;
    if (/^\s*$/.test(line)) return endSentence();
    const perl = line.split(" ");
    // eslint-disable-next-line no-control-regex -- these are the control characters Python treats as line breaks or spaces: matching them is the point
    const python = line.trim().split(/[\s\u0085\u001c-\u001f]+/u);
    if (fields < 0) fields = perl.length;
    if (perl.length !== fields)
      violations.push(`${where}: conlleval: unexpected number of features (${perl.length}, expected ${fields}): ${JSON.stringify(line)}`);
    if (python.length !== perl.length)
      violations.push(
        `${where}: Python's split() sees ${python.length} fields where conlleval sees ${perl.length}: ${JSON.stringify(line)}`,
      );
    const token = perl[0];
    const tag = perl[perl.length - 1];
    if (token === "-DOCSTART-") {
      endSentence();
      documents.push([]);
      return;
    }
    if (!token || PYTHON_SPACE.test(token)) violations.push(`${where}: empty token or token with whitespace`);
    if (!TAG.test(tag)) violations.push(`${where}: tag ${JSON.stringify(tag)} is not O, B-X or I-X`);
    if (tag.startsWith("I-") && previous.slice(2) !== tag.slice(2)) violations.push(`${where}: ${tag} does not continue ${previous}`);
    previous = tag;
    sentence.push([token, tag]);
  });
  endSentence();
  return { violations, documents };
}
