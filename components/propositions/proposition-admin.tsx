import { mergePropositionAction, updatePropositionAction } from "@/lib/actions/propositions";
import { ActionForm } from "@/components/ui/action-form";
import { Field, Select, TextArea } from "@/components/ui/field";

/** Reviewer and manager controls: edit the statement, accept / retire / restore, merge. */
export function PropositionAdmin({
  id,
  statement,
  status,
  mergeTargets,
}: {
  id: string;
  statement: string;
  status: string;
  mergeTargets: { id: string; statement: string }[];
}) {
  const update = updatePropositionAction.bind(null, id);
  return (
    <div className="grid gap-6 md:grid-cols-3">
      <ActionForm action={update} submitLabel="Save statement" variant="secondary">
        <Field label="Statement" hint="Neutral: what the sources are about, not what any of them says.">
          <TextArea name="statement" defaultValue={statement} rows={3} required maxLength={500} />
        </Field>
      </ActionForm>
      <div className="space-y-2">
        <p className="text-sm font-medium text-slate-700">Status</p>
        {status === "proposed" && (
          <ActionForm action={update} submitLabel="Accept proposition" className="inline-block">
            <input type="hidden" name="status" value="open" />
          </ActionForm>
        )}
        {status === "retired" ? (
          <ActionForm action={update} submitLabel="Restore" variant="secondary">
            <input type="hidden" name="status" value="open" />
          </ActionForm>
        ) : (
          <ActionForm
            action={update}
            submitLabel={status === "proposed" ? "Reject (retire)" : "Retire"}
            variant="danger"
            confirm={{
              title: status === "proposed" ? "Reject this proposition?" : "Retire this proposition?",
              body: <p>“{statement}” keeps its links and history but takes no new links. You can restore it later.</p>,
            }}
          >
            <p className="text-xs text-slate-500">Retired propositions keep their links and history but take no new links.</p>
            <input type="hidden" name="status" value="retired" />
          </ActionForm>
        )}
      </div>
      <ActionForm
        action={mergePropositionAction.bind(null, id)}
        submitLabel="Merge"
        variant="secondary"
        confirm={{
          title: "Merge this proposition?",
          body: <p>Its links move to the chosen proposition and “{statement}” becomes merged. This cannot be undone from here.</p>,
        }}
      >
        <Field
          label="Merge into"
          hint="Links move to the other proposition (claims it already has keep its stance); this one becomes “merged”."
        >
          <Select name="into" required defaultValue="">
            <option value="" disabled>
              Choose a proposition…
            </option>
            {mergeTargets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.statement.length > 90 ? `${t.statement.slice(0, 90)}…` : t.statement}
              </option>
            ))}
          </Select>
        </Field>
      </ActionForm>
    </div>
  );
}
