"use client";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { ContentSnapshot } from "@/lib/client/workspace-model";
import { endOpAfterCommit } from "./perf-marks";

/**
 * The selected span's key, as state (to render) and as a ref (for key and mouse handlers that
 * must not be rebuilt on every selection). A selection whose span is gone (deleted, undone) clears.
 */
export function useSelectedSpan(snap: ContentSnapshot) {
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
  return { selectedKey, selectedKeyRef, setSelectedKey, selected };
}
