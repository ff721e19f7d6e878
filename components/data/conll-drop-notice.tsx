"use client";
import { useEffect, useState } from "react";
import { Alert } from "../ui/card";
import { apiRequest } from "@/lib/client/api-call";

type Summary = { documents: number; spans: number; dropped?: number; droppedByLabel?: Record<string, number> };

/**
 * CoNLL has one tag per token, so it drops overlapping spans. The count is in the
 * download's X-Parallax-Dropped-Spans header (never in the file, which CoNLL readers would
 * choke on), but a browser download cannot show headers: beside the download, ask the API
 * for the same export's summary and show the count here.
 */
export function ConllDropNotice({ href }: { href: string }) {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void apiRequest<{ summary: Summary }>("GET", `${href}&summary=1`).then((r) => {
      if (!live) return;
      if (r.ok) setSummary(r.data.summary);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [href]);
  if (error) return <Alert tone="error">Could not count dropped spans: {error}</Alert>;
  if (!summary) return <p className="text-sm text-slate-500">Counting the spans CoNLL drops…</p>;
  const byLabel = Object.entries(summary.droppedByLabel ?? {})
    .map(([label, n]) => `${label} ${n}`)
    .join(", ");
  return (
    <Alert tone={summary.dropped ? "info" : "success"}>
      <span data-testid="conll-dropped">
        This CoNLL export keeps {summary.spans - (summary.dropped ?? 0)} of {summary.spans} spans: it dropped {summary.dropped ?? 0}{" "}
        overlapping spans{byLabel ? ` (${byLabel})` : ""}.
      </span>
    </Alert>
  );
}
