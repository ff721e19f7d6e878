"use client";
import { useLayoutEffect, useMemo, useRef, type RefObject } from "react";
import type { WorkspaceModel } from "@/lib/client/workspace-model";
import type { LabelDef } from "@/lib/client/span-types";
import type { Change } from "@/lib/client/history";
import { readSelection, selectionToCodePoints } from "@/lib/client/selection-offsets";
import { stepBoundary, type BoundaryKind, type Step } from "@/lib/client/text-boundaries";
import { prefillDate, prefillDateNow } from "@/lib/client/date-prefill";
import { beginOp } from "./perf-marks";
import type { DeleteAnswer } from "./use-delete-confirm";
import { compareSpans } from "@/lib/domain/spans/spans";

export interface ActionDeps {
  model: WorkspaceModel;
  readerRef: RefObject<HTMLDivElement | null>;
  selectedKeyRef: RefObject<string | null>;
  /** Alt was held when the current text selection was made: tag it exactly, no word snap. */
  exactRef: RefObject<boolean>;
  setSelectedKey: (key: string | null) => void;
  publishedAt: string | null;
  language: string;
  canAnnotate: boolean;
  /**
   * Asked before a delete; null: go ahead at once. A promise (a linked claim: the page asks
   * the annotator what it unlinks) resolves whether to delete and whether anyone was asked.
   */
  beforeDelete?: (key: string) => Promise<DeleteAnswer> | null;
  /** Edits that must be confirmed first (document done or adjudicated): see use-edit-gate. */
  editGate?: { needed(): boolean; ask(run: () => void): void };
}

type Ev = { timeStamp: number; altKey?: boolean };

export interface WorkspaceActions {
  tag(label: LabelDef, ev: Ev): void;
  deleteSelected(ev: Ev): void;
  moveBoundary(which: BoundaryKind, dir: -1 | 1, step: Step, ev: Ev): void;
  undo(ev: Ev): void;
  redo(ev: Ev): void;
  select(key: string | null, scroll?: boolean): void;
  selectAdjacent(dir: -1 | 1): void;
  retag(key: string, label: string): void;
}

/** Everything the keyboard, the palette and the panel can do; stable for the page's life. */
export function useWorkspaceActions(deps: ActionDeps): WorkspaceActions {
  // Built once per model, so handlers and memoized children keep one identity; every other
  // dependency is read at call time from the latest render (a latest-ref), never a stale copy.
  const latest = useRef(deps);
  useLayoutEffect(() => {
    latest.current = deps;
  });
  const { model } = deps;
  return useMemo(() => createActions(model, () => latest.current), [model]);
}

function createActions(model: WorkspaceModel, d: () => ActionDeps): WorkspaceActions {
  const refuse = (message: string) => model.notify("warn", message);
  const readOnly = () => {
    if (!d().canAnnotate) refuse("You are not an annotator on this project: the workspace is read-only.");
    return !d().canAnnotate;
  };

  /** Attributes a new or retagged span starts with: a date's ISO value, prefilled. */
  function initialAttributes(label: string, text: string): { attrs: Record<string, unknown>; later: boolean } {
    if (label !== "date") return { attrs: {}, later: false };
    const now = prefillDateNow(text, d().publishedAt);
    if (now === undefined) return { attrs: {}, later: true };
    return { attrs: now ? { value: now } : {}, later: false };
  }

  /** chrono had not loaded yet: fill the value in when it has, unless the annotator set one. */
  function prefillLater(key: string, text: string) {
    void prefillDate(text, d().publishedAt).then((value) => {
      const cur = model.get(key);
      if (value && cur && cur.label === "date" && cur.attributes.value === undefined) {
        model.update(key, { attributes: { ...cur.attributes, value } }, `prefill:${key}`);
      }
    });
  }

  function select(key: string | null, scroll = false) {
    if (key !== d().selectedKeyRef.current) model.sealHistory();
    d().setSelectedKey(key);
    if (key && scroll) scrollToSpan(d().readerRef.current, key);
  }

  function retag(key: string, label: string, ev?: Ev) {
    const span = model.get(key);
    if (!span || span.label === label || readOnly()) return;
    const { attrs, later } = initialAttributes(label, span.text);
    const r = model.update(key, { label, attributes: attrs });
    if (!r.ok) return refuse(r.message);
    // Timing starts at the event; React renders after this handler returns.
    if (ev) beginOp("retag", ev.timeStamp);
    if (later) prefillLater(key, span.text);
  }

  function applyHistory(changes: Change[] | null) {
    if (!changes) return;
    const last = changes[changes.length - 1];
    select(last.after ? last.key : null, Boolean(last.after));
  }

  const actions: WorkspaceActions = {
    tag(label, ev) {
      const reader = d().readerRef.current;
      if (!reader || readOnly()) return;
      const raw = readSelection(reader, reader.ownerDocument.getSelection());
      if (!raw) {
        const key = d().selectedKeyRef.current;
        const gate = d().editGate;
        if (key) return gate?.needed() ? gate.ask(() => retag(key, label.key)) : retag(key, label.key, ev);
        return refuse(`Select some text first, then press ${label.hotkey} to tag it as ${label.name}.`);
      }
      const exact = d().exactRef.current || Boolean(ev.altKey);
      const range = selectionToCodePoints(model.index, raw[0], raw[1], exact ? "exact" : "word", d().language);
      if (!range) return refuse("The selection is only whitespace.");
      // The range is read before any question (answering one clears the text selection).
      const create = (timed: boolean) => {
        const { attrs, later } = initialAttributes(label.key, range.text);
        const r = model.create({ label: label.key, start: range.start, end: range.end, attributes: attrs });
        if (!r.ok) return refuse(r.message);
        if (timed) beginOp("add", ev.timeStamp);
        if (later) prefillLater(r.key, range.text);
        reader.ownerDocument.getSelection()?.removeAllRanges();
        d().exactRef.current = false;
        select(r.key);
      };
      const gate = d().editGate;
      if (gate?.needed()) gate.ask(() => create(false));
      else create(true);
    },
    deleteSelected(ev) {
      const key = d().selectedKeyRef.current;
      if (!key || readOnly()) return;
      const remove = (timed: boolean) => {
        const r = model.remove(key);
        if (!r.ok) return refuse(r.message);
        if (timed) beginOp("delete", ev.timeStamp);
        if (d().selectedKeyRef.current === key) select(null);
      };
      const asking = d().beforeDelete?.(key) ?? null;
      if (!asking) return remove(true);
      // Timed from the key press unless the annotator was asked: then the link check's round trip
      // is part of what they waited for (the bench's delete figure includes it).
      void asking.then((answer) => answer.ok && remove(!answer.asked));
    },
    moveBoundary(which, dir, step, ev) {
      const key = d().selectedKeyRef.current;
      const span = key ? model.get(key) : undefined;
      if (!span || readOnly()) return;
      const idx = model.index;
      const from = idx.toUtf16(which === "start" ? span.start : span.end);
      const to = stepBoundary(idx.text, from, dir, which, step, d().language);
      const cp = idx.toCodePoint(to);
      if (cp === null || to === from) return;
      const next = which === "start" ? { start: cp } : { end: cp };
      if ((next.start ?? span.start) >= (next.end ?? span.end)) return refuse("A span needs at least one character.");
      const r = model.update(span.key, next, `bounds:${span.key}`);
      if (!r.ok) return refuse(r.message);
      beginOp("boundary", ev.timeStamp);
    },
    undo(ev) {
      if (readOnly()) return;
      const changes = model.undo();
      if (changes) beginOp("undo", ev.timeStamp);
      applyHistory(changes);
    },
    redo(ev) {
      if (readOnly()) return;
      const changes = model.redo();
      if (changes) beginOp("redo", ev.timeStamp);
      applyHistory(changes);
    },
    select,
    selectAdjacent(dir) {
      // The span list's order, so j/k walk the list as shown.
      const spans = [...model.getSnapshot().spans].sort((a, b) => compareSpans(a, b) || (a.key < b.key ? -1 : 1));
      if (spans.length === 0) return;
      const i = spans.findIndex((s) => s.key === d().selectedKeyRef.current);
      const next = i < 0 ? (dir > 0 ? 0 : spans.length - 1) : Math.min(spans.length - 1, Math.max(0, i + dir));
      select(spans[next].key, true);
    },
    retag: (key, label) => retag(key, label),
  };
  // Every change asks first while the gate is closed; the edit runs once it is confirmed.
  const gated =
    <A extends unknown[]>(f: (...args: A) => void) =>
    (...args: A) => {
      if (readOnly()) return;
      const gate = d().editGate;
      if (gate?.needed()) gate.ask(() => f(...args));
      else f(...args);
    };
  return {
    ...actions,
    deleteSelected: gated(actions.deleteSelected),
    moveBoundary: gated(actions.moveBoundary),
    undo: gated(actions.undo),
    redo: gated(actions.redo),
    retag: gated(actions.retag),
  };
}

export function scrollToSpan(reader: HTMLElement | null, key: string): void {
  const el = reader?.querySelector(`[data-k="${CSS.escape(key)}"]`);
  el?.scrollIntoView({ block: "center", behavior: "auto" });
}
