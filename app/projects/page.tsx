import Link from "next/link";
import type { Metadata } from "next";
import { requirePageActor } from "@/lib/server/access/page-guards";
import { listProjectsFor } from "@/lib/server/projects/projects";
import { createProjectAction } from "@/lib/actions/projects";
import { ActionForm } from "@/components/ui/action-form";
import { Badge, Card } from "@/components/ui/card";
import { Field, TextArea, TextInput } from "@/components/ui/field";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage() {
  const actor = await requirePageActor();
  const projects = await listProjectsFor(actor);
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <h1 className="mb-4 text-2xl font-semibold">Your projects</h1>
        {projects.length === 0 && <p className="text-slate-600">You are not a member of any project yet.</p>}
        <ul className="space-y-3" data-testid="project-list">
          {projects.map((p) => (
            <li key={p.id}>
              <Link
                href={`/projects/${p.id}`}
                className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-indigo-300"
              >
                <div className="flex items-center gap-2">
                  <span className="font-medium text-slate-900">{p.name}</span>
                  {p.roles.map((r) => (
                    <Badge key={r} tone="indigo">
                      {r}
                    </Badge>
                  ))}
                </div>
                {p.description && <p className="mt-1 text-sm text-slate-600">{p.description}</p>}
                <p className="mt-2 text-xs text-slate-500">{p.documentCount} documents</p>
              </Link>
            </li>
          ))}
        </ul>
      </div>
      {actor.isAdmin ? (
        <Card title="New project">
          <ActionForm action={createProjectAction} submitLabel="Create project" pendingLabel="Creating…">
            <Field label="Name">
              <TextInput name="name" required maxLength={200} />
            </Field>
            <Field label="Description">
              <TextArea name="description" rows={3} maxLength={2000} />
            </Field>
            <p className="text-xs text-slate-500">You become its manager. Labels start as claim, quote, measure and date.</p>
          </ActionForm>
        </Card>
      ) : (
        <Card title="New project">
          <p className="text-sm text-slate-600">Projects are created by an administrator, who can then make you a manager of one.</p>
        </Card>
      )}
    </div>
  );
}
