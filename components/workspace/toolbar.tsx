"use client";
import type { LabelDef } from "@/lib/client/span-types";
import type { ContentSnapshot, WorkspaceModel } from "@/lib/client/workspace-model";
import type { WorkspaceActions } from "./use-workspace-actions";
import { LabelPalette } from "./label-palette";
import { SaveIndicator } from "./save-indicator";
import { useSaveState } from "./use-workspace-model";

// No CSS transitions on what changes with every edit (undo/redo enabled, the active label, the
// selected row): a running transition restyles and repaints on the main thread each frame for
// its duration, and each "transitionrun" event went through React's dispatch (bench:workspace trace).
export const iconBtn =
  "inline-flex h-8 items-center gap-1 rounded-md border border-slate-200 bg-white px-2 text-sm text-slate-700 shadow-sm hover:bg-slate-50 disabled:opacity-40";

/** Sticky above the text: the label palette, save state, undo and redo. */
export function Toolbar({
  labels,
  canAnnotate,
  selectedLabel,
  snap,
  model,
  actions,
}: {
  labels: readonly LabelDef[];
  canAnnotate: boolean;
  selectedLabel: string | null;
  snap: ContentSnapshot;
  model: WorkspaceModel;
  actions: WorkspaceActions;
}) {
  return (
    <div className="sticky top-0 z-20 -mx-3 mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 bg-slate-50 px-3 py-2.5 [contain:layout]">
      <LabelPalette labels={labels} onPick={actions.tag} disabled={!canAnnotate} activeLabel={selectedLabel} />
      <div className="ml-auto flex items-center gap-2">
        <LiveSaveIndicator model={model} />
        <span className="mx-1 h-5 w-px bg-slate-200" aria-hidden />
        <button
          type="button"
          className={iconBtn}
          disabled={!snap.canUndo || !canAnnotate}
          onClick={(e) => actions.undo(e)}
          title="Undo (Ctrl+Z)"
          aria-label="Undo"
        >
          ↶
        </button>
        <button
          type="button"
          className={iconBtn}
          disabled={!snap.canRedo || !canAnnotate}
          onClick={(e) => actions.redo(e)}
          title="Redo (Ctrl+Shift+Z)"
          aria-label="Redo"
        >
          ↷
        </button>
      </div>
    </div>
  );
}

/** The indicator on its own subscription: save progress re-renders only this. */
function LiveSaveIndicator({ model }: { model: WorkspaceModel }) {
  const { save } = useSaveState(model);
  return <SaveIndicator save={save} onRetry={() => model.retrySaving()} onDiscard={() => model.discardFailed()} />;
}
