// Reading JSON Lines and whole JSON files with problems located by line number.
import type { ProblemList } from "./problem-list";

export interface JsonLine {
  /** 1-based line number in the file. */
  line: number;
  value: unknown;
}

/** Yields each non-blank line's parsed value; malformed lines are reported and skipped. */
export function* readJsonLines(input: string, problems: ProblemList): Generator<JsonLine> {
  let lineNo = 0;
  let from = 0;
  if (input.charCodeAt(0) === 0xfeff) from = 1; // a UTF-8 BOM is not part of line 1's JSON
  while (from <= input.length) {
    const nl = input.indexOf("\n", from);
    const to = nl === -1 ? input.length : nl;
    const parsed = parseJsonLine(input.slice(from, to), ++lineNo, problems);
    from = to + 1;
    if (parsed) yield parsed;
  }
}

/**
 * One line of a JSON Lines file (without its "\n"; a trailing "\r" is dropped): its value, or
 * null when blank, or when malformed (then reported). Shared by the whole-text reader above and
 * the streamed one (lib/server/corpus/import/import-stream.ts).
 */
export function parseJsonLine(raw: string, line: number, problems: ProblemList): JsonLine | null {
  const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
  if (text.trim() === "") return null;
  try {
    return { line, value: JSON.parse(text) };
  } catch (e) {
    problems.add(`line ${line}`, `malformed JSON: ${(e as Error).message}`);
    return null;
  }
}

/** Parse a whole JSON file; a syntax error is reported with its line and column when known. */
export function readJsonFile(input: string, problems: ProblemList, where = "file"): { ok: true; value: unknown } | { ok: false } {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message);
    const at = pos ? ` (${lineAndColumn(text, Number(pos[1]))})` : "";
    problems.add(where, `malformed JSON${at}: ${message}`);
    return { ok: false };
  }
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  return `line ${line}, column ${position - before.lastIndexOf("\n")}`;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
