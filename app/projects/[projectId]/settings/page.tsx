import type { Metadata } from "next";
import { pageProjectScope } from "@/lib/server/access/page-guards";
import { getProject } from "@/lib/server/projects/projects";
import { listMembers } from "@/lib/server/access/members";
import {
  addMemberAction,
  deleteProjectAction,
  updateLabelsAction,
  updateProjectAction,
  updateProjectSettingsAction,
} from "@/lib/actions/projects";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { LabelEditor } from "@/components/label-editor";
import { MemberList } from "@/components/member-list";
import { ROLES, ROLE_DESCRIPTIONS } from "@/lib/domain/access/roles";
import { suggesterOverview } from "@/lib/server/suggestions/suggester-settings";
import { runSuggestersAction, updateSuggestersAction } from "@/lib/actions/suggestions";
import { SuggesterSettings } from "@/components/suggestions/suggester-settings";

export const metadata: Metadata = { title: "Settings" };

export default async function ProjectSettingsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const scope = await pageProjectScope(projectId, "project:edit");
  const [project, members, suggesters] = await Promise.all([getProject(scope), listMembers(scope), suggesterOverview(scope)]);
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2 [&>*]:min-w-0">
      <Card title="Project">
        <ActionForm action={updateProjectAction.bind(null, projectId)} submitLabel="Save project">
          <Field label="Name">
            <TextInput name="name" defaultValue={project.name} required />
          </Field>
          <Field label="Description">
            <TextArea name="description" defaultValue={project.description} rows={2} />
          </Field>
          <Field label="Guidelines" hint="Markdown. Shown to annotators one click away from every document; raw HTML is not rendered.">
            <TextArea name="guidelines" defaultValue={project.guidelines} rows={12} className="font-mono text-xs" />
          </Field>
        </ActionForm>
      </Card>
      <div className="space-y-6">
        <Card title="Labels">
          <LabelEditor action={updateLabelsAction.bind(null, projectId)} labels={project.labels} />
        </Card>
        <Card title="Annotation settings">
          <ActionForm action={updateProjectSettingsAction.bind(null, projectId)} submitLabel="Save settings">
            <Field label="Annotators per document">
              <TextInput name="annotatorsPerDocument" type="number" min={1} max={10} defaultValue={project.annotatorsPerDocument} />
            </Field>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="blindMode" defaultChecked={project.blindMode} />
              Blind mode: annotators cannot see each other&apos;s spans until a document is adjudicated
            </label>
          </ActionForm>
        </Card>
        <Card title="Suggestions (pre-annotation)">
          <SuggesterSettings
            stats={suggesters}
            labelNames={Object.fromEntries(project.labels.map((l) => [l.key, l.name]))}
            update={updateSuggestersAction.bind(null, projectId)}
            run={runSuggestersAction.bind(null, projectId)}
          />
        </Card>
        <Card title="Members">
          <MemberList projectId={projectId} members={members} />
          <ActionForm
            action={addMemberAction.bind(null, projectId)}
            submitLabel="Add member"
            resetOnSuccess
            className="mt-4 flex flex-wrap items-end gap-2"
          >
            <Field label="Email">
              <TextInput name="email" type="email" required className="w-60" />
            </Field>
            <Field label="Role">
              <Select name="role" defaultValue="annotator" className="w-36">
                {ROLES.map((r) => (
                  <option key={r} value={r} title={ROLE_DESCRIPTIONS[r]}>
                    {r}
                  </option>
                ))}
              </Select>
            </Field>
          </ActionForm>
        </Card>
        <Card title="Delete this project">
          <ActionForm
            action={deleteProjectAction.bind(null, projectId)}
            submitLabel="Delete project"
            variant="danger"
            confirm={{
              title: `Delete “${project.name}”?`,
              body: (
                <p>
                  Every document, every annotator&apos;s and the gold layer, all proposition links, reconciliations and history go with it.
                  This cannot be undone; export the corpus first if you may need it.
                </p>
              ),
              confirmLabel: "Delete everything",
            }}
          >
            <Field label="Type the project's name to confirm">
              <TextInput name="name" required autoComplete="off" className="w-72" />
            </Field>
          </ActionForm>
        </Card>
      </div>
    </div>
  );
}
