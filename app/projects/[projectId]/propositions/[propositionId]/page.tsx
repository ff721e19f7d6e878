import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { pageProjectScope } from "@/lib/server/access/page-guards";
import { AppError } from "@/lib/server/http/errors";
import { getPropositionDetail, listMergeTargets } from "@/lib/server/propositions/propositions";
import { linkSuggestionAction, rejectSuggestionAction, saveReconciliationAction } from "@/lib/actions/propositions";
import { computeConflictFlags } from "@/lib/domain/propositions/conflicts";
import { addContexts, toDomainMention } from "@/lib/server/propositions/proposition-mentions";
import { BOARD_COLUMN_LIMIT, boardColumns } from "@/lib/domain/propositions/board-columns";
import type { MentionView } from "@/lib/views/propositions";
import { Alert, Card } from "@/components/ui/card";
import { ConflictCallouts } from "@/components/propositions/conflict-callouts";
import { PerspectiveColumns } from "@/components/propositions/perspective-columns";
import { TimelineChart } from "@/components/propositions/timeline-chart";
import { StanceMatrix } from "@/components/propositions/stance-matrix";
import { ReconciliationForm } from "@/components/propositions/reconciliation-form";
import { ReconciliationHistory, ReconciliationSummary, VerdictStrip } from "@/components/propositions/reconciliation-summary";
import { LazyClaimSuggestions } from "@/components/propositions/lazy-claim-suggestions";
import { PropositionAdmin } from "@/components/propositions/proposition-admin";
import { ConflictFlags, StatusBadge } from "@/components/propositions/status-badge";
import { plural } from "@/components/propositions/format";

export const metadata: Metadata = { title: "Reconciliation board" };

const FORM_ID = "reconciliation-form";

export default async function PropositionBoardPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string; propositionId: string }>;
  searchParams: Promise<{ merged?: string; open?: string }>;
}) {
  const { projectId, propositionId } = await params;
  const { merged, open } = await searchParams;
  const scope = await pageProjectScope(projectId);
  const p = await getPropositionDetail(scope, propositionId).catch((e) => {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  });
  const canManage = scope.can("propositions:manage");
  const reconcilable = canManage && ["open", "contested", "reconciled"].includes(p.status);
  const others = canManage ? await listMergeTargets(scope) : [];
  const flags = computeConflictFlags(p.mentions.map(toDomainMention));
  const evidence = new Set(p.reconciliation.evidence);
  const base = `/projects/${projectId}/propositions`;
  const columns = boardColumns(p.mentions, { limit: BOARD_COLUMN_LIMIT, open: typeof open === "string" ? open : null, cited: evidence });
  await addContexts(columns.flatMap((c) => c.shown)); // the cards shown only: a snippet reads its document
  const openHref = (perspective: string, anchor = `perspective-${perspective}`) =>
    `${base}/${p.id}?open=${encodeURIComponent(perspective)}#${encodeURIComponent(anchor)}`;
  const shownIds = new Set(columns.flatMap((c) => c.shown.map((m) => m.annotationId)));
  const cardHref = (m: MentionView) =>
    shownIds.has(m.annotationId) ? `#mention-${m.annotationId}` : openHref(m.perspective, `mention-${m.annotationId}`);

  return (
    <div className="space-y-5">
      <div>
        <Link href={base} className="text-xs text-slate-500 hover:underline">
          ← All propositions
        </Link>
        <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-500">
          <span className="font-semibold uppercase tracking-wide">Proposition</span>
          <span className="inline-flex items-center gap-1.5">
            status <StatusBadge status={p.status} />
          </span>
          {p.withheld > 0 && (
            <span data-testid="withheld-note" className="text-slate-600">
              Blind mode hides {p.withheld} linked claim{p.withheld === 1 ? "" : "s"} from you until{" "}
              {p.withheld === 1 ? "its document is" : "their documents are"} adjudicated; the reviewers&apos; reconciliation shows then.
            </span>
          )}
          {(flags.contested || flags.divergent) && (
            <span className="inline-flex items-center gap-1.5">
              detected in the sources <ConflictFlags {...flags} />
            </span>
          )}
        </div>
        <h2 className="mt-1 max-w-5xl text-2xl font-semibold leading-snug text-slate-900" data-testid="proposition-statement">
          {p.statement}
        </h2>
        <p className="mt-1 text-sm text-slate-500">
          {plural(p.mentions.length, "mention")} in {plural(new Set(p.mentions.map((m) => m.documentId)).size, "article")} from{" "}
          {plural(p.perspectives.length, "perspective")} · created by {p.createdBy}
          {!scope.can("layers:read-all") && " · blind mode: you see your own claims, and other layers only in adjudicated articles"}
        </p>
      </div>

      {merged && <Alert tone="success">Merged: the other proposition&apos;s links now live here.</Alert>}
      {p.mergedInto && (
        <Alert tone="info">
          This proposition was merged into{" "}
          <Link href={`${base}/${p.mergedInto.id}`} className="font-semibold underline">
            {p.mergedInto.statement}
          </Link>
          .
        </Alert>
      )}

      <ConflictCallouts conflicts={p.conflicts} />

      {p.reconciliation.version > 0 && <VerdictStrip reconciliation={p.reconciliation} />}

      <section>
        <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500">How each perspective frames it</h3>
        {p.mentions.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-500">
            No claims linked yet. Link claims from a document&apos;s Claims page, or from the suggestions below.
          </p>
        ) : (
          <PerspectiveColumns
            columns={columns}
            openHref={openHref}
            collapseHref={open ? (perspective) => `${base}/${p.id}#perspective-${encodeURIComponent(perspective)}` : undefined}
            limit={BOARD_COLUMN_LIMIT}
            summaries={p.perspectives}
            evidence={evidence}
            evidenceForm={reconcilable ? FORM_ID : undefined}
          />
        )}
      </section>

      {p.mentions.length > 0 && (
        <div className="grid gap-6 lg:grid-cols-3 [&>*]:min-w-0">
          <Card title="Timeline" className="lg:col-span-2">
            <TimelineChart mentions={p.mentions} cardHref={cardHref} />
          </Card>
          <Card title="Perspective × stance">
            <StanceMatrix mentions={p.mentions} />
          </Card>
        </div>
      )}

      <div id="reconciliation" className="grid scroll-mt-4 gap-6 lg:grid-cols-3 [&>*]:min-w-0">
        <Card title="Reconciliation" className="scroll-mt-4 lg:col-span-2">
          {reconcilable ? (
            <ReconciliationForm formId={FORM_ID} action={saveReconciliationAction.bind(null, p.id)} current={p.reconciliation} />
          ) : (
            <>
              <ReconciliationSummary reconciliation={p.reconciliation} />
              {canManage && p.status === "proposed" && (
                <p className="mt-2 text-sm text-slate-500">Accept this proposition (below) to record a reconciliation.</p>
              )}
            </>
          )}
        </Card>
        <Card title="History">
          <ReconciliationHistory history={p.history} />
        </Card>
      </div>

      {p.status !== "merged" && p.status !== "retired" && (
        <Card title="Possibly the same claim">
          <LazyClaimSuggestions
            key={p.mentions.length}
            propositionId={p.id}
            action={linkSuggestionAction.bind(null, p.id)}
            reject={scope.can("propositions:manage") ? rejectSuggestionAction.bind(null, p.id) : null}
          />
        </Card>
      )}

      {canManage && p.status !== "merged" && (
        <Card title="Manage">
          <PropositionAdmin id={p.id} statement={p.statement} status={p.status} mergeTargets={others.filter((o) => o.id !== p.id)} />
        </Card>
      )}
    </div>
  );
}
