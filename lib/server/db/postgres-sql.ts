/**
 * Our portable SQL (raw-db.ts) as PostgreSQL reads it: `?` placeholders become `$1…$n`, and bare
 * mixed-case words (Prisma's table and column names, camelCase aliases) are double-quoted,
 * because PostgreSQL folds unquoted identifiers to lower case and Prisma created them quoted.
 * All-caps words (keywords) and lower-case words are left alone; so is everything inside
 * '…' literals and "…" identifiers. Pure, so it is tested on its own and cached by the caller.
 */
export function toPostgres(text: string): string {
  let out = "";
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "'" || c === '"') {
      // A literal or quoted identifier, with doubled quotes as escapes: copy it whole.
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] === c) {
          if (text[j + 1] === c) j++;
          else break;
        }
      }
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === "?") {
      out += `$${++n}`;
      i++;
    } else if (c === "-" && text[i + 1] === "-") {
      const end = text.indexOf("\n", i);
      const stop = end < 0 ? text.length : end;
      out += text.slice(i, stop);
      i = stop;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < text.length && /[A-Za-z0-9_]/.test(text[j])) j++;
      const word = text.slice(i, j);
      out += /[a-z]/.test(word) && /[A-Z]/.test(word) ? `"${word}"` : word;
      i = j;
    } else if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < text.length && /[0-9A-Za-z_.]/.test(text[j])) j++;
      out += text.slice(i, j);
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
