"use client";
import { memo, type RefObject } from "react";
import { Paragraph } from "./paragraph";
import { NO_SPANS } from "@/lib/client/paragraph-buckets";
import { paragraphRange, type Paragraph as Para } from "@/lib/client/paragraphs";
import type { ClientSpan } from "@/lib/client/span-types";
import { NO_SUGGESTIONS, type SuggestionMark } from "@/lib/client/segments";
import type { ClientSuggestion } from "@/lib/client/suggestion-requests";
import { useSuggestionBuckets } from "./suggestions/use-suggestion-marks";
import { useParagraphsSeen } from "./use-paragraphs-seen";
import { useHeld, useSelecting } from "./use-selecting";

export interface DocumentTextProps {
  readerRef: RefObject<HTMLDivElement | null>;
  paragraphs: readonly Para[];
  /** Spans per paragraph (null: highlights not revealed yet). */
  buckets: readonly (readonly ClientSpan[])[] | null;
  /** Paragraphs [revealFrom, revealTo] show their highlights (the rest follow shortly). */
  revealFrom: number;
  revealTo: number;
  /** Paragraphs [from, to] show their text; the rest are placeholders until revealed or scrolled near. */
  textRange: readonly [number, number];
  selected: ClientSpan | null;
  failed: ClientSpan | null;
  /** Pending suggestions; drawn in the paragraphs that have been near the screen (use-paragraphs-seen.ts). */
  suggestions: readonly ClientSuggestion[];
  currentSuggestion: SuggestionMark | null;
  names: Readonly<Record<string, string>>;
  language: string;
  onMouseUp: (e: React.MouseEvent<HTMLDivElement>) => void;
  onClick: (e: React.MouseEvent<HTMLDivElement>) => void;
  onFocus: () => void;
  onBlur: () => void;
  caretRef: RefObject<HTMLDivElement | null>;
}

/** The article: paragraphs plus one set of delegated listeners for all of them. */
export const DocumentText = memo(function DocumentText(props: DocumentTextProps) {
  const { paragraphs, buckets, selected, failed, names, revealFrom, revealTo, textRange } = props;
  // Here, not in the workspace: these change with scrolling and selecting, and re-render only the text.
  // While the annotator selects text, which suggestions are drawn where stays as it was: a
  // paragraph re-cut for them gets new text nodes, which would drop the selection (use-selecting.ts).
  const selecting = useSelecting(props.readerRef);
  const suggestions = useHeld(useSuggestionBuckets(paragraphs, props.suggestions), selecting);
  const seen = useHeld(useParagraphsSeen(props.readerRef, paragraphs.length), selecting);
  const [selFirst, selLast] = selected ? paragraphRange(paragraphs, selected.start, selected.end) : [-1, -2];
  const [badFirst, badLast] = failed ? paragraphRange(paragraphs, failed.start, failed.end) : [-1, -2];
  const current = props.currentSuggestion;
  const [sgFirst, sgLast] = current ? paragraphRange(paragraphs, current.start, current.end) : [-1, -2];
  return (
    <div
      ref={props.readerRef}
      className="ws-reader"
      data-testid="reader"
      data-skip-target
      role="document"
      aria-label="Article text. Select text, then press a label's number key. Press ? for keys."
      tabIndex={0}
      lang={props.language}
      onMouseUp={props.onMouseUp}
      onClick={props.onClick}
      onFocus={props.onFocus}
      onBlur={props.onBlur}
    >
      <div ref={props.caretRef} className="ws-caret" hidden aria-hidden />
      {paragraphs.map((p) => (
        <Paragraph
          key={p.index}
          para={p}
          waiting={(p.index < textRange[0] || p.index > textRange[1]) && !seen.has(p.index)}
          spans={buckets && p.index >= revealFrom && p.index <= revealTo ? buckets[p.index] : NO_SPANS}
          selectedKey={p.index >= selFirst && p.index <= selLast ? selected!.key : null}
          failedKey={p.index >= badFirst && p.index <= badLast ? failed!.key : null}
          suggestions={seen.has(p.index) ? suggestions[p.index] : NO_SUGGESTIONS}
          currentSuggestion={p.index >= sgFirst && p.index <= sgLast ? current!.id : null}
          names={names}
        />
      ))}
    </div>
  );
});
