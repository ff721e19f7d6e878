"use client";
import { useCallback, useEffect, type RefObject } from "react";
import { readSelection, selectUtf16Range } from "@/lib/client/selection-offsets";
import { snapRange } from "@/lib/client/text-boundaries";
import type { WorkspaceActions } from "./use-workspace-actions";

interface ReaderDeps {
  readerRef: RefObject<HTMLDivElement | null>;
  caretRef: RefObject<HTMLDivElement | null>;
  exactRef: RefObject<boolean>;
  selectedKeyRef: RefObject<string | null>;
  paragraphStarts: readonly number[];
  text: string;
  language: string;
  actions: WorkspaceActions;
}

/**
 * Pointer input on the reader, delegated: mouse-up snaps the selection to whole words
 * (unless Alt is held) so the annotator sees what a hotkey will tag; a click on a highlight
 * selects its span, and clicking the same place again selects the next enclosing span. Also
 * draws the caret of the keyboard caret mode.
 */
export function useReaderInput(d: ReaderDeps) {
  const { readerRef, caretRef, exactRef, selectedKeyRef, paragraphStarts, text, language, actions } = d;

  const onMouseUp = useCallback(
    (e: React.MouseEvent<HTMLDivElement>) => {
      exactRef.current = e.altKey;
      if (e.altKey) return;
      setTimeout(() => {
        const reader = readerRef.current;
        const sel = reader?.ownerDocument.getSelection() ?? null;
        const raw = reader ? readSelection(reader, sel) : null;
        if (!reader || !raw) return;
        const snapped = snapRange(text, raw[0], raw[1], "word", language);
        if (snapped && (snapped[0] !== raw[0] || snapped[1] !== raw[1])) selectUtf16Range(reader, paragraphStarts, snapped[0], snapped[1]);
      }, 0);
    },
    [readerRef, exactRef, paragraphStarts, text, language],
  );

  const onClick = useCallback(
    (e: React.MouseEvent<HTMLDivElement>) => {
      const reader = readerRef.current;
      const sel = reader?.ownerDocument.getSelection();
      if (!reader || (sel && !sel.isCollapsed)) return;
      const chain: string[] = [];
      for (let el = e.target as Element | null; el && el !== reader; el = el.parentElement) {
        const k = el.getAttribute("data-k");
        if (k) chain.push(k);
      }
      if (chain.length === 0) return actions.select(null);
      const i = chain.indexOf(selectedKeyRef.current ?? "");
      actions.select(chain[i < 0 ? 0 : (i + 1) % chain.length]);
    },
    [readerRef, selectedKeyRef, actions],
  );

  const drawCaret = useCallback(() => {
    const reader = readerRef.current;
    const caret = caretRef.current;
    if (!reader || !caret) return;
    const doc = reader.ownerDocument;
    const sel = doc.getSelection();
    const show = doc.activeElement === reader && sel && sel.rangeCount > 0 && sel.isCollapsed && reader.contains(sel.anchorNode);
    if (!show) {
      caret.hidden = true;
      return;
    }
    const range = sel.getRangeAt(0);
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    const box = reader.getBoundingClientRect();
    caret.hidden = false;
    caret.style.left = `${rect.left - box.left}px`;
    caret.style.top = `${rect.top - box.top}px`;
    caret.style.height = `${Math.max(rect.height, 16)}px`;
  }, [readerRef, caretRef]);

  useEffect(() => {
    const doc = readerRef.current?.ownerDocument;
    if (!doc) return;
    doc.addEventListener("selectionchange", drawCaret);
    return () => doc.removeEventListener("selectionchange", drawCaret);
  }, [readerRef, drawCaret]);

  const onFocus = useCallback(() => drawCaret(), [drawCaret]);
  const onBlur = useCallback(() => {
    if (caretRef.current) caretRef.current.hidden = true;
  }, [caretRef]);

  return { onMouseUp, onClick, onFocus, onBlur };
}

const CARET_KEYS: Record<string, [string, string]> = {
  ArrowLeft: ["backward", "character"],
  ArrowRight: ["forward", "character"],
  ArrowUp: ["backward", "line"],
  ArrowDown: ["forward", "line"],
  Home: ["backward", "lineboundary"],
  End: ["forward", "lineboundary"],
};

/**
 * Caret mode: with the reader focused, arrows move a caret through the text (Ctrl: by word),
 * Shift+arrows select, Home/End go to the line's ends. Returns true when it handled the key.
 */
export function moveCaret(e: KeyboardEvent, reader: HTMLElement): boolean {
  const spec = CARET_KEYS[e.key];
  if (!spec || e.altKey || e.metaKey) return false;
  const doc = reader.ownerDocument;
  const sel = doc.getSelection();
  if (!sel) return false;
  e.preventDefault();
  if (sel.rangeCount === 0 || !reader.contains(sel.anchorNode)) placeCaretInView(reader, sel);
  const granularity = e.ctrlKey && spec[1] === "character" ? "word" : spec[1];
  (sel as Selection & { modify(a: string, d: string, g: string): void }).modify(e.shiftKey ? "extend" : "move", spec[0], granularity);
  const node = sel.focusNode;
  const el = node?.nodeType === 3 ? node.parentElement : (node as Element | null);
  el?.scrollIntoView({ block: "nearest" });
  return true;
}

/** Put a collapsed selection at the start of the first paragraph on screen. */
function placeCaretInView(reader: HTMLElement, sel: Selection): void {
  const leaves = reader.querySelectorAll<HTMLElement>(".ws-p");
  let target: HTMLElement | null = null;
  for (const p of leaves) {
    if (!p.firstChild) continue;
    target = target ?? p;
    if (p.getBoundingClientRect().bottom > 0) {
      target = p;
      break;
    }
  }
  const leaf = target?.querySelector("[data-o]");
  if (leaf?.firstChild) sel.collapse(leaf.firstChild, 0);
}
