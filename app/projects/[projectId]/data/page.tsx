import type { Metadata } from "next";
import { pageProjectScope } from "@/lib/server/access/page-guards";
import { getExportOptions } from "@/lib/server/corpus/export/export-options";
import { listMembers } from "@/lib/server/access/members";
import { prewarmCorpusWorker } from "@/lib/server/workers/corpus-child";
import { Card } from "@/components/ui/card";
import { ExportForm } from "@/components/data/export-form";
import { ImportForm } from "@/components/data/import-form";
import { FormatTable } from "@/components/data/format-table";

export const metadata: Metadata = { title: "Import & export" };

export default async function ProjectDataPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const scope = await pageProjectScope(projectId, "corpus:export");
  const [options, members] = await Promise.all([getExportOptions(scope), listMembers(scope)]);
  const annotators = members.filter((m) => m.roles.includes("annotator")).map((m) => ({ id: m.userId, name: m.name }));
  prewarmCorpusWorker(); // so the download's first bytes leave at once
  return (
    <div className="space-y-6">
      <Card title={`Export (${options.documents} documents)`}>
        <ExportForm projectId={projectId} layers={options.layers} statuses={options.statuses} perspectives={options.perspectives} />
      </Card>
      {scope.can("corpus:import") ? (
        <Card title="Import">
          <ImportForm projectId={projectId} annotators={annotators} />
        </Card>
      ) : (
        <p className="text-sm text-slate-500">Only a project manager can import into this project.</p>
      )}
      <Card title="Formats">
        <FormatTable />
      </Card>
    </div>
  );
}
