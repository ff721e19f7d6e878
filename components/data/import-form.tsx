"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { FORMAT_INFO, type FormatId } from "@/lib/domain/formats/format-info";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { Field, Select } from "../ui/field";
import { ImportOptions, NO_CHOICES, choiceParams } from "./import-options";
import { DEFAULT_TARGET, ImportTarget, targetParams } from "./import-target";
import { ImportReportView, type ImportReport } from "./import-report";
import { uploadBody } from "./upload-body";

const FORMATS = Object.values(FORMAT_INFO).filter((f) => f.canImport);
const param = (id: FormatId) => (id === "label-studio" ? "labelstudio" : id);
const ACCEPT: Partial<Record<FormatId, string>> = {
  jsonl: ".jsonl,.ndjson,application/x-ndjson",
  doccano: ".jsonl,.json",
  "label-studio": ".json",
  brat: ".zip,.txt,.ann,.conf",
  text: ".zip,.txt,.csv,.json",
};
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

type Outcome = { ok: true; report: ImportReport } | { ok: false; message: string; report?: ImportReport };

/** Upload a file (or, for brat and text, several files, zipped here) to the import API. */
export function ImportForm({ projectId, annotators }: { projectId: string; annotators: { id: string; name: string }[] }) {
  const router = useRouter();
  const [format, setFormat] = useState<FormatId>("jsonl");
  const [files, setFiles] = useState<File[]>([]);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [target, setTarget] = useState(DEFAULT_TARGET);
  const [choices, setChoices] = useState(NO_CHOICES);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const many = format === "brat" || format === "text";

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setOutcome(null);
    const body = await uploadBody(files, many);
    if (!body.ok) return setOutcome({ ok: false, message: body.message });
    if (body.blob.size > MAX_UPLOAD_BYTES) return setOutcome({ ok: false, message: "The upload is larger than the 100 MB import limit; use the command line (npm run import) for larger corpora." });
    setPending(true);
    try {
      const q = new URLSearchParams({ format: param(format), ...(skipInvalid ? { skipInvalid: "1" } : {}), ...(format !== "text" ? targetParams(target) : {}), ...choiceParams(format, choices) });
      const res = await fetch(`/api/projects/${projectId}/import?${q}`, { method: "POST", headers: { "content-type": "application/octet-stream" }, body: body.blob });
      const json = (await res.json().catch(() => null)) as { report: ImportReport; error?: { message?: string; details?: ImportReport } } | null;
      if (res.ok) {
        if (!json) throw new Error("The server's answer was not JSON.");
        setOutcome({ ok: true, report: json.report });
        router.refresh();
      } else {
        setOutcome({ ok: false, message: json?.error?.message ?? `HTTP ${res.status}`, report: json?.error?.details });
      }
    } catch (err) {
      setOutcome({ ok: false, message: (err as Error).message });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-3" data-testid="import-form">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Format">
          <Select name="format" value={format} onChange={(e) => setFormat(e.target.value as FormatId)}>
            {FORMATS.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
          </Select>
        </Field>
        <Field label={many ? "A .zip, or the files themselves" : "File"} hint={many ? "Several files are zipped in the browser before upload." : "UTF-8, at most 100 MB."}>
          <input type="file" name="file" required multiple={many} accept={ACCEPT[format]} className="mt-1 block w-full text-sm"
            onChange={(e) => setFiles(Array.from(e.target.files ?? []))} />
        </Field>
      </div>
      <p className="text-xs text-slate-600">{FORMAT_INFO[format].notes}</p>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />
        Import the valid records and skip the invalid ones (otherwise nothing is imported unless everything is valid)
      </label>
      <ImportOptions format={format} value={choices} onChange={setChoices} />
      {format !== "text" && <ImportTarget format={format} annotators={annotators} value={target} onChange={setTarget} />}
      <Button type="submit" disabled={pending || files.length === 0}>{pending ? "Importing…" : "Import"}</Button>
      {outcome && (
        <div className="space-y-2" data-testid="import-outcome">
          <Alert tone={outcome.ok ? "success" : "error"}>{outcome.ok ? "Imported." : outcome.message}</Alert>
          {outcome.report && <ImportReportView report={outcome.report} />}
        </div>
      )}
    </form>
  );
}
