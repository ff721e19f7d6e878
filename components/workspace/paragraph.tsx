"use client";
import { memo, useMemo, type ReactNode } from "react";
import { layoutParagraph, type Segment } from "@/lib/client/segments";
import type { Paragraph as Para } from "@/lib/client/paragraphs";
import type { ClientSpan } from "@/lib/client/span-types";

export interface ParagraphProps {
  para: Para;
  /** Spans touching this paragraph; the same array while they are unchanged. */
  spans: readonly ClientSpan[];
  /** The selected span's key, only when it touches this paragraph (else null). */
  selectedKey: string | null;
  /** A span whose change failed to save, only when it touches this paragraph. */
  failedKey: string | null;
  names: Readonly<Record<string, string>>;
}

/**
 * One paragraph. Memoized on its props, so a change re-renders only the paragraphs whose
 * span list, selection or failure changed. No listeners here: the reader delegates events
 * and reads `data-k` (span key) and `data-o` (UTF-16 offset of a leaf's text).
 */
export const Paragraph = memo(function Paragraph({ para, spans, selectedKey, failedKey, names }: ParagraphProps) {
  const layout = useMemo(() => (spans.length ? layoutParagraph(para, spans) : null), [para, spans]);
  const common = { className: "ws-p", "data-pi": para.index, "data-po": para.u16Start };
  if (!layout) {
    return <p {...common}>{para.text ? <span data-o={para.u16Start}>{para.text}</span> : null}</p>;
  }
  const style = layout.depth > 1 ? ({ "--depth": layout.depth } as React.CSSProperties) : undefined;
  return (
    <p {...common} style={style}>
      {layout.segments.map((seg) => renderSegment(seg, para, selectedKey, failedKey, names))}
    </p>
  );
});

function renderSegment(
  seg: Segment,
  para: Para,
  selectedKey: string | null,
  failedKey: string | null,
  names: Readonly<Record<string, string>>,
): ReactNode {
  const text = para.text.slice(seg.u16Start - para.u16Start, seg.u16End - para.u16Start);
  const n = seg.covering.length;
  if (n === 0)
    return (
      <span key={seg.u16Start} data-o={seg.u16Start}>
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
