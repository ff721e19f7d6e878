"use client";
import { useEffect, useRef, type RefObject } from "react";
import type { LabelDef } from "@/lib/client/span-types";
import type { WorkspaceActions } from "./use-workspace-actions";
import { moveCaret } from "./use-reader-input";

export interface KeyDeps {
  actions: WorkspaceActions;
  labels: readonly LabelDef[];
  readerRef: RefObject<HTMLDivElement | null>;
  selectedKeyRef: RefObject<string | null>;
  toggleHelp(): void;
  toggleGuidelines(): void;
  /** Close an open popover/drawer; true if one was open. */
  closeOverlay(): boolean;
}

/** The workspace's keyboard map (see the help popover), on the window, outside form fields. */
export function useWorkspaceKeys(deps: KeyDeps): void {
  const ref = useRef(deps);
  ref.current = deps;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => handleKey(e, ref.current);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}

function isEditable(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT";
}

function matchesHotkey(e: KeyboardEvent, hotkey: string): boolean {
  if (!hotkey || e.shiftKey) return false;
  if (e.key === hotkey) return true;
  return /^\d$/.test(hotkey) && (e.code === `Digit${hotkey}` || e.code === `Numpad${hotkey}`);
}

function handleKey(e: KeyboardEvent, d: KeyDeps): void {
  if (e.defaultPrevented || e.isComposing) return;
  // A modal question (confirm dialog) owns the keyboard until it is answered.
  if ((e.target as HTMLElement | null)?.closest?.("dialog[open]")) return;
  const { actions } = d;
  if (isEditable(e.target)) {
    if (e.key === "Escape") {
      (e.target as HTMLElement).blur();
      d.readerRef.current?.focus({ preventScroll: true });
    }
    return;
  }
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod && !e.altKey && key === "z") {
    e.preventDefault();
    if (e.shiftKey) actions.redo(e);
    else actions.undo(e);
    return;
  }
  if (mod && !e.altKey && key === "y") {
    e.preventDefault();
    actions.redo(e);
    return;
  }
  const reader = d.readerRef.current;
  if (reader && reader.ownerDocument.activeElement === reader && moveCaret(e, reader)) return;
  if (mod) return;
  const label = d.labels.find((l) => matchesHotkey(e, l.hotkey));
  if (label) {
    e.preventDefault();
    actions.tag(label, e);
    return;
  }
  if (e.code === "BracketLeft" || e.code === "BracketRight") {
    if (!d.selectedKeyRef.current) return;
    e.preventDefault();
    actions.moveBoundary(e.shiftKey ? "end" : "start", e.code === "BracketLeft" ? -1 : 1, e.altKey ? "grapheme" : "word", e);
    return;
  }
  switch (e.key) {
    case "Delete":
    case "Backspace":
      if (!d.selectedKeyRef.current) return;
      e.preventDefault();
      actions.deleteSelected(e);
      return;
    case "Escape":
      if (d.closeOverlay()) return;
      actions.select(null);
      reader?.ownerDocument.getSelection()?.removeAllRanges();
      return;
    case "j":
    case "k":
      e.preventDefault();
      actions.selectAdjacent(e.key === "j" ? 1 : -1);
      return;
    case "?":
      e.preventDefault();
      d.toggleHelp();
      return;
    case "g":
      e.preventDefault();
      d.toggleGuidelines();
      return;
    case "Enter": {
      // Enter on a row of the span list selects that span and opens its editor.
      const row = (e.target as HTMLElement).closest?.<HTMLElement>("[data-span-row]");
      if (row?.dataset.spanRow) {
        e.preventDefault();
        actions.select(row.dataset.spanRow, true);
        focusEditorSoon(row.dataset.spanRow);
        return;
      }
      if (!d.selectedKeyRef.current || (e.target as HTMLElement).closest?.("button, a")) return;
      e.preventDefault();
      document.querySelector<HTMLElement>("[data-editor-first]")?.focus();
      return;
    }
  }
}

/** The editor follows the selection a paint later (see workspace.tsx): focus it once it shows. */
function focusEditorSoon(key: string, tries = 20): void {
  requestAnimationFrame(() => {
    const editor = document.querySelector<HTMLElement>(`[data-testid=span-editor][data-key="${CSS.escape(key)}"]`);
    const field = editor?.querySelector<HTMLElement>("[data-editor-first]") ?? editor?.querySelector<HTMLElement>("textarea");
    if (field) field.focus();
    else if (tries > 0) focusEditorSoon(key, tries - 1);
  });
}
