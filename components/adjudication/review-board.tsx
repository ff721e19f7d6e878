"use client";
import { useCallback, useLayoutEffect, useMemo, useRef, useState, useTransition } from "react";
import type { AdjudicationView, ItemState } from "@/lib/domain/adjudication-state";
import { OffsetIndex } from "@/lib/domain/offsets";
import type { ActionResult } from "@/lib/actions/result";
import {
  addGoldSpanAction, decideAction, loadAdjudicationAction, removeGoldSpanAction, setStatusAction, undoAction,
} from "@/lib/actions/adjudication";
import { Alert, Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { ItemList } from "./item-list";
import { ItemDetail } from "./item-detail";
import { SpanForm, type SpanFields } from "./span-form";
import { DocumentText } from "./document-text";
import { ExtraGold } from "./extra-gold";
import { ReviewToolbar, type ItemFilter } from "./review-toolbar";
import { useReviewKeys } from "./use-review-keys";
import type { LabelInfo } from "./kinds";

type Notice = { tone: "error" | "success" | "info"; text: string } | null;
type Mode = { kind: "browse" } | { kind: "edit" } | { kind: "add"; start: number; end: number };

const SHORTCUTS: [string[], string][] = [
  [["j", "↓"], "next"],
  [["k", "↑"], "previous"],
  [["1", "…", "9"], "accept version"],
  [["e"], "edit"],
  [["x"], "reject"],
  [["u"], "undo"],
  [["n"], "next undecided"],
  [["a"], "add a span"],
];

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

export function ReviewBoard({ initial, text, labels }: { initial: AdjudicationView; text: string; labels: LabelInfo[] }) {
  // Offsets are code points; the one OffsetIndex of the text converts them (never Array.from).
  const offsets = useMemo(() => new OffsetIndex(text), [text]);
  const textOf = useCallback((s: number, e: number) => offsets.sliceClamped(s, e), [offsets]);
  const [view, setView] = useState(initial);
  const [filter, setFilter] = useState<ItemFilter>("all");
  const [selectedKey, setSelectedKey] = useState<string | null>(() => nextUndecided(initial.items, null) ?? initial.items[0]?.item.key ?? null);
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
  const index = Math.max(0, visible.findIndex((s) => s.item.key === selectedKey));
  const current = visible[index] ?? null;
  const currentRange = useMemo(() => (current ? { start: current.item.start, end: current.item.end } : null), [current]);
  const gold = useMemo(
    () => [...view.items.flatMap((s) => (s.decision?.gold ? [s.decision.gold] : [])), ...view.added, ...view.stale.flatMap((d) => (d.gold ? [d.gold] : []))],
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

  return (
    <div className="space-y-4">
      <ReviewToolbar
        view={view} filter={filter} pending={pending} onFilter={setFilter}
        onStart={() => run(() => setStatusAction(documentId, { status: "in_adjudication" }), "Adjudication started: spans everyone agrees on are in gold.")}
        onMark={() => run(() => setStatusAction(documentId, { status: "adjudicated" }), "Marked adjudicated: the gold layer is final.")}
        onReopen={() => run(() => setStatusAction(documentId, { status: "in_adjudication" }), "Reopened for adjudication.")}
      />
      {view.annotators.some((a) => !a.included) && (
        <Alert tone="info">
          Left out until they mark the document done: {view.annotators.filter((a) => !a.included).map((a) => `${a.name} (${a.status.replace("_", " ")})`).join(", ")}.
        </Alert>
      )}
      {view.document.status === "open" && (
        <Alert tone="info">Start adjudication to put the {view.counts.agreed} spans every annotator agrees on into gold; you can undo any of them.</Alert>
      )}
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600" data-testid="shortcuts">
        <span className="font-medium">Keys</span>
        {SHORTCUTS.map(([keys, what]) => (
          <span key={what}>
            {keys.map((k) => <kbd key={k} className="mr-0.5 rounded border border-slate-300 bg-white px-1 font-mono text-[11px] text-slate-800 shadow-sm">{k}</kbd>)} {what}
          </span>
        ))}
      </p>
      <div className="grid gap-4 lg:grid-cols-[22rem_minmax(0,1fr)]">
        <section className="max-h-[80vh] self-start overflow-y-auto rounded-lg border border-slate-200 bg-white shadow-sm lg:sticky lg:top-4">
          <h2 className="sticky top-0 z-10 border-b border-slate-100 bg-white px-3 py-2 text-sm font-semibold text-slate-800">Items ({visible.length})</h2>
          <ItemList items={visible} selectedKey={current?.item.key ?? null} labels={labels} textOf={textOf} onSelect={(k) => { setSelectedKey(k); setMode({ kind: "browse" }); }} />
        </section>
        <div className="space-y-4">
          <Card>
            {current ? (
              mode.kind === "edit" && editInitial ? (
                <SpanForm
                  title="Edit into gold" initial={editInitial} labels={labels} textOf={textOf} length={offsets.length} pending={pending}
                  submitLabel="Save to gold" onCancel={() => setMode({ kind: "browse" })}
                  onSubmit={(span) => decide({ decision: "edit", span }, "Edited version saved to gold.")}
                />
              ) : (
                <ItemDetail
                  state={current} position={index + 1} total={visible.length} labels={labels} people={view.people} propositions={view.propositions} textOf={textOf}
                  length={offsets.length} readOnly={readOnly} pending={pending}
                  onAccept={(n) => decide({ decision: "accept", version: n }, `Accepted version ${n}.`)}
                  onEdit={startEdit}
                  onReject={() => decide({ decision: "reject" }, "Rejected: left out of gold.")}
                  onUndo={() => current.decision && run(() => undoAction(documentId, current.item.key, current.decision!.id), "Undone.")}
                />
              )
            ) : (
              <p className="text-sm text-slate-500">Nothing to adjudicate in this view.</p>
            )}
          </Card>
          {mode.kind === "add" ? (
            <SpanForm
              key={`${mode.start}-${mode.end}`} title="Add a span nobody made" initial={{ label: labels[0]?.key ?? "claim", start: mode.start, end: mode.end, attributes: {}, note: "" }}
              labels={labels} textOf={textOf} length={offsets.length} pending={pending} submitLabel="Add to gold"
              onCancel={() => setMode({ kind: "browse" })}
              onSubmit={(f) => run(() => addGoldSpanAction(documentId, { ...f, text: textOf(f.start, f.end) }), "Span added to gold.")}
            />
          ) : (
            <div className="flex items-center gap-2 text-sm text-slate-600">
              <Button variant="secondary" size="sm" disabled={readOnly || pending} onClick={() => startAdd()}>Add a span… (a)</Button>
              <span>or select text below to add exactly that.</span>
            </div>
          )}
          <ExtraGold
            view={view} labels={labels} readOnly={readOnly} pending={pending}
            onRemove={(id) => run(() => removeGoldSpanAction(documentId, id), "Removed from gold.")}
            onUndoStale={(key, id) => run(() => undoAction(documentId, key, id), "Undone.")}
          />
          <DocumentText length={offsets.length} textOf={textOf} gold={gold} current={currentRange} labels={labels} onSelectRange={(s, e) => startAdd(s, e)} />
        </div>
      </div>
    </div>
  );
}
