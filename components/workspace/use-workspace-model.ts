"use client";
import { useEffect, useState, useSyncExternalStore } from "react";
import { WorkspaceModel } from "@/lib/client/workspace-model";
import type { ServerSpan } from "@/lib/client/span-types";
import { afterNextPaint, markSpansReceived } from "./perf-marks";

/** A stored span as the page sends it: the text is left out (it is the document's, by offsets). */
export type InitialSpan = Omit<ServerSpan, "text">;

/** The document's client model (spans, undo, the save queue), made once, and its current snapshot. */
export function useWorkspaceModel(documentId: string, text: string, spans: InitialSpan[]) {
  const [model] = useState(() => {
    markSpansReceived();
    return new WorkspaceModel({ documentId, text, spans, scheduleSave: afterNextPaint });
  });
  useEffect(() => () => model.dispose(), [model]);
  const snap = useSyncExternalStore(model.subscribe, model.getSnapshot, model.getSnapshot);
  return { model, snap };
}
