// The ordered save queue. Every change becomes an op "make the server's copy of span `key`
// equal to `target`" (null: delete it), appended in the order the annotator made them and
// sent one at a time, so ops on one span apply in order, a create finishes before the update
// that follows it, and a delete lands before a re-create of the same label and range. The
// request is built when the op is sent, from the server's last answer (ids, versions), so a
// temporary key is mapped to its server id, and an undone delete restores the span under its
// old id with its proposition links (falling back to a new span if the server cannot).
// A new op for the same span as the queue's last, unsent op replaces its target (typing in
// a field sends one request, and create-then-delete sends none). Typing is also held back
// for TYPING_DEBOUNCE_MS after the last keystroke, so "Taro Kono" is one PATCH (and one
// history entry on the server), not one per letter.
//
// Failures are never dropped: transient ones (network, 5xx, signed out) keep the op at the
// head and retry with exponential backoff; refusals stop the queue until the annotator
// retries or discards; conflicts (409/404: changed in another tab) adopt the server's span.
import { buildWrite, fetchMySpans, sendWrite } from "./annotation-requests";
import type { FetchLike } from "./api-call";
import type { ServerSpan, SpanData } from "./span-types";

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export interface SaveQueueEvents {
  /** A write succeeded; `span` is the server's copy now (null: deleted). */
  saved(key: string, span: ServerSpan | null): void;
  /** The server's copy won (changed or removed elsewhere, or a duplicate): show `current`. */
  conflict(key: string, current: ServerSpan | null, message: string): void;
  /** The status (pending count, failure) changed. */
  changed(): void;
  /** A write failed (it stays queued). */
  failed?(failure: SaveFailure): void;
}

export interface SaveFailure {
  key: string;
  message: string;
  /** true: the server refuses it; retrying sends the same thing (discard or fix). */
  permanent: boolean;
  attempts: number;
  retryAt: number | null;
}

export interface SaveStatus {
  pending: number;
  inFlight: boolean;
  failure: SaveFailure | null;
}

interface Op {
  key: string;
  target: SpanData | null;
  sending: boolean;
  /** Not sent before this time (timers.now()): the annotator is still typing. */
  heldUntil: number;
}

export const TYPING_DEBOUNCE_MS = 700;

export const MAX_BACKOFF_MS = 30_000;

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempts - 1));
}

export class SaveQueue {
  private readonly ops: Op[] = [];
  private readonly server = new Map<string, ServerSpan>();
  /** key → the server id of a span this session deleted, so undo can restore it by id. */
  private readonly deleted = new Map<string, string>();
  private running = false;
  /** The head's latest failure; stays visible while it is retried, cleared by a success. */
  private failure: SaveFailure | null = null;
  /** Waiting for a retry (timer or the annotator): nothing is sent meanwhile. */
  private blocked = false;
  private retryTimer: unknown = null;
  private holdTimer: unknown = null;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly documentId: string,
    private readonly fetchFn: FetchLike | undefined, // undefined: the browser's fetch (lib/client/api-call)
    private readonly events: SaveQueueEvents,
    initial: { key: string; span: ServerSpan }[] = [],
    private readonly timers: Timers = realTimers,
    /**
     * When to start sending after an enqueue. The workspace passes "after the next paint", so
     * building and sending a request never delays showing the change; tests send at once.
     */
    private readonly schedule: (send: () => void) => void = (send) => send(),
  ) {
    for (const { key, span } of initial) this.server.set(key, span);
  }

  /** `debounceMs`: hold the write that long after the latest such change (typing in a field). */
  enqueue(key: string, target: SpanData | null, debounceMs = 0): void {
    const heldUntil = debounceMs > 0 ? this.timers.now() + debounceMs : 0;
    const tail = this.ops[this.ops.length - 1];
    if (tail && tail.key === key && !tail.sending) {
      tail.target = target;
      tail.heldUntil = heldUntil;
    } else this.ops.push({ key, target, sending: false, heldUntil });
    this.events.changed();
    this.schedule(() => void this.pump());
  }

  status(): SaveStatus {
    return { pending: this.ops.length, inFlight: this.running, failure: this.failure };
  }

  hasPending(key: string): boolean {
    return this.ops.some((op) => op.key === key);
  }

  /** Keys with changes not yet on the server. */
  pendingKeys(): Set<string> {
    return new Set(this.ops.map((op) => op.key));
  }

  serverSpan(key: string): ServerSpan | undefined {
    return this.server.get(key);
  }

  /** A span the server created itself (an accepted suggestion): known from now on, nothing to send. */
  adopt(key: string, span: ServerSpan): void {
    this.server.set(key, span);
  }

  /** Retry the failed head now (the Retry button). */
  retryNow(): void {
    if (!this.blocked) return;
    this.clearRetry();
    this.blocked = false;
    void this.pump();
  }

  /** Drop every op of the failed span; returns its key and the server's copy to show again. */
  discardFailed(): { key: string; server: ServerSpan | null } | null {
    if (!this.failure || this.running) return null;
    const key = this.failure.key;
    this.dropOps(key);
    this.clearRetry();
    this.failure = null;
    this.blocked = false;
    this.events.changed();
    void this.pump();
    return { key, server: this.server.get(key) ?? null };
  }

  /** Resolves when nothing is pending, or the queue is waiting on a failure. */
  idle(): Promise<void> {
    if (this.ops.length === 0 || this.blocked) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  dispose(): void {
    this.clearRetry();
    if (this.holdTimer !== null) this.timers.clearTimeout(this.holdTimer);
  }

  /** The head is held (typing): wake up when the hold ends. True if it is held. */
  private waitForHold(): boolean {
    const head = this.ops[0];
    if (!head) return false;
    const wait = head.heldUntil - this.timers.now();
    if (wait <= 0) return false;
    if (this.holdTimer !== null) this.timers.clearTimeout(this.holdTimer);
    this.holdTimer = this.timers.setTimeout(() => {
      this.holdTimer = null;
      void this.pump();
    }, wait);
    return true;
  }

  private async pump(): Promise<void> {
    if (this.running || this.blocked) return;
    this.running = true;
    this.events.changed();
    try {
      while (this.ops.length > 0 && !this.blocked && !this.waitForHold()) await this.sendHead();
    } finally {
      this.running = false;
      this.events.changed();
      if (this.ops.length === 0 || this.blocked) this.idleWaiters.splice(0).forEach((w) => w());
    }
  }

  private async sendHead(): Promise<void> {
    const op = this.ops[0];
    if (!op) return;
    const req = buildWrite(this.documentId, this.server.get(op.key), op.target, this.deleted.get(op.key));
    if (!req) {
      this.ops.shift();
      if (this.failure?.key === op.key) this.failure = null;
      return;
    }
    op.sending = true;
    const outcome = await sendWrite(this.fetchFn, req);
    op.sending = false;
    if (outcome.kind === "unrestorable") {
      this.deleted.delete(op.key); // the op stays at the head and is sent again as a create
      return;
    }
    if (outcome.kind === "ok") {
      this.ops.shift();
      const previous = this.server.get(op.key);
      if (outcome.span) {
        this.server.set(op.key, outcome.span);
        this.deleted.delete(op.key);
      } else {
        this.server.delete(op.key);
        if (previous) this.deleted.set(op.key, previous.id);
      }
      this.failure = null;
      this.events.saved(op.key, outcome.span);
    } else if (outcome.kind === "conflict") {
      let current = outcome.current;
      if (current === undefined && outcome.stale) current = await this.refetch(op.key);
      if (current === undefined) current = outcome.stale ? null : (this.server.get(op.key) ?? null);
      if (current) this.server.set(op.key, current);
      else this.server.delete(op.key);
      this.dropOps(op.key);
      this.failure = null;
      this.events.conflict(op.key, current, outcome.message);
    } else {
      this.fail(op.key, outcome.message, outcome.kind === "rejected");
    }
    this.events.changed();
  }

  /** The server's current copy of a span after a stale delete (undefined: could not tell). */
  private async refetch(key: string): Promise<ServerSpan | null | undefined> {
    const id = this.server.get(key)?.id;
    if (!id) return null;
    const spans = await fetchMySpans(this.fetchFn, this.documentId);
    if (!spans) return undefined;
    return spans.find((s) => s.id === id) ?? null;
  }

  private fail(key: string, message: string, permanent: boolean): void {
    const attempts = (this.failure?.key === key ? this.failure.attempts : 0) + 1;
    const wait = permanent ? null : backoffMs(attempts);
    this.failure = { key, message, permanent, attempts, retryAt: wait === null ? null : this.timers.now() + wait };
    this.blocked = true;
    this.events.failed?.(this.failure);
    if (wait !== null) {
      this.retryTimer = this.timers.setTimeout(() => {
        this.retryTimer = null;
        this.blocked = false;
        void this.pump();
      }, wait);
    }
  }

  private dropOps(key: string): void {
    for (let i = this.ops.length - 1; i >= 0; i--) {
      const op = this.ops[i];
      if (op && op.key === key && !op.sending) this.ops.splice(i, 1);
    }
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) this.timers.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
