"use client";
import "./workspace.css";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { splitParagraphs } from "@/lib/client/paragraphs";
import { NO_SPANS } from "@/lib/client/paragraph-buckets";
import type { LabelDef } from "@/lib/client/span-types";
import { DocumentText } from "./document-text";
import { Toolbar } from "./toolbar";
import { Notices } from "./notices";
import { GuidelinesDrawer } from "./guidelines-drawer";
import type { AnnotatorStatus } from "@/lib/domain/projects/annotator-status";
import { useWorkspaceActions } from "./use-workspace-actions";
import { useWorkspaceKeys } from "./use-workspace-keys";
import { useReaderInput } from "./use-reader-input";
import { useHighlights } from "./use-highlights";
import { useUnsavedWarning, useValueAfterPaint } from "./use-after-paint";
import { labelCss } from "./label-styles";
import { installBenchHooks } from "./bench-hooks";
import { WorkspaceSuggestions } from "./suggestions/workspace-suggestions";
import { useSuggestions } from "./suggestions/use-suggestions";
import { paragraphsInView } from "./paragraphs-in-view";
import { useDeleteConfirm } from "./use-delete-confirm";
import { useEditGate } from "./use-edit-gate";
import { useWorkspaceModel, type InitialSpan } from "./use-workspace-model";
import { useSelectedSpan } from "./use-selected-span";
import { useOverlays } from "./use-overlays";
import { WorkspaceTopBar } from "./workspace-top-bar";
import { SpanSidebar } from "./span-sidebar";
import { ClaimLinks } from "./claim-links";

export type { InitialSpan } from "./use-workspace-model";

export interface WorkspaceProps {
  documentId: string;
  projectId: string;
  text: string;
  language: string;
  publishedAt: string | null;
  labels: LabelDef[];
  /** Packed (lib/domain/spans/packed-spans.ts). */
  spans: readonly InitialSpan[];
  status: AnnotatorStatus;
  /** The document's adjudication status (open, in_adjudication, adjudicated). */
  documentStatus: string;
  canAnnotate: boolean;
  /** Reviewers and managers link any claim; annotators propose (the server decides either way). */
  canManagePropositions: boolean;
  header: ReactNode;
  guidelines: ReactNode;
}

export function Workspace(props: WorkspaceProps) {
  const { documentId, text, labels, language, canAnnotate } = props;
  const { model, snap } = useWorkspaceModel(documentId, text, props.spans);

  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const paragraphStarts = useMemo(() => paragraphs.map((p) => p.u16Start), [paragraphs]);
  const names = useMemo(() => Object.fromEntries(labels.map((l) => [l.key, l.name])), [labels]);

  const readerRef = useRef<HTMLDivElement>(null);
  const caretRef = useRef<HTMLDivElement>(null);
  // Alt was held when the current text selection was made: tag it exactly, no word snap.
  const exactRef = useRef(false);
  const { buckets, revealRange, revealed, textRange } = useHighlights(readerRef, paragraphs, snap, language);
  const { selectedKey, selectedKeyRef, setSelectedKey, selected } = useSelectedSpan(snap);
  const onScreen = useCallback((): readonly [number, number] | null => {
    const r = readerRef.current && paragraphsInView(readerRef.current, 0);
    const first = r ? paragraphs[r[0]] : undefined;
    const last = r ? paragraphs[r[1]] : undefined;
    return first && last ? [first.start, last.end] : null;
  }, [paragraphs]);
  const suggestions = useSuggestions(documentId, model, snap, canAnnotate, onScreen);

  const deleteConfirm = useDeleteConfirm(model, props.projectId);
  const [status, setStatus] = useState<AnnotatorStatus>(props.status);
  const notifyError = useCallback((m: string) => model.notify("error", m), [model]);
  const editGate = useEditGate(documentId, props.documentStatus, status, setStatus, notifyError);
  const actions = useWorkspaceActions({
    model,
    readerRef,
    selectedKeyRef,
    exactRef,
    setSelectedKey,
    publishedAt: props.publishedAt,
    language,
    canAnnotate,
    beforeDelete: deleteConfirm.beforeDelete,
    editGate: editGate.gate,
  });
  const reader = useReaderInput({ readerRef, caretRef, exactRef, selectedKeyRef, paragraphStarts, text, language, actions });
  const overlays = useOverlays();
  useWorkspaceKeys({
    actions,
    labels,
    readerRef,
    selectedKeyRef,
    toggleHelp: overlays.toggleHelp,
    toggleGuidelines: overlays.toggleGuidelines,
    closeOverlay: overlays.closeOverlay,
  });

  useUnsavedWarning(model);
  // Only in benchmark builds (bench/support/build.ts): Next inlines the flag, so production
  // bundles drop the branch and the hooks with it.
  useEffect(
    () =>
      process.env.PARALLAX_BENCH === "1" ? installBenchHooks({ readerRef, paragraphStarts, model, select: actions.select }) : undefined,
    [model, paragraphStarts, actions],
  );

  // The panel list renders from a copy updated after the text has painted a change.
  const listSpans = useValueAfterPaint(revealed ? snap.spans : NO_SPANS);
  // The editor follows the selection a paint later (the highlight first); edits in it are live.
  const editingKey = useValueAfterPaint(selectedKey);
  const editing = editingKey ? (snap.byKey.get(editingKey) ?? null) : null;
  const failed = snap.failedKey ? (snap.byKey.get(snap.failedKey) ?? null) : null;
  const onSelectRow = useCallback((key: string) => actions.select(key, true), [actions]);
  const onDismiss = useCallback((id: number) => model.dismiss(id), [model]);
  const onUpdate = (patch: Parameters<typeof model.update>[1], mergeKey: string) => {
    if (!editing) return;
    const key = editing.key;
    const run = () => {
      const r = model.update(key, patch, mergeKey);
      if (!r.ok) model.notify("warn", r.message);
    };
    if (editGate.gate.needed()) editGate.gate.ask(run);
    else run();
  };

  return (
    <div className="-mt-2">
      <style>{labelCss(labels)}</style>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_23rem]">
        <div className="min-w-0">
          <WorkspaceTopBar
            projectId={props.projectId}
            documentId={documentId}
            header={props.header}
            labels={labels}
            helpOpen={overlays.helpOpen}
            onHelp={overlays.setHelpOpen}
            onToggleGuidelines={overlays.toggleGuidelines}
            status={status}
            onStatus={setStatus}
            hasSpans={snap.spans.length > 0}
            canAnnotate={canAnnotate}
            onError={notifyError}
          />
          <Toolbar
            labels={labels}
            canAnnotate={canAnnotate}
            selectedLabel={selected?.label ?? null}
            snap={snap}
            model={model}
            actions={actions}
          />
          <WorkspaceSuggestions
            state={suggestions}
            model={model}
            labels={labels}
            readerRef={readerRef}
            paragraphStarts={paragraphStarts}
            canAnnotate={canAnnotate}
          />
          {!canAnnotate && (
            <p className="mx-auto mt-4 max-w-[70ch] rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              You are not an annotator on this project, so this view is read-only.
            </p>
          )}
          <article className="mx-auto mt-5 max-w-[calc(70ch+5rem)] rounded-xl border border-slate-200 bg-white px-4 py-5 shadow-sm sm:px-10 sm:py-8">
            <DocumentText
              readerRef={readerRef}
              caretRef={caretRef}
              paragraphs={paragraphs}
              buckets={buckets}
              revealFrom={revealRange[0]}
              revealTo={revealRange[1]}
              textRange={textRange}
              selected={selected}
              failed={failed}
              suggestions={suggestions.pending}
              currentSuggestion={suggestions.current}
              names={names}
              language={language}
              onMouseUp={reader.onMouseUp}
              onClick={reader.onClick}
              onFocus={reader.onFocus}
              onBlur={reader.onBlur}
            />
          </article>
        </div>
        <SpanSidebar
          editing={editing}
          model={model}
          editor={{
            labels,
            readOnly: !canAnnotate,
            onRetag: (label) => editing && actions.retag(editing.key, label),
            onUpdate,
            onMove: (which, dir) => actions.moveBoundary(which, dir, "word", { timeStamp: performance.now() }),
            onDelete: () => actions.deleteSelected({ timeStamp: performance.now() }),
          }}
          footer={
            editing?.label === "claim" ? (
              <ClaimLinks
                spanKey={editing.key}
                text={editing.text}
                model={model}
                projectId={props.projectId}
                canManage={props.canManagePropositions}
              />
            ) : null
          }
          listSpans={listSpans}
          labels={labels}
          selectedKey={selectedKey}
          onSelect={onSelectRow}
        />
      </div>
      <Notices notices={snap.notices} onDismiss={onDismiss} />
      {deleteConfirm.dialog}
      {editGate.dialog}
      {overlays.guidelinesOpen && (
        <GuidelinesDrawer projectId={props.projectId} onClose={() => overlays.setGuidelinesOpen(false)}>
          {props.guidelines}
        </GuidelinesDrawer>
      )}
    </div>
  );
}
