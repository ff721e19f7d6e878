import type { Metadata } from "next";
import { pageProjectScope } from "@/lib/server/access/page-guards";
import { projectProgress } from "@/lib/server/projects/assignments";
import { ProgressTable } from "@/components/assignment/progress-table";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const scope = await pageProjectScope(projectId, "assign");
  const progress = await projectProgress(scope);
  if (progress.annotators.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        This project has no annotators yet. Add members with the annotator role in Settings, then distribute documents here.
      </p>
    );
  }
  return <ProgressTable projectId={projectId} progress={progress} canReview={scope.can("review")} />;
}
