// RFC 4180 cells, with a guard against spreadsheet formula injection: a user-supplied cell
// that starts with = + - @ (or tab / carriage return, which some spreadsheets skip before
// them) gets a leading apostrophe, so Excel, LibreOffice and Sheets show it as text
// instead of evaluating it. To recover the value, drop one leading ' before those characters.
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Quote when needed: a cell holding a comma, quote, CR or LF goes in quotes, "" doubled. */
export function formatCsvCell(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function formatCsvRow(cells: (string | number | null | undefined)[]): string {
  return cells.map(formatCsvCell).join(",") + "\r\n";
}
