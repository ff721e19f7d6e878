"use client";
import { useEffect, useRef } from "react";
import type { SuggestionsState } from "./use-suggestions";

// Suggestion keys, on the window and outside form fields, like the workspace's own map:
// n / p next and previous, a accept, x reject, Shift+A accept every pending one of the
// current suggestion's label. None of these letters is used by the workspace keys.

function isEditable(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  return Boolean(el?.tagName) && (el!.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el!.tagName));
}

export function useSuggestionKeys(state: SuggestionsState, onJump: (id: string) => void): void {
  const ref = useRef({ state, onJump });
  ref.current = { state, onJump };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || e.ctrlKey || e.metaKey || e.altKey || isEditable(e.target)) return;
      if ((e.target as HTMLElement | null)?.closest?.("dialog[open]")) return; // a confirm dialog is answering first
      const { state: s, onJump: jump } = ref.current;
      const key = e.key;
      if (key === "n" || key === "p") {
        e.preventDefault();
        s.move(key === "n" ? 1 : -1);
        requestAnimationFrame(() => ref.current.state.current && jump(ref.current.state.current.id));
      } else if (key === "a" && s.current) {
        e.preventDefault();
        s.accept();
      } else if (key === "A" && s.current) {
        e.preventDefault();
        s.acceptAll(s.current.label);
      } else if (key === "x" && s.current) {
        e.preventDefault();
        s.reject();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
