// Percentiles and the printed table.

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

export interface Row {
  metric: string;
  value: string;
  target: string;
  pass: boolean | null;
}

export function ms(n: number): string {
  return Number.isFinite(n) ? `${Math.round(n)} ms` : "n/a";
}

export function printTable(title: string, rows: Row[]): void {
  const head = ["metric", "value", "target", "result"];
  const cells = rows.map((r) => [r.metric, r.value, r.target, r.pass === null ? "" : r.pass ? "PASS" : "MISS"]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i])).join("  ");
  console.log(`\n${title}\n`);
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const c of cells) console.log(line(c));
  console.log("");
}
