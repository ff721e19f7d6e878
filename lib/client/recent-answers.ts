/**
 * Answers the server gave a moment ago, by key, each usable for `maxAgeMs` after it arrived.
 * The workspace keeps the links of the claims it has shown (the link panel loads them when a
 * claim is selected), so deleting a claim the annotator just saw unlinked needs no second
 * round trip before it disappears; an older or missing answer is asked for again.
 */
export class RecentAnswers<T> {
  private readonly entries = new Map<string, { value: T; at: number }>();

  constructor(
    private readonly maxAgeMs: number,
    private readonly now: () => number = () => Date.now(),
    /** At most this many keys are kept (the oldest go first). */
    private readonly capacity = 200,
  ) {}

  set(key: string, value: T): void {
    this.entries.delete(key); // re-inserted last: Map order is insertion order
    this.entries.set(key, { value, at: this.now() });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  /** The answer if it arrived at most maxAgeMs ago, else undefined (and it is forgotten). */
  get(key: string): T | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (this.now() - e.at > this.maxAgeMs) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  forget(key: string): void {
    this.entries.delete(key);
  }
}
