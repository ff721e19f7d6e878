"use client";
import type { ReactNode } from "react";
import type { WorkspaceModel } from "@/lib/client/workspace-model";
import { useSaveState } from "./use-workspace-model";
import type { ClientSpan, LabelDef } from "@/lib/client/span-types";
import { SpanEditor, type SpanEditorProps } from "./span-editor";
import { SpanList } from "./span-list";

/**
 * The panel beside the text: the selected span's editor over the list of spans in reading order.
 * With a span selected the editor takes the height it needs (Note and the link panel in view at
 * 1280×800) and the list keeps a strip.
 */
export function SpanSidebar(p: {
  editing: ClientSpan | null;
  /** For the unsaved marks (its save state: the sidebar alone re-renders when it changes). */
  model: WorkspaceModel;
  editor: Omit<SpanEditorProps, "span" | "footer" | "unsaved">;
  footer: ReactNode;
  listSpans: readonly ClientSpan[];
  labels: readonly LabelDef[];
  selectedKey: string | null;
  onSelect: (key: string) => void;
}) {
  const { editing } = p;
  const { unsaved } = useSaveState(p.model);
  return (
    <aside
      className="sticky top-4 flex h-[calc(100vh-2rem)] min-h-[28rem] flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm [contain:strict]"
      aria-label="Spans"
    >
      <div className={`${editing ? "min-h-0 flex-1" : "shrink-0"} overflow-y-auto border-b border-slate-200`}>
        <SpanEditor span={editing} {...p.editor} unsaved={editing ? unsaved.has(editing.key) : false} footer={p.footer} />
      </div>
      <div className="flex items-center justify-between px-4 pb-1 pt-3">
        <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Spans in reading order</h2>
      </div>
      <div className={`flex min-h-0 flex-col ${editing ? "h-32 shrink-0" : "flex-1"}`}>
        <SpanList spans={p.listSpans} labels={p.labels} selectedKey={p.selectedKey} unsaved={unsaved} onSelect={p.onSelect} />
      </div>
    </aside>
  );
}
