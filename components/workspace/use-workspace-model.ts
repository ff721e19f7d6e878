"use client";
import { useEffect, useState, useSyncExternalStore } from "react";
import { WorkspaceModel, type SaveState } from "@/lib/client/workspace-model";
import { unpackSpan, type PackedSpan } from "@/lib/domain/spans/packed-spans";
import { afterNextPaint, markSpansReceived } from "./perf-marks";

interface PostTaskScheduler {
  postTask(task: () => void, options: { priority: "background" }): Promise<void>;
}

/**
 * A save starts after the change has painted, as a background-priority task (Chrome's
 * scheduler.postTask; a plain task elsewhere): building and sending the request, and the save
 * indicator's render, wait behind pending input and rendering instead of delaying them.
 */
function scheduleSave(send: () => void): void {
  afterNextPaint(() => {
    const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
    if (scheduler?.postTask) void scheduler.postTask(send, { priority: "background" });
    else setTimeout(send, 0);
  });
}

/** A stored span as the page sends it: packed, and without its text (the document's, by offsets). */
export type InitialSpan = PackedSpan;

/** The document's client model (spans, undo, the save queue), made once, and its current snapshot. */
export function useWorkspaceModel(documentId: string, text: string, spans: readonly InitialSpan[]) {
  const [model] = useState(() => {
    markSpansReceived();
    return new WorkspaceModel({ documentId, text, spans: spans.map(unpackSpan), scheduleSave });
  });
  useEffect(() => () => model.dispose(), [model]);
  // The content only: a request going out or coming back re-renders what subscribes to the
  // save state (useSaveState), not the workspace.
  const snap = useSyncExternalStore(model.subscribe, model.getContent, model.getContent);
  return { model, snap };
}

/** The save queue's state, for the few elements that show it (indicator, unsaved marks). */
export function useSaveState(model: WorkspaceModel): SaveState {
  return useSyncExternalStore(model.subscribe, model.getSaveState, model.getSaveState);
}
