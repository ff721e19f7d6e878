// Undo/redo over span changes. An entry is a list of changes, each one span's state before
// and after (null = the span does not exist). Undo applies the befores, redo the afters.
// Consecutive edits with the same merge key inside a short window (typing in an attribute
// field) merge into one entry, keeping the first before and the last after. Pure; the
// clock is injected.
import type { SpanData } from "./span-types";

export interface Change {
  key: string;
  before: SpanData | null;
  after: SpanData | null;
}

export interface HistoryEntry {
  changes: Change[];
  mergeKey?: string;
  at: number;
}

export const MERGE_WINDOW_MS = 1500;

export class History {
  private done: HistoryEntry[] = [];
  private undone: HistoryEntry[] = [];

  constructor(
    private readonly limit = 500,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  record(changes: Change[], mergeKey?: string): void {
    if (changes.length === 0) return;
    const at = this.now();
    this.undone = [];
    const last = this.done[this.done.length - 1];
    if (mergeKey && last?.mergeKey === mergeKey && at - last.at <= MERGE_WINDOW_MS) {
      last.changes = mergeChanges(last.changes, changes);
      last.at = at;
      return;
    }
    this.done.push({ changes, mergeKey, at });
    if (this.done.length > this.limit) this.done.shift();
  }

  /** The changes that revert the latest entry (apply them in order), or null. */
  undo(): Change[] | null {
    const entry = this.done.pop();
    if (!entry) return null;
    this.undone.push(entry);
    return entry.changes
      .slice()
      .reverse()
      .map((c) => ({ key: c.key, before: c.after, after: c.before }));
  }

  /** The changes that re-apply the latest undone entry, or null. */
  redo(): Change[] | null {
    const entry = this.undone.pop();
    if (!entry) return null;
    this.done.push({ ...entry, mergeKey: undefined });
    return entry.changes;
  }

  /** Stop merging into the latest entry (e.g. when the selected span changes). */
  seal(): void {
    const last = this.done[this.done.length - 1];
    if (last) last.mergeKey = undefined;
  }
}

function mergeChanges(earlier: Change[], later: Change[]): Change[] {
  const out = earlier.map((c) => ({ ...c }));
  for (const c of later) {
    const hit = out.find((o) => o.key === c.key);
    if (hit) hit.after = c.after;
    else out.push(c);
  }
  return out;
}
