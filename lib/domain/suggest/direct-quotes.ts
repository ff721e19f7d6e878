// Direct quotations: text between straight ("…") or curly (“…”) double quotation marks,
// nested single quotes left inside, line breaks allowed inside. A quotation that runs on
// into the next paragraph (no closing mark, and the next paragraph opens with a new mark,
// as newspapers print it) is cut at its paragraph's end and continues as a new quote.
// A quotation nested inside another (‘…’ or '…' within “…”) is also a quotation of its own,
// flagged `nested`. A paragraph with no double marks may quote in single ones, as British
// papers do (‘We see no cuts,’ he said): apostrophes are told apart by the letters around them. Ranges are UTF-16, the marks excluded, surrounding spaces and a trailing
// comma trimmed. Pure.

export interface QuoteRange {
  /** Inside the marks. */
  u16Start: number;
  u16End: number;
  /** The marks themselves: open at `open`, close at `close - 1` (or the paragraph end). */
  open: number;
  close: number;
  /** Inside another quotation: someone quoted by the one quoted. */
  nested?: boolean;
}

const MAX_QUOTE = 4000;

export function findDirectQuotes(text: string): QuoteRange[] {
  const out: QuoteRange[] = [];
  let open = -1;
  const emit = (from: number, to: number, close: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /[\s,]/.test(text.charAt(e - 1))) e--;
    // A quoted fragment ("mediation.") gives its period back to the sentence; a quoted sentence keeps it.
    if (!/^\p{Lu}/u.test(text[s] ?? "")) while (e > s && /[\s,.]/.test(text.charAt(e - 1))) e--;
    if (e > s && e - s <= MAX_QUOTE) out.push({ u16Start: s, u16End: e, open: from - 1, close });
  };
  const re = /["“”]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const p = m.index;
    const ch = m[0];
    if (open >= 0 && p - open > MAX_QUOTE) open = -1; // a stray mark: forget it
    if (open < 0) {
      if (ch !== "”") open = p;
      continue;
    }
    const between = text.slice(open + 1, p);
    if (ch !== "”" && /\n\s*$/.test(between)) {
      // The quotation went on into a new paragraph: this mark opens its continuation.
      emit(open + 1, open + 1 + between.search(/\n\s*$/), open + 1 + between.search(/\n\s*$/));
      open = p;
      continue;
    }
    if (ch === "“") {
      open = p; // an opening curly mark while one is open: the earlier was stray
      continue;
    }
    emit(open + 1, p, p + 1);
    open = -1;
  }
  singleQuoted(text, emit);
  return withNested(
    text,
    out.sort((a, b) => a.open - b.open),
  );
}

const SINGLE = /(?<=^|[\s(—–-])[‘'](?=[\p{L}\p{N}])([^\n‘]*?[^\s‘’'])(?:(?<!s)[’']|(?<=s)[’'](?!\s+\p{Ll}))(?![\p{L}\p{N}])/gmu;

/** Single-quoted quotations of two words or more in paragraphs that have no double quotation marks. */
function singleQuoted(text: string, emit: (from: number, to: number, close: number) => void): void {
  let at = 0;
  for (const paragraph of text.split("\n")) {
    if (/[‘']/.test(paragraph) && !/["“”]/.test(paragraph)) {
      SINGLE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = SINGLE.exec(paragraph))) {
        const body = m[1] ?? "";
        if (body.trim().split(/\s+/).length < 2) continue;
        const from = at + m.index + 1;
        emit(from, from + body.length, from + body.length + 1);
      }
    }
    at += paragraph.length + 1;
  }
}

/**
 * Single-quoted spans inside double quotations: an opening mark after a space or the start, a
 * closing one before a non-letter; an apostrophe between letters ("don't") is inside.
 */
const NESTED = /(?<=^|[\s(“"—–-])[‘'](?=\p{L})((?:[^‘’'"“”\n]|(?<=\p{L})[’'](?=\p{L}))*?\p{L}[.!?,]?)[’'](?![\p{L}\p{N}])/gu;

function withNested(text: string, quotes: QuoteRange[]): QuoteRange[] {
  const out: QuoteRange[] = [];
  for (const q of quotes) {
    out.push(q);
    const inner = text.slice(q.u16Start, q.u16End);
    NESTED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NESTED.exec(inner))) {
      const body = m[1] ?? "";
      const start = q.u16Start + m.index + 1;
      const end = start + body.replace(/[\s,]+$/, "").length;
      if (end > start) out.push({ u16Start: start, u16End: end, open: start - 1, close: start + body.length + 1, nested: true });
    }
  }
  return out;
}
