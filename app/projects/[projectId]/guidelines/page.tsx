import type { Metadata } from "next";
import { pageProjectScope } from "@/lib/server/access/page-guards";
import { getProject } from "@/lib/server/projects/projects";
import { Markdown } from "@/components/markdown";

export const metadata: Metadata = { title: "Guidelines" };

export default async function GuidelinesPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const project = await getProject(await pageProjectScope(projectId));
  return (
    <article className="max-w-3xl rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      {project.guidelines ? <Markdown source={project.guidelines} /> : <p className="text-slate-500">No guidelines yet.</p>}
    </article>
  );
}
