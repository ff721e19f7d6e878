"use client";
import { useLayoutEffect, useRef, useState } from "react";

/** The keys popover and the guidelines drawer: open state, and Escape closing whichever is open. */
export function useOverlays() {
  const [helpOpen, setHelpOpen] = useState(false);
  const [guidelinesOpen, setGuidelinesOpen] = useState(false);
  // For the key handler, which is installed once and reads the latest state through this ref.
  const open = useRef({ helpOpen, guidelinesOpen });
  useLayoutEffect(() => {
    open.current = { helpOpen, guidelinesOpen };
  }, [helpOpen, guidelinesOpen]);
  return {
    helpOpen,
    guidelinesOpen,
    setHelpOpen,
    setGuidelinesOpen,
    toggleHelp: () => setHelpOpen((o) => !o),
    toggleGuidelines: () => setGuidelinesOpen((o) => !o),
    /** Close any overlay; true when one was open (so Escape did something). */
    closeOverlay: () => {
      const { helpOpen: h, guidelinesOpen: g } = open.current;
      setHelpOpen(false);
      setGuidelinesOpen(false);
      return h || g;
    },
  };
}
