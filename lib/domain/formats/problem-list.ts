// Collects import problems without stopping at the first one, but caps how many are kept
// so a file with a million bad lines cannot produce a million-entry response.
import type { ImportProblem } from "./corpus";

export const DEFAULT_MAX_PROBLEMS = 1000;

export class ProblemList {
  private readonly items: ImportProblem[] = [];
  private dropped = 0;

  constructor(private readonly max = DEFAULT_MAX_PROBLEMS) {}

  add(where: string, message: string): void {
    if (this.items.length < this.max) this.items.push({ where, message });
    else this.dropped++;
  }

  get count(): number {
    return this.items.length + this.dropped;
  }

  /** The kept problems, plus one summary entry when some were left out. */
  toArray(): ImportProblem[] {
    if (this.dropped === 0) return [...this.items];
    return [...this.items, { where: "input", message: `${this.dropped} more problems not listed` }];
  }
}
