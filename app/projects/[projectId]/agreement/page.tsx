import type { Metadata } from "next";
import { pageProjectScope } from "@/lib/server/access/page-guards";
import { getProject } from "@/lib/server/projects/projects";
import { projectAgreement } from "@/lib/server/agreement/agreement";
import { Card } from "@/components/ui/card";
import { LabelTable } from "@/components/agreement/label-table";
import { PairMatrix } from "@/components/agreement/pair-matrix";
import { DocumentTable } from "@/components/agreement/document-table";
import { fmt, tone } from "@/components/agreement/figures";

export const metadata: Metadata = { title: "Agreement" };

function Figure({ label, value, hint }: { label: string; value: number | null; hint: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm" title={hint}>
      <div className="text-xs uppercase tracking-wide text-slate-500">{label}</div>
      <div className={`text-2xl font-semibold tabular-nums ${tone(value)}`}>{fmt(value)}</div>
      <div className="text-xs text-slate-500">{hint}</div>
    </div>
  );
}

export default async function AgreementPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const scope = await pageProjectScope(projectId, "layers:read-all");
  const [report, project] = await Promise.all([projectAgreement(scope), getProject(scope)]);
  const labelNames = Object.fromEntries(project.labels.map((l) => [l.key, l.name]));
  const api = `/api/projects/${projectId}/agreement`;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end gap-3">
        <p className="text-sm text-slate-600" data-testid="agreement-scope">
          {report.documents} document{report.documents === 1 ? "" : "s"} with at least two layers marked done
          {report.skipped > 0 && <> ({report.skipped} more left out until two annotators finish them)</>}
          {" · "}
          {report.stats.spans.toLocaleString("en")} spans · computed {report.computedAt.replace("T", " ").slice(0, 19)} UTC in{" "}
          {report.stats.ms} ms
        </p>
        <div className="ml-auto flex gap-2 text-sm">
          <a
            href={`${api}?format=csv`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50"
            download
          >
            Download CSV
          </a>
          <a
            href={`${api}?format=json`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50"
            download
          >
            Download JSON
          </a>
        </div>
      </div>
      <div className="grid gap-3 sm:grid-cols-3" data-testid="overall-agreement">
        <Figure label="Krippendorff's alpha" value={report.overall.alpha} hint="character level, all labels pooled" />
        <Figure label="F1, overlapping spans" value={report.overall.overlap.f1} hint="same label, ranges overlap" />
        <Figure label="F1, exact spans" value={report.overall.exact.f1} hint="same label, start and end" />
      </div>
      <Card title="Per label">
        <LabelTable report={report} labelNames={labelNames} />
      </Card>
      <Card title="Per annotator pair">
        <div className="flex flex-wrap gap-8">
          <PairMatrix report={report} metric="f1" caption="F1 (overlap)" />
          <PairMatrix report={report} metric="kappa" caption="Cohen's kappa (characters × labels)" />
        </div>
      </Card>
      <Card title="Per document (lowest agreement first)">
        <DocumentTable rows={report.perDocument} canReview={scope.can("review")} />
      </Card>
      <p className="text-xs text-slate-500">
        Colours: green ≥ 0.800 (reliable), amber ≥ 0.667 (tentative), red below. Only layers their annotators marked done are compared.
      </p>
    </div>
  );
}
