"use client";
import { useCallback, useLayoutEffect, useMemo, useRef, useState, useTransition } from "react";
import type { AdjudicationView, ItemState } from "@/lib/domain/adjudication/adjudication-state";
import { OffsetIndex } from "@/lib/domain/text/offsets";
import type { ActionResult } from "@/lib/actions/result";
import { decideAction, loadAdjudicationAction, undoAction } from "@/lib/actions/adjudication";
import type { ItemFilter } from "./review-toolbar";
import type { SpanFields } from "./span-form";
import { useReviewKeys } from "./use-review-keys";

export type Notice = { tone: "error" | "success" | "info"; text: string } | null;
export type Mode = { kind: "browse" } | { kind: "edit" } | { kind: "add"; start: number; end: number };

const FILTERS: Record<ItemFilter, (s: ItemState) => boolean> = {
  all: () => true,
  disagreements: (s) => s.item.kind !== "agreed",
  undecided: (s) => !s.decision,
};

/** The next undecided item after `key` in reading order (wrapping), else `key` itself. */
function nextUndecided(items: readonly ItemState[], key: string | null): string | null {
  const at = items.findIndex((s) => s.item.key === key);
  for (let step = 1; step <= items.length; step++) {
    const s = items[(at + step + items.length) % items.length];
    if (!s.decision) return s.item.key;
  }
  return key;
}

/**
 * The adjudication screen's state: the current view from the server, the filter and the
 * selected item, the form mode and notice, and the writes (one at a time, through the
 * adjudication server actions). ReviewBoard only lays it out.
 */
export function useReviewBoard(initial: AdjudicationView, text: string) {
  // Offsets are code points; the one OffsetIndex of the text converts them (never Array.from).
  const offsets = useMemo(() => new OffsetIndex(text), [text]);
  const textOf = useCallback((s: number, e: number) => offsets.sliceClamped(s, e), [offsets]);
  const [view, setView] = useState(initial);
  const [filter, setFilter] = useState<ItemFilter>("all");
  const [selectedKey, setSelectedKey] = useState<string | null>(
    () => nextUndecided(initial.items, null) ?? initial.items[0]?.item.key ?? null,
  );
  const [mode, setMode] = useState<Mode>({ kind: "browse" });
  const [notice, setNotice] = useState<Notice>(null);
  const [pending, startTransition] = useTransition();
  // One write at a time. A ref, not `pending`: React keeps `pending` true a little after the
  // fresh view is on screen, and a key pressed in that moment would be dropped. Released
  // when the new view is committed (before paint), so keys never act on the previous view.
  const inFlight = useRef(false);
  useLayoutEffect(() => {
    inFlight.current = false;
  }, [view]);
  const documentId = view.document.id;
  const readOnly = view.document.status !== "in_adjudication";

  const visible = useMemo(() => view.items.filter(FILTERS[filter]), [view.items, filter]);
  const index = Math.max(
    0,
    visible.findIndex((s) => s.item.key === selectedKey),
  );
  const current = visible[index] ?? null;
  const currentRange = useMemo(() => (current ? { start: current.item.start, end: current.item.end } : null), [current]);
  const gold = useMemo(
    () => [
      ...view.items.flatMap((s) => (s.decision?.gold ? [s.decision.gold] : [])),
      ...view.added,
      ...view.stale.flatMap((d) => (d.gold ? [d.gold] : [])),
    ],
    [view],
  );

  /** Run a write; on success show the fresh view (and optionally move on), on 409 reload so nothing stale stays on screen. */
  const run = (action: () => Promise<ActionResult<AdjudicationView>>, done?: string, advance = false) => {
    if (inFlight.current) return;
    inFlight.current = true;
    startTransition(async () => {
      const result = await action().catch((e: unknown) => {
        inFlight.current = false;
        throw e;
      });
      if (result.ok) {
        setView(result.data);
        setMode({ kind: "browse" });
        setNotice(done ? { tone: "success", text: done } : null);
        if (advance) setSelectedKey(nextUndecided(result.data.items, selectedKey));
        return;
      }
      inFlight.current = false;
      setNotice({ tone: "error", text: result.error });
      if (result.code === "conflict") {
        const fresh = await loadAdjudicationAction(documentId);
        if (fresh.ok) setView(fresh.data);
      }
    });
  };

  const decide = (body: Record<string, unknown>, done: string) => {
    if (!current || readOnly) return;
    run(() => decideAction(documentId, { itemKey: current.item.key, replaces: current.decision?.id, ...body }), done, true);
  };
  const move = (delta: number) => {
    if (visible.length === 0) return;
    const next = visible[Math.min(visible.length - 1, Math.max(0, index + delta))];
    setSelectedKey(next.item.key);
  };
  const startEdit = () => !readOnly && current && setMode({ kind: "edit" });
  const startAdd = (start = current?.item.start ?? 0, end = current?.item.end ?? Math.min(1, offsets.length)) =>
    !readOnly && setMode({ kind: "add", start, end });

  useReviewKeys(mode.kind === "browse", {
    next: () => move(1),
    previous: () => move(-1),
    accept: (n) => current && n <= current.item.versions.length && decide({ decision: "accept", version: n }, `Accepted version ${n}.`),
    edit: startEdit,
    reject: () => decide({ decision: "reject" }, "Rejected: left out of gold."),
    undo: () => current?.decision && !readOnly && run(() => undoAction(documentId, current.item.key, current.decision!.id), "Undone."),
    nextUndecided: () => setSelectedKey(nextUndecided(visible, selectedKey)),
    add: () => startAdd(),
  });

  const editInitial: SpanFields | null = current
    ? (() => {
        const base = current.decision?.gold ?? current.item.versions[0].span;
        return { label: base.label, start: base.start, end: base.end, attributes: { ...base.attributes }, note: base.note ?? "" };
      })()
    : null;

  return {
    offsets,
    textOf,
    view,
    filter,
    setFilter,
    setSelectedKey,
    mode,
    setMode,
    notice,
    pending,
    documentId,
    readOnly,
    visible,
    index,
    current,
    currentRange,
    gold,
    run,
    decide,
    startEdit,
    startAdd,
    editInitial,
  };
}
