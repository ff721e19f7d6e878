// The annotator's spans on one document, as the workspace shows them: local state that
// changes at once (optimistic), an undo/redo history of every change, and the save queue
// that brings the server into line. React subscribes with useSyncExternalStore; nothing
// here depends on React or the DOM.
import { OffsetIndex } from "@/lib/domain/text/offsets";
import { History, type Change } from "./history";
import { SaveQueue, TYPING_DEBOUNCE_MS, type SaveStatus, type Timers } from "./save-queue";
import type { FetchLike } from "./api-call";
import { checkRange, duplicateOf } from "./span-checks";
import { cleanAttributes, sameSpanData, toSpanData, type ClientSpan, type ServerSpan, type SpanData } from "./span-types";
import { stableSet } from "./stable-set";

export interface Notice {
  id: number;
  tone: "info" | "warn" | "error";
  message: string;
}

export interface WorkspaceSnapshot {
  /** Every span, in no particular order; a changed span is a new object. */
  spans: readonly ClientSpan[];
  byKey: ReadonlyMap<string, ClientSpan>;
  canUndo: boolean;
  canRedo: boolean;
  save: SaveStatus;
  /** Keys whose latest change is not on the server yet. */
  unsaved: ReadonlySet<string>;
  notices: readonly Notice[];
}

/**
 * What the text, the toolbar and the editor render from. It keeps its identity while only the
 * save state changes (a request going out, an answer coming back), so those changes re-render
 * the save indicator and the unsaved marks (SaveState), not the whole workspace.
 */
export interface ContentSnapshot {
  spans: readonly ClientSpan[];
  byKey: ReadonlyMap<string, ClientSpan>;
  canUndo: boolean;
  canRedo: boolean;
  notices: readonly Notice[];
  /** The span whose change the server refused or could not take (shown marked), if any. */
  failedKey: string | null;
}

/** The save queue's state as the indicator and the unsaved marks show it. */
export interface SaveState {
  save: SaveStatus;
  unsaved: ReadonlySet<string>;
}

export type EditResult = { ok: true; key: string } | { ok: false; message: string };

export interface ModelOptions {
  documentId: string;
  text: string;
  spans: (Omit<ServerSpan, "text"> & { text?: string })[];
  /** The API's transport; the browser's fetch when absent (tests pass a fake server). */
  fetch?: FetchLike;
  timers?: Timers;
  now?: () => number;
  /** When the save queue starts sending after a change (default: at once). */
  scheduleSave?: (send: () => void) => void;
}

let tempCounter = 0;

export class WorkspaceModel {
  readonly index: OffsetIndex;
  private readonly local = new Map<string, ClientSpan>();
  private readonly history: History;
  private readonly queue: SaveQueue;
  private readonly listeners = new Set<() => void>();
  private notices: Notice[] = [];
  private noticeId = 0;
  private snapshot: WorkspaceSnapshot;
  private content!: ContentSnapshot;
  private saveState!: SaveState;
  private spansChanged = true;
  /** While > 0, emits are deferred to one at the end (one render per user action). */
  private batching = 0;

  constructor(opts: ModelOptions) {
    this.index = new OffsetIndex(opts.text);
    // Spans may come without their text (it is the document's): fill it in from the offsets.
    // One loop, one local object per span: this runs in every server render and hydration.
    const initial: { key: string; span: ServerSpan }[] = [];
    for (const s of opts.spans) {
      const span = s.text === undefined ? { ...s, text: this.index.slice(s.start, s.end) } : (s as ServerSpan);
      const { id: key, label, start, end, text, attributes, note } = span;
      this.local.set(key, { key, label, start, end, text, attributes, note });
      initial.push({ key, span });
    }
    this.history = new History(500, opts.now);
    this.queue = new SaveQueue(
      opts.documentId,
      opts.fetch,
      {
        saved: (key, span) => this.onSaved(key, span),
        conflict: (key, current, message) => this.onConflict(key, current, message),
        changed: () => this.emit(),
        failed: (f) => {
          if (f.permanent) this.notify("error", `The server refused a change: ${f.message} It is kept unsaved: Retry, or Discard it.`);
        },
      },
      initial,
      opts.timers,
      opts.scheduleSave,
    );
    this.snapshot = this.build();
    this.derive();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): WorkspaceSnapshot => this.snapshot;

  /** The snapshot without the save state; a new object only when one of its fields changed. */
  getContent = (): ContentSnapshot => this.content;

  /** The save state; a new object only when it changed. */
  getSaveState = (): SaveState => this.saveState;

  get(key: string): ClientSpan | undefined {
    return this.local.get(key);
  }

  create(input: { label: string; start: number; end: number; attributes?: Record<string, unknown>; note?: string }): EditResult {
    const range = checkRange(this.index, input.start, input.end);
    if ("error" in range) return { ok: false, message: range.error };
    const dup = duplicateOf(this.local.values(), input.label, input.start, input.end, null);
    if (dup) return { ok: false, message: dup };
    const key = `new-${Date.now().toString(36)}-${++tempCounter}`;
    const after: SpanData = {
      label: input.label,
      start: input.start,
      end: input.end,
      text: range.text,
      attributes: cleanAttributes(input.attributes ?? {}),
      note: input.note ?? "",
    };
    this.apply([{ key, before: null, after }], true);
    return { ok: true, key };
  }

  /**
   * Show a span the server already created (an accepted suggestion) as one undoable step:
   * undo deletes it on the server like any other span, and nothing is sent now.
   */
  adopt(span: ServerSpan): void {
    if (this.local.has(span.id)) return;
    const data = toSpanData(span);
    this.queue.adopt(span.id, span);
    this.setLocal(span.id, data, false);
    this.history.record([{ key: span.id, before: null, after: data }]);
    this.emit();
  }

  /** Change a span's label, boundaries, attributes or note. `mergeKey` merges quick successive edits for undo. */
  update(key: string, patch: Partial<Omit<SpanData, "text">>, mergeKey?: string): EditResult {
    const cur = this.local.get(key);
    if (!cur) return { ok: false, message: "That span no longer exists." };
    const next: SpanData = { ...toSpanData(cur), ...patch };
    if (patch.attributes) next.attributes = cleanAttributes(patch.attributes);
    if (patch.start !== undefined || patch.end !== undefined) {
      const range = checkRange(this.index, next.start, next.end);
      if ("error" in range) return { ok: false, message: range.error };
      next.text = range.text;
    }
    if (next.label !== cur.label || next.start !== cur.start || next.end !== cur.end) {
      const dup = duplicateOf(this.local.values(), next.label, next.start, next.end, key);
      if (dup) return { ok: false, message: dup };
    }
    if (sameSpanData(cur, next)) return { ok: true, key };
    this.apply([{ key, before: toSpanData(cur), after: next }], true, mergeKey);
    return { ok: true, key };
  }

  remove(key: string): EditResult {
    const cur = this.local.get(key);
    if (!cur) return { ok: false, message: "That span no longer exists." };
    this.apply([{ key, before: toSpanData(cur), after: null }], true);
    return { ok: true, key };
  }

  /** Undo the latest change; returns the changes applied (to select what they touched). */
  undo(): Change[] | null {
    const changes = this.history.undo();
    if (changes) this.apply(changes, false);
    return changes;
  }

  redo(): Change[] | null {
    const changes = this.history.redo();
    if (changes) this.apply(changes, false);
    return changes;
  }

  /** Stop merging further edits into the latest undo step. */
  sealHistory(): void {
    this.history.seal();
  }

  retrySaving(): void {
    this.queue.retryNow();
  }

  /** Give up the change that the server refuses, and show the server's copy again. */
  discardFailed(): void {
    const dropped = this.queue.discardFailed();
    if (!dropped) return;
    this.setLocal(dropped.key, dropped.server ? toSpanData(dropped.server) : null);
    this.notify("info", "The change that could not be saved was discarded.");
  }

  serverId(key: string): string | undefined {
    return this.queue.serverSpan(key)?.id;
  }

  whenSaved(): Promise<void> {
    return this.queue.idle();
  }

  notify(tone: Notice["tone"], message: string): void {
    this.notices = [...this.notices.slice(-4), { id: ++this.noticeId, tone, message }];
    this.emit();
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
    this.emit();
  }

  dispose(): void {
    this.queue.dispose();
  }

  private apply(changes: Change[], record: boolean, mergeKey?: string): void {
    this.batching++;
    try {
      // Typing in an attribute field or the note (merge keys "<key>:attr:<name>", "<key>:note") waits for a pause.
      const typing = mergeKey !== undefined && /:(attr:.+|note)$/.test(mergeKey);
      for (const c of changes) {
        this.setLocal(c.key, c.after, false);
        this.queue.enqueue(c.key, c.after, typing ? TYPING_DEBOUNCE_MS : 0);
      }
      if (record) this.history.record(changes, mergeKey);
    } finally {
      this.batching--;
    }
    this.emit();
  }

  private setLocal(key: string, data: SpanData | null, emit = true): void {
    if (data) this.local.set(key, { key, ...toSpanData(data) });
    else this.local.delete(key);
    this.spansChanged = true;
    if (emit) this.emit();
  }

  private onSaved(key: string, span: ServerSpan | null): void {
    // Adopt the server's normal form only when no newer local change is waiting.
    if (!span || this.queue.hasPending(key)) return;
    const cur = this.local.get(key);
    if (cur && !sameSpanData(cur, span)) this.setLocal(key, toSpanData(span), false);
  }

  private onConflict(key: string, current: ServerSpan | null, message: string): void {
    this.setLocal(key, current ? toSpanData(current) : null, false);
    this.notify(
      "warn",
      current
        ? `Not saved: ${message} The span now shows the saved version (it was changed elsewhere, e.g. in another tab).`
        : `Not saved: ${message}`,
    );
  }

  private build(): WorkspaceSnapshot {
    const prev = this.snapshot as WorkspaceSnapshot | undefined;
    const spans = this.spansChanged || !prev ? [...this.local.values()] : prev.spans;
    const byKey = this.spansChanged || !prev ? new Map(this.local) : prev.byKey;
    this.spansChanged = false;
    return {
      spans,
      byKey,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
      save: this.queue.status(),
      unsaved: stableSet(prev?.unsaved, this.queue.pendingKeys()),
      notices: this.notices,
    };
  }

  /** Refresh the two views of the snapshot, each kept as it was when its fields are unchanged. */
  private derive(): void {
    const s = this.snapshot;
    const c = this.content as ContentSnapshot | undefined;
    const failedKey = s.save.failure?.key ?? null;
    if (
      !c ||
      c.spans !== s.spans ||
      c.canUndo !== s.canUndo ||
      c.canRedo !== s.canRedo ||
      c.notices !== s.notices ||
      c.failedKey !== failedKey
    ) {
      this.content = { spans: s.spans, byKey: s.byKey, canUndo: s.canUndo, canRedo: s.canRedo, notices: s.notices, failedKey };
    }
    const v = this.saveState as SaveState | undefined;
    if (!v || v.unsaved !== s.unsaved || !sameStatus(v.save, s.save)) this.saveState = { save: s.save, unsaved: s.unsaved };
  }

  private emit(): void {
    if (this.batching > 0) return;
    this.snapshot = this.build();
    this.derive();
    for (const l of this.listeners) l();
  }
}

function sameStatus(a: SaveStatus, b: SaveStatus): boolean {
  return a.pending === b.pending && a.inFlight === b.inFlight && a.failure === b.failure;
}
