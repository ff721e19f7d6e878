import type { Metadata } from "next";
import Link from "next/link";
import { pageProjectScope } from "@/lib/server/access/page-guards";
import { getProject } from "@/lib/server/projects/projects";
import { ProjectTabs } from "@/components/project-tabs";

/** Tab titles name the project: "Documents · <project> · Parallax". */
export async function generateMetadata({ params }: { params: Promise<{ projectId: string }> }): Promise<Metadata> {
  const { projectId } = await params;
  const project = await getProject(await pageProjectScope(projectId));
  return { title: { template: `%s · ${project.name} · Parallax`, default: `${project.name} · Parallax` } };
}

export default async function ProjectLayout({ children, params }: { children: React.ReactNode; params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const scope = await pageProjectScope(projectId);
  const project = await getProject(scope);
  const base = `/projects/${projectId}`;
  const tabs = [
    { href: base, label: "Documents" },
    ...(scope.can("annotate") ? [{ href: `${base}/queue`, label: "My queue" }] : []),
    ...(scope.can("assign") ? [{ href: `${base}/progress`, label: "Progress" }] : []),
    ...(scope.can("layers:read-all") ? [{ href: `${base}/agreement`, label: "Agreement" }] : []),
    { href: `${base}/propositions`, label: "Propositions" },
    ...(scope.can("corpus:export") ? [{ href: `${base}/data`, label: "Import & export" }] : []),
    { href: `${base}/guidelines`, label: "Guidelines" },
    ...(scope.can("project:edit") ? [{ href: `${base}/settings`, label: "Settings" }] : []),
  ];
  return (
    <div>
      <div className="mb-4">
        <Link href="/projects" className="text-xs text-slate-500 hover:underline">
          Projects
        </Link>
        <h1 className="text-2xl font-semibold" data-testid="project-name">
          {project.name}
        </h1>
        <p className="text-xs text-slate-500">
          Your roles: {[...scope.roles].join(", ") || (scope.actor.isAdmin ? "administrator" : "none")}
        </p>
      </div>
      <ProjectTabs tabs={tabs} />
      <div className="mt-5">{children}</div>
    </div>
  );
}
