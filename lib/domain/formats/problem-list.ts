// Collects import problems without stopping at the first one, but caps how many are kept
// so a file with a million bad lines cannot produce a million-entry response.
import type { ImportProblem } from "./corpus";

export const DEFAULT_MAX_PROBLEMS = 1000;

export class ProblemList {
  private readonly items: ImportProblem[] = [];
  private dropped = 0;
  /** What a file holds that Parallax does not import, counted: "relations" → 12. */
  private readonly skipped = new Map<string, number>();
  private readonly infos: string[] = [];

  constructor(private readonly max = DEFAULT_MAX_PROBLEMS) {}

  add(where: string, message: string): void {
    if (this.items.length < this.max) this.items.push({ where, message });
    else this.dropped++;
  }

  /** Record one thing left out on purpose; reported once per kind, never as a problem. */
  skip(kind: string): void {
    this.skipped.set(kind, (this.skipped.get(kind) ?? 0) + 1);
  }

  /** A line of information for the report (which shape or field was read, what was ignored). */
  info(message: string): void {
    if (!this.infos.includes(message)) this.infos.push(message);
  }

  /** Information lines, then one "Not imported (N): …" line for everything skipped. */
  notices(): string[] {
    const skipped = [...this.skipped.entries()].map(([kind, n]) => `${kind} (${n})`);
    return [...this.infos, ...(skipped.length ? [`Not imported: ${skipped.join(", ")}.`] : [])];
  }

  get count(): number {
    return this.items.length + this.dropped;
  }

  /** The ImportResult fields this list fills: problems, their true count, notices. */
  report(): { problems: ImportProblem[]; problemCount: number; notices: string[] } {
    return { problems: this.toArray(), problemCount: this.count, notices: this.notices() };
  }

  /** The kept problems, plus one summary entry when some were left out. */
  toArray(): ImportProblem[] {
    if (this.dropped === 0) return [...this.items];
    return [...this.items, { where: "input", message: `${this.dropped} more problems not listed` }];
  }
}
