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
import { apiRequest } from "@/lib/client/api-call";

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
    if (body.blob.size > MAX_UPLOAD_BYTES)
      return setOutcome({
        ok: false,
        message: "The upload is larger than the 100 MB import limit; use the command line (npm run import) for larger corpora.",
      });
    setPending(true);
    const q = new URLSearchParams({
      format: param(format),
      ...(skipInvalid ? { skipInvalid: "1" } : {}),
      ...(format !== "text" ? targetParams(target) : {}),
      ...choiceParams(format, choices),
    });
    const r = await apiRequest<{ report: ImportReport }>("POST", `/api/projects/${projectId}/import?${q}`, {
      bytes: body.blob,
      contentType: "application/octet-stream",
    });
    setPending(false);
    if (r.ok) {
      setOutcome({ ok: true, report: r.data.report });
      router.refresh();
    } else {
      // A refused import still reports what it found (the problems, row by row).
      setOutcome({ ok: false, message: r.error.message, report: r.error.details as ImportReport | undefined });
    }
  }

  return (
    <form onSubmit={submit} className="space-y-3" data-testid="import-form">
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
        <Field
          label={many ? "A .zip, or the files themselves" : "File"}
          hint={many ? "Several files are zipped in the browser before upload." : "UTF-8, at most 100 MB."}
        >
          <input
            type="file"
            name="file"
            required
            multiple={many}
            accept={ACCEPT[format]}
            className="mt-1 block w-full text-sm"
            onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
          />
        </Field>
      </div>
      <p className="text-xs text-slate-600">{FORMAT_INFO[format].notes}</p>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />
        Import the valid records and skip the invalid ones (otherwise nothing is imported unless everything is valid)
      </label>
      <ImportOptions format={format} value={choices} onChange={setChoices} />
      {format !== "text" && <ImportTarget format={format} annotators={annotators} value={target} onChange={setTarget} />}
      <Button type="submit" disabled={pending || files.length === 0}>
        {pending ? "Importing…" : "Import"}
      </Button>
      {outcome && (
        <div className="space-y-2" data-testid="import-outcome">
          <Alert tone={outcome.ok ? "success" : "error"}>{outcome.ok ? "Imported." : outcome.message}</Alert>
          {outcome.report && <ImportReportView report={outcome.report} />}
        </div>
      )}
    </form>
  );
}
