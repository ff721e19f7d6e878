"use client";
import { useState } from "react";
import Link from "next/link";
import { ActionForm, type FormState } from "./ui/action-form";
import { Field, Select, TextArea, TextInput } from "./ui/field";
import { PERSPECTIVES } from "@/lib/domain/projects/perspectives";

type Result =
  | { status: "created"; document: { id: string; title: string } }
  | { status: "duplicate"; title: string; existing: { id: string; title: string } };

export function AddDocumentsForm({ action, projectId }: { action: (s: never, f: FormData) => Promise<FormState>; projectId: string }) {
  const [mode, setMode] = useState<"paste" | "upload">("paste");
  return (
    <div>
      <div className="mb-4 inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-sm" role="tablist">
        {(["paste", "upload"] as const).map((m) => (
          <button
            key={m}
            type="button"
            role="tab"
            aria-selected={mode === m}
            onClick={() => setMode(m)}
            className={`rounded px-3 py-1 ${mode === m ? "bg-indigo-600 text-white" : "text-slate-700"}`}
          >
            {m === "paste" ? "Paste one article" : "Upload .txt files"}
          </button>
        ))}
      </div>
      <ActionForm
        action={action}
        submitLabel="Add"
        pendingLabel="Adding…"
        resetOnSuccess
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        render={(state) =>
          state?.ok && Array.isArray(state.data) ? <ResultList results={state.data as Result[]} projectId={projectId} /> : null
        }
      >
        <input type="hidden" name="mode" value={mode} />
        {mode === "paste" ? (
          <>
            <Field label="Title">
              <TextInput name="title" required maxLength={300} />
            </Field>
            <Field label="Text">
              <TextArea name="text" rows={10} required className="font-mono" />
            </Field>
          </>
        ) : (
          <Field label="Files" hint="UTF-8 .txt files; each file's name becomes its title. The metadata below applies to every file.">
            <TextInput name="files" type="file" accept=".txt,text/plain" multiple required />
          </Field>
        )}
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Outlet">
            <TextInput name="outlet" placeholder="e.g. Yonhap" />
          </Field>
          <Field label="Perspective" hint="The outlet's country or stance.">
            <Select name="perspective" defaultValue="other">
              {PERSPECTIVES.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </Select>
          </Field>
          <Field label="Language">
            <TextInput name="language" defaultValue="en" />
          </Field>
          <Field label="Published" hint="YYYY-MM-DD, or YYYY-MM-DDTHH:MM+09:00">
            <TextInput name="publishedAt" placeholder="2019-07-14" />
          </Field>
        </div>
        <Field label="URL">
          <TextInput name="url" type="url" placeholder="https://…" />
        </Field>
      </ActionForm>
    </div>
  );
}

function ResultList({ results, projectId }: { results: Result[]; projectId: string }) {
  return (
    <ul className="space-y-1 text-sm" data-testid="add-results">
      {results.map((r, i) =>
        r.status === "created" ? (
          <li key={i}>
            Added{" "}
            <Link className="text-indigo-700 underline" href={`/documents/${r.document.id}`}>
              {r.document.title}
            </Link>
          </li>
        ) : (
          <li key={i} className="text-amber-800">
            “{r.title}” has the same text as{" "}
            <Link className="underline" href={`/documents/${r.existing.id}`}>
              {r.existing.title}
            </Link>
            , already in the project: not added again.
          </li>
        ),
      )}
      <li>
        <Link href={`/projects/${projectId}`} className="text-indigo-700 underline">
          Back to the document list
        </Link>
      </li>
    </ul>
  );
}
