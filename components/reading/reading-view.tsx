import Link from "next/link";
import type { ReactNode } from "react";
import type { LabelDef } from "@/lib/client/span-types";
import type { LayerChoice } from "@/lib/views/document-layers";
import { labelCss } from "@/components/workspace/label-styles";
import { LayerPane, type PaneSpan } from "./layer-pane";
import { isGoldLayer } from "@/lib/domain/spans/layers";

export interface ReadingPane {
  layer: LayerChoice;
  spans: PaneSpan[];
}

/**
 * Reviewers and managers reading a document: one layer (gold or an annotator's), or two side
 * by side, with the workspace's highlighting. Layer choice lives in the URL
 * (?layer=gold|<userId>&compare=…), so a view can be linked and the back button works.
 */
export function ReadingView({
  documentId,
  text,
  language,
  labels,
  layers,
  panes,
  header,
  note,
}: {
  documentId: string;
  text: string;
  language: string;
  labels: readonly LabelDef[];
  layers: readonly LayerChoice[];
  panes: readonly ReadingPane[];
  header: ReactNode;
  note?: ReactNode;
}) {
  const [first, second] = panes;
  const href = (layer: string, compare?: string) =>
    `/documents/${documentId}?layer=${encodeURIComponent(layer)}${compare ? `&compare=${encodeURIComponent(compare)}` : ""}`;
  return (
    <div>
      <style>{labelCss(labels)}</style>
      {header}
      {note}
      <nav className="mt-4 space-y-2 text-sm" aria-label="Layers to read">
        <LayerRow
          label="Layer"
          layers={layers}
          current={first.layer.param}
          href={(l) => href(l, second?.layer.param === l ? undefined : second?.layer.param)}
          testId="layer-choice"
        />
        <LayerRow
          label="Side by side with"
          layers={layers.filter((l) => l.param !== first.layer.param)}
          current={second?.layer.param ?? ""}
          href={(l) => href(first.layer.param, l)}
          none={{ label: "nothing", href: href(first.layer.param) }}
          testId="compare-choice"
        />
      </nav>
      <div className={`mt-4 grid gap-4 ${second ? "lg:grid-cols-2" : "mx-auto max-w-[calc(70ch+5rem)]"}`}>
        {panes.map((p, i) => (
          <LayerPane
            key={p.layer.param}
            testId={i === 0 ? "layer-pane" : "compare-pane"}
            title={isGoldLayer(p.layer.layer) ? "Gold" : `${p.layer.name}'s layer`}
            text={text}
            language={language}
            labels={labels}
            spans={p.spans}
          />
        ))}
      </div>
    </div>
  );
}

function LayerRow({
  label,
  layers,
  current,
  href,
  none,
  testId,
}: {
  label: string;
  layers: readonly LayerChoice[];
  current: string;
  href: (param: string) => string;
  none?: { label: string; href: string };
  testId: string;
}) {
  const chip = (on: boolean) =>
    `inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 ${on ? "border-indigo-600 bg-indigo-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`;
  return (
    <div className="flex flex-wrap items-center gap-1.5" data-testid={testId}>
      <span className="mr-1 w-32 shrink-0 text-xs font-semibold uppercase tracking-wide text-slate-500">{label}</span>
      {none && (
        <Link href={none.href} className={chip(current === "")} aria-current={current === "" ? "true" : undefined}>
          {none.label}
        </Link>
      )}
      {layers.map((l) => (
        <Link
          key={l.param}
          href={href(l.param)}
          className={chip(l.param === current)}
          aria-current={l.param === current ? "true" : undefined}
        >
          {l.name}
          <span className={l.param === current ? "text-white/75" : "text-slate-400"}>{l.spans}</span>
        </Link>
      ))}
    </div>
  );
}
