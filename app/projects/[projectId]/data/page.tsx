import { pageProjectScope } from "@/lib/server/page-guards";
import { getExportOptions } from "@/lib/server/export-options";
import { prewarmCorpusWorker } from "@/lib/server/corpus-child";
import { Card } from "@/components/ui/card";
import { ExportForm } from "@/components/data/export-form";
import { ImportForm } from "@/components/data/import-form";
import { FormatTable } from "@/components/data/format-table";

export default async function ProjectDataPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const scope = await pageProjectScope(projectId, "corpus:export");
  const options = await getExportOptions(scope);
  prewarmCorpusWorker(); // so the download's first bytes leave at once
  return (
    <div className="space-y-6">
      <Card title={`Export (${options.documents} documents)`}>
        <ExportForm projectId={projectId} layers={options.layers} statuses={options.statuses} perspectives={options.perspectives} />
      </Card>
      {scope.can("corpus:import") ? (
        <Card title="Import">
          <ImportForm projectId={projectId} />
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
