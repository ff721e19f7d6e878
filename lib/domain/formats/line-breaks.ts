// The characters line-based readers break lines on. brat's server reads .ann files through
// Python's codecs module, whose readline() splits with str.splitlines(): besides "\n" and
// "\r" that is VT, FF, U+001C–U+001E, U+0085, U+2028 and U+2029. A line-based format must
// never write one of these inside a record, and a reader of files written by those tools
// must split where they split.

/** Regex class body of every str.splitlines() line boundary. */
export const PYTHON_LINE_BREAK = String.raw`\n\r\u000B\u000C\u001C-\u001E\u0085\u2028\u2029`;

/** Regex class body of Python's whitespace (str.split()) plus JavaScript's \s. */
export const ANY_SPACE = String.raw`\s\u0085\u001C-\u001F`;

const BREAK = new RegExp(`\\r\\n|[${PYTHON_LINE_BREAK}]`, "u");
const ONE_BREAK = new RegExp(`^[${PYTHON_LINE_BREAK}]$`, "u");

/** Lines as Python's str.splitlines() gives them (CRLF is one break). */
export function splitPythonLines(text: string): string[] {
  const lines = text.split(new RegExp(BREAK.source, "gu"));
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

export function isLineBreak(ch: string): boolean {
  return ONE_BREAK.test(ch);
}
