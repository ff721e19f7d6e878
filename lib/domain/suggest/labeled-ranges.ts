// A set of (label, start, end) without a string per member: the suggestions list checks
// hundreds of thousands of string matches against what the annotator has decided or tagged,
// and a "label:start:end" key each cost more than the matching itself.
export class LabeledRanges {
  private readonly byLabel = new Map<string, Map<number, Set<number>>>();

  add(label: string, start: number, end: number): this {
    let starts = this.byLabel.get(label);
    if (!starts) this.byLabel.set(label, (starts = new Map<number, Set<number>>()));
    let ends = starts.get(start);
    if (!ends) starts.set(start, (ends = new Set<number>()));
    ends.add(end);
    return this;
  }

  has(label: string, start: number, end: number): boolean {
    return this.byLabel.get(label)?.get(start)?.has(end) ?? false;
  }

  delete(label: string, start: number, end: number): boolean {
    return this.byLabel.get(label)?.get(start)?.delete(end) ?? false;
  }
}
