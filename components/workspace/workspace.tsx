"use client";
import "./workspace.css";
import Link from "next/link";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { WorkspaceModel } from "@/lib/client/workspace-model";
import { splitParagraphs } from "@/lib/client/paragraphs";
import { NO_SPANS } from "@/lib/client/paragraph-buckets";
import type { LabelDef, ServerSpan } from "@/lib/client/span-types";
import { DocumentText } from "./document-text";
import { SpanEditor } from "./span-editor";
import { SpanList } from "./span-list";
import { iconBtn, Toolbar } from "./toolbar";
import { HelpPopover } from "./help-popover";
import { Notices } from "./notices";
import { GuidelinesDrawer } from "./guidelines-drawer";
import { StatusButton } from "./status-button";
import type { AnnotatorStatus } from "@/lib/domain/annotator-status";
import { useWorkspaceActions } from "./use-workspace-actions";
import { useWorkspaceKeys } from "./use-workspace-keys";
import { useReaderInput } from "./use-reader-input";
import { afterNextPaint, endOpAfterCommit, markSpansReceived } from "./perf-marks";
import { useHighlights } from "./use-highlights";
import { useUnsavedWarning, useValueAfterPaint } from "./use-after-paint";
import { labelCss } from "./label-styles";
import { installBenchHooks } from "./bench-hooks";
import { LinkClaimPanel } from "@/components/propositions/link-claim-panel";
import { WorkspaceSuggestions } from "./suggestions/workspace-suggestions";
import { useDeleteConfirm } from "./use-delete-confirm";
import { useEditGate } from "./use-edit-gate";

/** A stored span as the page sends it: the text is left out (it is the document's, by offsets). */
export type InitialSpan = Omit<ServerSpan, "text">;

export interface WorkspaceProps {
  documentId: string;
  projectId: string;
  text: string;
  language: string;
  publishedAt: string | null;
  labels: LabelDef[];
  spans: InitialSpan[];
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
  const [model] = useState(() => {
    markSpansReceived();
    return new WorkspaceModel({
      documentId,
      text,
      spans: props.spans,
      scheduleSave: afterNextPaint,
    });
  });
  useEffect(() => () => model.dispose(), [model]);
  const snap = useSyncExternalStore(model.subscribe, model.getSnapshot, model.getSnapshot);

  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const paragraphStarts = useMemo(() => paragraphs.map((p) => p.u16Start), [paragraphs]);
  const names = useMemo(() => Object.fromEntries(labels.map((l) => [l.key, l.name])), [labels]);

  const readerRef = useRef<HTMLDivElement>(null);
  const { buckets, revealRange, revealed } = useHighlights(readerRef, paragraphs, snap, language);

  const [selectedKey, setSelectedKeyState] = useState<string | null>(null);
  const selectedKeyRef = useRef<string | null>(null);
  const setSelectedKey = useCallback((k: string | null) => {
    selectedKeyRef.current = k;
    setSelectedKeyState(k);
  }, []);
  const selected = selectedKey ? (snap.byKey.get(selectedKey) ?? null) : null;
  useEffect(() => {
    if (selectedKey && !selected) setSelectedKey(null);
  }, [selectedKey, selected, setSelectedKey]);
  useLayoutEffect(() => endOpAfterCommit(), [snap.spans, selectedKey]);

  const caretRef = useRef<HTMLDivElement>(null);
  const exactRef = useRef(false);
  const deleteConfirm = useDeleteConfirm(model, props.projectId);
  const [status, setStatus] = useState<AnnotatorStatus>(props.status);
  const editGate = useEditGate(documentId, props.documentStatus, status, setStatus, (m) => model.notify("error", m));
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

  const [helpOpen, setHelpOpen] = useState(false);
  const [guidelinesOpen, setGuidelinesOpen] = useState(false);
  const overlays = useRef({ helpOpen, guidelinesOpen });
  overlays.current = { helpOpen, guidelinesOpen };
  useWorkspaceKeys({
    actions,
    labels,
    readerRef,
    selectedKeyRef,
    toggleHelp: () => setHelpOpen((o) => !o),
    toggleGuidelines: () => setGuidelinesOpen((o) => !o),
    closeOverlay: () => {
      const { helpOpen: h, guidelinesOpen: g } = overlays.current;
      setHelpOpen(false);
      setGuidelinesOpen(false);
      return h || g;
    },
  });

  useUnsavedWarning(snap.save.pending > 0);
  // Only in benchmark builds (bench/support/build.ts): Next inlines the flag, so production
  // bundles drop the branch and the hooks with it.
  useEffect(
    () => (process.env.PARALLAX_BENCH === "1" ? installBenchHooks({ readerRef, paragraphStarts, model, select: actions.select }) : undefined),
    [model, paragraphStarts, actions],
  );

  // The panel list renders from a copy updated after the text has painted a change.
  const listSpans = useValueAfterPaint(revealed ? snap.spans : NO_SPANS);
  // The editor follows the selection a paint later (the highlight first); edits in it are live.
  const editingKey = useValueAfterPaint(selectedKey);
  const editing = editingKey ? (snap.byKey.get(editingKey) ?? null) : null;
  const failed = snap.save.failure ? (snap.byKey.get(snap.save.failure.key) ?? null) : null;
  const onSelectRow = useCallback((key: string) => actions.select(key, true), [actions]);
  const onDismiss = useCallback((id: number) => model.dismiss(id), [model]);

  return (
    <div className="-mt-2">
      <style>{labelCss(labels)}</style>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_23rem]">
        <div className="min-w-0">
          <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-2">
            <div className="min-w-0 flex-1 basis-72">
              <Link href={`/projects/${props.projectId}`} className="text-xs text-slate-500 hover:underline">
                ← Documents
              </Link>
              {props.header}
            </div>
            <div className="flex shrink-0 flex-wrap items-center gap-2 sm:mt-5">
              <div className="relative">
                <button type="button" className={iconBtn} aria-expanded={helpOpen} onClick={() => setHelpOpen(!helpOpen)} title="Keyboard and mouse (?)">
                  Keys <kbd className="ws-kbd">?</kbd>
                </button>
                {helpOpen && <HelpPopover labels={labels} onClose={() => setHelpOpen(false)} />}
              </div>
              <button type="button" className={iconBtn} onClick={() => setGuidelinesOpen((o) => !o)} title="Guidelines (g)">
                Guidelines <kbd className="ws-kbd">g</kbd>
              </button>
              <span className="mx-1 h-5 w-px bg-slate-200" aria-hidden />
              <StatusButton
                documentId={documentId}
                status={status}
                onStatus={setStatus}
                hasSpans={snap.spans.length > 0}
                disabled={!canAnnotate}
                onError={(m) => model.notify("error", m)}
              />
            </div>
          </div>
          <Toolbar
            labels={labels}
            canAnnotate={canAnnotate}
            selectedLabel={selected?.label ?? null}
            snap={snap}
            actions={actions}
            onRetry={() => model.retrySaving()}
            onDiscard={() => model.discardFailed()}
          />
          <WorkspaceSuggestions documentId={documentId} model={model} snap={snap} labels={labels} readerRef={readerRef} paragraphStarts={paragraphStarts} canAnnotate={canAnnotate} />
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
              selected={selected}
              failed={failed}
              names={names}
              language={language}
              onMouseUp={reader.onMouseUp}
              onClick={reader.onClick}
              onFocus={reader.onFocus}
              onBlur={reader.onBlur}
            />
          </article>
        </div>
        <aside className="sticky top-4 flex h-[calc(100vh-2rem)] min-h-[28rem] flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm [contain:strict]" aria-label="Spans">
          {/* With a span selected the editor takes the height it needs (Note and the link panel in view at 1280×800) and the list keeps a strip. */}
          <div className={`${editing ? "min-h-0 flex-1" : "shrink-0"} overflow-y-auto border-b border-slate-200`}>
            <SpanEditor
              span={editing}
              labels={labels}
              unsaved={editing ? snap.unsaved.has(editing.key) : false}
              readOnly={!canAnnotate}
              onRetag={(label) => editing && actions.retag(editing.key, label)}
              onUpdate={(patch, mergeKey) => {
                if (!editing) return;
                const key = editing.key;
                const run = () => {
                  const r = model.update(key, patch, mergeKey);
                  if (!r.ok) model.notify("warn", r.message);
                };
                if (editGate.gate.needed()) editGate.gate.ask(run);
                else run();
              }}
              onMove={(which, dir) => actions.moveBoundary(which, dir, "word", { timeStamp: performance.now() })}
              onDelete={() => actions.deleteSelected({ timeStamp: performance.now() })}
              footer={editing?.label === "claim" ? <ClaimLinks spanKey={editing.key} text={editing.text} serverId={model.serverId(editing.key)} projectId={props.projectId} canManage={props.canManagePropositions} /> : null}
            />
          </div>
          <div className="flex items-center justify-between px-4 pb-1 pt-3">
            <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Spans in reading order</h2>
          </div>
          <div className={`flex min-h-0 flex-col ${editing ? "h-32 shrink-0" : "flex-1"}`}>
            <SpanList spans={listSpans} labels={labels} selectedKey={selectedKey} unsaved={snap.unsaved} onSelect={onSelectRow} />
          </div>
        </aside>
      </div>
      <Notices notices={snap.notices} onDismiss={onDismiss} />
      {deleteConfirm.dialog}
      {editGate.dialog}
      {guidelinesOpen && (
        <GuidelinesDrawer projectId={props.projectId} onClose={() => setGuidelinesOpen(false)}>
          {props.guidelines}
        </GuidelinesDrawer>
      )}
    </div>
  );
}

/** Link the selected claim to propositions; a claim still being saved has no id to link yet. */
function ClaimLinks({ spanKey, text, serverId, projectId, canManage }: { spanKey: string; text: string; serverId: string | undefined; projectId: string; canManage: boolean }) {
  return (
    <section data-testid="claim-links">
      {/* No heading of its own: the panel's "Linked propositions" names the section (two headings cost a line at 1280×800). */}
      {serverId ? (
        <LinkClaimPanel key={spanKey} projectId={projectId} annotation={{ id: serverId, label: "claim", text }} canManage={canManage} />
      ) : (
        <p className="text-xs text-slate-500">Saving the claim… it can be linked once saved.</p>
      )}
    </section>
  );
}
