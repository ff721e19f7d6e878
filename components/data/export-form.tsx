"use client";
import { useMemo, useState } from "react";
import { FORMAT_INFO, type FormatId } from "@/lib/domain/formats/format-info";
import { Field, Select } from "../ui/field";
import { Alert } from "../ui/card";
import { ChoiceChecks } from "./choice-checks";
import { ConllDropNotice } from "./conll-drop-notice";

export interface Choice {
  value: string;
  label: string;
  count: number;
}

const FORMATS = Object.values(FORMAT_INFO).filter((f) => f.canExport);
const param = (id: FormatId) => (id === "label-studio" ? "labelstudio" : id);

/**
 * Choose format, layer and documents; the download is a plain link to the export API, which
 * answers with Content-Disposition: attachment, so the browser streams it to disk.
 */
export function ExportForm({
  projectId,
  layers,
  statuses,
  perspectives,
}: {
  projectId: string;
  layers: Choice[];
  statuses: Choice[];
  perspectives: Choice[];
}) {
  const [format, setFormat] = useState<FormatId>("jsonl");
  const [layer, setLayer] = useState("all");
  const [status, setStatus] = useState<string[]>([]);
  const [perspective, setPerspective] = useState<string[]>([]);
  const [codePoints, setCodePoints] = useState(false);
  const [bom, setBom] = useState(false);
  const [checked, setChecked] = useState<string | null>(null);

  const query = useMemo(() => {
    const q = new URLSearchParams({ format: param(format), layer });
    if (status.length) q.set("status", status.join(","));
    if (perspective.length) q.set("perspective", perspective.join(","));
    if (format === "doccano" && codePoints) q.set("unit", "codepoint");
    if (format === "csv" && bom) q.set("bom", "1");
    return q.toString();
  }, [format, layer, status, perspective, codePoints, bom]);
  const href = `/api/projects/${projectId}/export?${query}`;
  const info = FORMAT_INFO[format];

  return (
    <div className="space-y-4" data-testid="export-form">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Format">
          <Select name="format" value={format} onChange={(e) => setFormat(e.target.value as FormatId)}>
            {FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Layer">
          <Select name="layer" value={layer} onChange={(e) => setLayer(e.target.value)}>
            {layers.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label} — {l.count} spans
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <p className="text-xs text-slate-600" data-testid="format-notes">
        Offsets: {info.offsetUnit}. {info.notes}
      </p>
      {format === "conll" && layer === "all" && (
        <Alert tone="info">
          CoNLL has one tag per token: with every layer, annotators&apos; spans overlap each other and most are dropped. Choose gold or one
          annotator.
        </Alert>
      )}
      <ChoiceChecks legend="Document status (none checked: all)" name="status" choices={statuses} selected={status} onChange={setStatus} />
      <ChoiceChecks
        legend="Perspective (none checked: all)"
        name="perspective"
        choices={perspectives}
        selected={perspective}
        onChange={setPerspective}
      />
      {format === "doccano" && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={codePoints} onChange={(e) => setCodePoints(e.target.checked)} />
          Offsets in code points (for Python tools) instead of doccano&apos;s UTF-16 code units
        </label>
      )}
      {format === "csv" && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} />
          Start with a byte order mark (Excel)
        </label>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <a
          href={href}
          download
          data-testid="export-download"
          onClick={() => setChecked(format === "conll" ? href : null)}
          className="rounded-md bg-indigo-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-700"
        >
          Download {info.name}
        </a>
        <code className="break-all text-xs text-slate-500" data-testid="export-url">
          GET {href}
        </code>
      </div>
      {checked && <ConllDropNotice key={checked} href={checked} />}
    </div>
  );
}
