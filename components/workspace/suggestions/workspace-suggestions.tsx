"use client";
import type { RefObject } from "react";
import type { WorkspaceModel, ContentSnapshot } from "@/lib/client/workspace-model";
import type { LabelDef } from "@/lib/client/span-types";
import { useSuggestions } from "./use-suggestions";
import { useSuggestionKeys } from "./use-suggestion-keys";
import { useSuggestionHighlights } from "./use-suggestion-highlights";
import { SuggestionBar } from "./suggestion-bar";
import { suggestionCss } from "./suggestion-css";

/** Everything about suggestions in the workspace, in one element the workspace places above the text. */
export function WorkspaceSuggestions(props: {
  documentId: string;
  model: WorkspaceModel;
  snap: ContentSnapshot;
  labels: readonly LabelDef[];
  readerRef: RefObject<HTMLDivElement | null>;
  paragraphStarts: readonly number[];
  canAnnotate: boolean;
}) {
  const state = useSuggestions(props.documentId, props.model, props.snap, props.canAnnotate);
  const jump = useSuggestionHighlights(props.readerRef, props.paragraphStarts, props.model.index, state.pending, state.current);
  useSuggestionKeys(state, jump);
  return (
    <>
      <style>{suggestionCss(props.labels)}</style>
      <SuggestionBar state={state} labels={props.labels} onJump={jump} canAnnotate={props.canAnnotate} />
    </>
  );
}
