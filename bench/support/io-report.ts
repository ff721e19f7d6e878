// The table bench:io prints: one row per measurement, with its target and PASS/MISS.

export interface Row {
  what: string;
  value: string;
  target: string;
  pass: boolean | null;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function printRows(title: string, head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`\n${title}\n`);
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}

export function printTargets(rows: Row[]): void {
  printRows(
    "Targets",
    ["check", "value", "target", "result"],
    rows.map((r) => [r.what, r.value, r.target, r.pass === null ? "" : r.pass ? "PASS" : "MISS"]),
  );
  const missed = rows.filter((r) => r.pass === false).length;
  console.log(`\n${rows.length - missed} of ${rows.length} targets met.`);
}
