"use client";
import type { AdjudicationView } from "@/lib/domain/adjudication/adjudication-state";
import { addGoldSpanAction, removeGoldSpanAction, setStatusAction, undoAction } from "@/lib/actions/adjudication";
import { Alert, Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { ItemList } from "./item-list";
import { ItemDetail } from "./item-detail";
import { SpanForm } from "./span-form";
import { DocumentText } from "./document-text";
import { ExtraGold } from "./extra-gold";
import { ReviewToolbar } from "./review-toolbar";
import { useReviewBoard } from "./use-review-board";
import type { LabelInfo } from "./kinds";

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

/** The adjudication screen's layout; its state and writes are useReviewBoard's. */
export function ReviewBoard({ initial, text, labels }: { initial: AdjudicationView; text: string; labels: LabelInfo[] }) {
  const {
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
  } = useReviewBoard(initial, text);

  return (
    <div className="space-y-4">
      <ReviewToolbar
        view={view}
        filter={filter}
        pending={pending}
        onFilter={setFilter}
        onStart={() =>
          run(
            () => setStatusAction(documentId, { status: "in_adjudication" }),
            "Adjudication started: spans everyone agrees on are in gold.",
          )
        }
        onMark={() => run(() => setStatusAction(documentId, { status: "adjudicated" }), "Marked adjudicated: the gold layer is final.")}
        onReopen={() => run(() => setStatusAction(documentId, { status: "in_adjudication" }), "Reopened for adjudication.")}
      />
      {view.annotators.some((a) => !a.included) && (
        <Alert tone="info">
          Left out until they mark the document done:{" "}
          {view.annotators
            .filter((a) => !a.included)
            .map((a) => `${a.name} (${a.status.replace("_", " ")})`)
            .join(", ")}
          .
        </Alert>
      )}
      {view.document.status === "open" && (
        <Alert tone="info">
          Start adjudication to put the {view.counts.agreed} spans every annotator agrees on into gold; you can undo any of them.
        </Alert>
      )}
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600" data-testid="shortcuts">
        <span className="font-medium">Keys</span>
        {SHORTCUTS.map(([keys, what]) => (
          <span key={what}>
            {keys.map((k) => (
              <kbd key={k} className="mr-0.5 rounded border border-slate-300 bg-white px-1 font-mono text-[11px] text-slate-800 shadow-sm">
                {k}
              </kbd>
            ))}{" "}
            {what}
          </span>
        ))}
      </p>
      <div className="grid gap-4 lg:grid-cols-[22rem_minmax(0,1fr)]">
        <section className="max-h-[80vh] self-start overflow-y-auto rounded-lg border border-slate-200 bg-white shadow-sm lg:sticky lg:top-4">
          <h2 className="sticky top-0 z-10 border-b border-slate-100 bg-white px-3 py-2 text-sm font-semibold text-slate-800">
            Items ({visible.length})
          </h2>
          <ItemList
            items={visible}
            selectedKey={current?.item.key ?? null}
            labels={labels}
            textOf={textOf}
            onSelect={(k) => {
              setSelectedKey(k);
              setMode({ kind: "browse" });
            }}
          />
        </section>
        <div className="space-y-4">
          <Card>
            {current ? (
              mode.kind === "edit" && editInitial ? (
                <SpanForm
                  title="Edit into gold"
                  initial={editInitial}
                  labels={labels}
                  textOf={textOf}
                  length={offsets.length}
                  pending={pending}
                  submitLabel="Save to gold"
                  onCancel={() => setMode({ kind: "browse" })}
                  onSubmit={(span) => decide({ decision: "edit", span }, "Edited version saved to gold.")}
                />
              ) : (
                <ItemDetail
                  state={current}
                  position={index + 1}
                  total={visible.length}
                  labels={labels}
                  people={view.people}
                  propositions={view.propositions}
                  textOf={textOf}
                  length={offsets.length}
                  readOnly={readOnly}
                  pending={pending}
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
              key={`${mode.start}-${mode.end}`}
              title="Add a span nobody made"
              initial={{ label: labels[0]?.key ?? "claim", start: mode.start, end: mode.end, attributes: {}, note: "" }}
              labels={labels}
              textOf={textOf}
              length={offsets.length}
              pending={pending}
              submitLabel="Add to gold"
              onCancel={() => setMode({ kind: "browse" })}
              onSubmit={(f) => run(() => addGoldSpanAction(documentId, { ...f, text: textOf(f.start, f.end) }), "Span added to gold.")}
            />
          ) : (
            <div className="flex items-center gap-2 text-sm text-slate-600">
              <Button variant="secondary" size="sm" disabled={readOnly || pending} onClick={() => startAdd()}>
                Add a span… (a)
              </Button>
              <span>or select text below to add exactly that.</span>
            </div>
          )}
          <ExtraGold
            view={view}
            labels={labels}
            readOnly={readOnly}
            pending={pending}
            onRemove={(id) => run(() => removeGoldSpanAction(documentId, id), "Removed from gold.")}
            onUndoStale={(key, id) => run(() => undoAction(documentId, key, id), "Undone.")}
          />
          <DocumentText
            length={offsets.length}
            textOf={textOf}
            gold={gold}
            current={currentRange}
            labels={labels}
            onSelectRange={(s, e) => startAdd(s, e)}
          />
        </div>
      </div>
    </div>
  );
}
