"use client";
import "@/components/workspace/workspace.css";
import { useMemo, useState } from "react";
import { splitParagraphs } from "@/lib/client/paragraphs";
import { bucketSpans, NO_SPANS } from "@/lib/client/paragraph-buckets";
import { OffsetIndex } from "@/lib/domain/text/offsets";
import type { ClientSpan, LabelDef } from "@/lib/client/span-types";
import { Paragraph } from "@/components/workspace/paragraph";
import { SpanDetails } from "./span-details";
import type { UnpackedSpan } from "@/lib/domain/spans/packed-spans";

/** A stored span without its text (the document's, by offsets). */
export type PaneSpan = Omit<UnpackedSpan, "version">;

/**
 * One layer of a document, read-only, drawn by the workspace's own paragraph renderer (the
 * same marks, colours and nesting). Clicking a highlight shows that span's label,
 * attributes and note below the text. Offsets are code points; the texts come from the
 * document by offset.
 */
export function LayerPane({
  title,
  text,
  language,
  labels,
  spans,
  testId,
}: {
  title: string;
  text: string;
  language: string;
  labels: readonly LabelDef[];
  spans: readonly PaneSpan[];
  testId: string;
}) {
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const client = useMemo(() => {
    const index = new OffsetIndex(text);
    return spans.map((s): ClientSpan => ({
      key: s.id,
      label: s.label,
      start: s.start,
      end: s.end,
      text: index.slice(s.start, s.end),
      attributes: s.attributes,
      note: s.note,
    }));
  }, [text, spans]);
  const buckets = useMemo(() => bucketSpans(paragraphs, client), [paragraphs, client]);
  const names = useMemo(() => Object.fromEntries(labels.map((l) => [l.key, l.name])), [labels]);
  const [selected, setSelected] = useState<string | null>(null);
  const span = selected ? (client.find((s) => s.key === selected) ?? null) : null;
  return (
    <section className="min-w-0 rounded-xl border border-slate-200 bg-white shadow-sm" data-testid={testId} aria-label={title}>
      <h2 className="flex items-center justify-between border-b border-slate-200 px-5 py-2 text-sm font-semibold text-slate-700">
        <span>{title}</span>
        <span className="font-normal text-slate-500">
          {spans.length} span{spans.length === 1 ? "" : "s"}
        </span>
      </h2>
      {span && <SpanDetails span={span} labels={labels} onClose={() => setSelected(null)} />}
      <div
        className="ws-reader px-5 py-5 sm:px-8"
        lang={language}
        role="document"
        aria-label={`${title}: article text with its highlights (read-only)`}
        tabIndex={0}
        onClick={(e) => {
          const mark = (e.target as HTMLElement).closest<HTMLElement>("mark[data-k]");
          setSelected(mark?.dataset.k ?? null);
        }}
      >
        {spans.length === 0 && <p className="mb-4 text-sm text-slate-500">This layer has no spans on this document.</p>}
        {paragraphs.map((p) => (
          <Paragraph
            key={p.index}
            para={p}
            spans={buckets[p.index] ?? NO_SPANS}
            selectedKey={span && buckets[p.index]?.includes(span) ? span.key : null}
            failedKey={null}
            names={names}
          />
        ))}
      </div>
    </section>
  );
}
