"use client";
import type { RefObject } from "react";
import type { WorkspaceModel } from "@/lib/client/workspace-model";
import type { LabelDef } from "@/lib/client/span-types";
import type { SuggestionsState } from "./use-suggestions";
import { useSuggestionKeys } from "./use-suggestion-keys";
import { useSuggestionJump } from "./use-suggestion-marks";
import { SuggestionBar } from "./suggestion-bar";
import { suggestionCss } from "./suggestion-css";

/**
 * The suggestions' bar, keys and styles, in one element the workspace places above the text.
 * The state comes from the workspace (useSuggestions), which also hands the pending ones to
 * the paragraphs that draw them.
 */
export function WorkspaceSuggestions(props: {
  state: SuggestionsState;
  model: WorkspaceModel;
  labels: readonly LabelDef[];
  readerRef: RefObject<HTMLDivElement | null>;
  paragraphStarts: readonly number[];
  canAnnotate: boolean;
}) {
  const { state } = props;
  const jump = useSuggestionJump(props.readerRef, props.paragraphStarts, props.model.index, state.pending);
  useSuggestionKeys(state, jump);
  return (
    <>
      <style>{suggestionCss(props.labels)}</style>
      <SuggestionBar state={state} labels={props.labels} onJump={jump} canAnnotate={props.canAnnotate} />
    </>
  );
}
