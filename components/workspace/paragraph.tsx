"use client";
import { memo, useMemo, type ReactNode } from "react";
import { layoutParagraph, NO_SUGGESTIONS, type Segment, type SuggestionMark } from "@/lib/client/segments";
import type { Paragraph as Para } from "@/lib/client/paragraphs";
import type { ClientSpan } from "@/lib/client/span-types";

export interface ParagraphProps {
  para: Para;
  /** Not revealed yet (use-highlights.ts): an empty placeholder of a paragraph's estimated height. */
  waiting?: boolean;
  /** Spans touching this paragraph; the same array while they are unchanged. */
  spans: readonly ClientSpan[];
  /** The selected span's key, only when it touches this paragraph (else null). */
  selectedKey: string | null;
  /** A span whose change failed to save, only when it touches this paragraph. */
  failedKey: string | null;
  /** Pending suggestions touching this paragraph; the same array while they are unchanged. */
  suggestions?: readonly SuggestionMark[];
  /** The current suggestion's id, only when it touches this paragraph (else null). */
  currentSuggestion?: string | null;
  names: Readonly<Record<string, string>>;
}

/**
 * One paragraph. Memoized on its props, so a change re-renders only the paragraphs whose
 * span list, selection or failure changed. No listeners here: the reader delegates events
 * and reads `data-k` (span key) and `data-o` (UTF-16 offset of a leaf's text).
 *
 * Suggestions are attributes on the text leaves they cover (data-sg = label, data-sgc on the
 * current one), styled by suggestion-css.ts. Not CSS Custom Highlights: while any highlight
 * range was drawn, Chrome repainted every paragraph on screen and re-rastered the whole
 * viewport after any change to the text (bench:workspace: ~20 ms of paint and ~20 ms of
 * raster per edit, against ~4 and ~2 without).
 */
export const Paragraph = memo(function Paragraph(props: ParagraphProps) {
  const { para, spans, suggestions = NO_SUGGESTIONS } = props;
  const layout = useMemo(
    () => (spans.length || suggestions.length ? layoutParagraph(para, spans, suggestions) : null),
    [para, spans, suggestions],
  );
  const common = { className: "ws-p", "data-pi": para.index, "data-po": para.u16Start };
  // An empty line stays an empty <p> (display: none), waiting or not.
  if (props.waiting && para.text) return <p {...common} data-wait="" />;
  if (!layout) {
    return <p {...common}>{para.text ? <span data-o={para.u16Start}>{para.text}</span> : null}</p>;
  }
  const style = layout.depth > 1 ? ({ "--depth": layout.depth } as React.CSSProperties) : undefined;
  return (
    <p {...common} style={style}>
      {layout.segments.map((seg) => renderSegment(seg, props))}
    </p>
  );
});

function renderSegment(seg: Segment, props: ParagraphProps): ReactNode {
  const { para, selectedKey, failedKey, currentSuggestion, names } = props;
  const text = para.text.slice(seg.u16Start - para.u16Start, seg.u16End - para.u16Start);
  const sg = (currentSuggestion ? seg.suggestions.find((m) => m.id === currentSuggestion) : undefined) ?? seg.suggestions[0];
  // On the leaf that holds the text, whether a span's mark or a plain span.
  const suggested = sg ? { "data-sg": sg.label, "data-sgc": currentSuggestion && sg.id === currentSuggestion ? "" : undefined } : null;
  const n = seg.covering.length;
  if (n === 0)
    return (
      <span key={seg.u16Start} data-o={seg.u16Start} {...suggested} title={sg ? `Suggested ${names[sg.label] ?? sg.label}` : undefined}>
        {text}
      </span>
    );
  // Innermost (lowest track) holds the text and the offset; outer marks wrap it.
  let node: ReactNode = text;
  for (let i = n - 1; i >= 0; i--) {
    const { span, track } = seg.covering[i];
    node = (
      <mark
        key={i === 0 ? seg.u16Start : undefined}
        className="ws-m"
        data-k={span.key}
        data-l={span.label}
        data-t={track > 7 ? 7 : track}
        data-o={i === n - 1 ? seg.u16Start : undefined}
        data-sel={span.key === selectedKey ? "" : undefined}
        data-bad={span.key === failedKey ? "" : undefined}
        {...(i === n - 1 ? suggested : null)}
        title={`${names[span.label] ?? span.label}: ${excerpt(span.text)}`}
      >
        {node}
      </mark>
    );
  }
  return node;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 90 ? `${flat.slice(0, 88)}…` : flat;
}
