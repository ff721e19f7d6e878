import "server-only";
import { db } from "../db/db";
import { rawDb } from "../db/raw";
import { assertScope, type ProjectScope } from "../access/guards";
import { conflict, forbidden, invalid, isUniqueViolation, notFound } from "../http/errors";
import { QUEUE_ORDER, type AnnotatorStatus } from "@/lib/domain/projects/annotator-status";
import { planAssignments, type AssignmentPlan } from "@/lib/domain/projects/assignment-plan";
import { USER_LAYER_RANGE, userLayer } from "@/lib/domain/spans/layers";
import type { ProgressRow, ProjectProgress } from "@/lib/views/progress";

function requireAssign(scope: ProjectScope): void {
  assertScope(scope);
  if (!scope.can("assign")) throw forbidden("Only a project manager can assign documents.");
}

/** The project's annotators (members with the annotator role), in the order they joined. */
async function projectAnnotators(projectId: string) {
  const rows = await db.membership.findMany({
    where: { projectId, role: "annotator" },
    include: { user: { select: { id: true, name: true, email: true, disabled: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.filter((r) => !r.user.disabled).map((r) => r.user);
}

/**
 * Spans per (document, annotator layer) in the project, through the covering
 * (documentId, layer) index: on a 200,000-span project Prisma's groupBy took about ten times longer.
 */
function countUserSpans(projectId: string, layer?: string) {
  type Row = { documentId: string; layer: string; n: number };
  return layer
    ? rawDb().all<Row>(
        `SELECT documentId, layer, COUNT(*) AS n FROM "Annotation"
         WHERE layer = ? AND documentId IN (SELECT id FROM "Document" WHERE projectId = ?)
         GROUP BY documentId, layer`,
        layer,
        projectId,
      )
    : rawDb().all<Row>(
        `SELECT documentId, layer, COUNT(*) AS n FROM "Annotation"
         WHERE layer >= ? AND layer < ? AND documentId IN (SELECT id FROM "Document" WHERE projectId = ?)
         GROUP BY documentId, layer`,
        USER_LAYER_RANGE.from,
        USER_LAYER_RANGE.to,
        projectId,
      );
}

const documentOrder = [{ publishedAt: "asc" as const }, { createdAt: "asc" as const }, { id: "asc" as const }];

/** Documents × annotators with each assignment's status and span count, for the manager. */
export async function projectProgress(scope: ProjectScope): Promise<ProjectProgress> {
  requireAssign(scope);
  const [project, annotators, documents, spanCounts] = await Promise.all([
    db.project.findUniqueOrThrow({ where: { id: scope.projectId }, select: { annotatorsPerDocument: true } }),
    projectAnnotators(scope.projectId),
    db.document.findMany({
      where: { projectId: scope.projectId },
      select: {
        id: true,
        title: true,
        outlet: true,
        status: true,
        assignments: { select: { userId: true, status: true }, orderBy: { assignedAt: "asc" } },
      },
      orderBy: documentOrder,
    }),
    countUserSpans(scope.projectId),
  ]);
  const spans = new Map(spanCounts.map((c) => [`${c.documentId}|${c.layer}`, Number(c.n)]));
  const rows: ProgressRow[] = documents.map((d) => ({
    id: d.id,
    title: d.title,
    outlet: d.outlet,
    status: d.status,
    assignments: d.assignments.map((a) => ({
      userId: a.userId,
      status: a.status as AnnotatorStatus,
      spans: spans.get(`${d.id}|${userLayer(a.userId)}`) ?? 0,
    })),
  }));
  const summary = annotators.map((u) => {
    const mine = rows.flatMap((r) => r.assignments.filter((a) => a.userId === u.id));
    return { ...u, assigned: mine.length, done: mine.filter((a) => a.status === "done").length };
  });
  return { annotatorsPerDocument: project.annotatorsPerDocument, annotators: summary, documents: rows };
}

/**
 * Fill every document up to the project's annotators-per-document (optionally changing it
 * first), balanced across the project's annotators. All new assignments land together or none.
 */
export async function distributeAutomatically(scope: ProjectScope, annotatorsPerDocument?: number): Promise<AssignmentPlan> {
  requireAssign(scope);
  const annotators = await projectAnnotators(scope.projectId);
  if (annotators.length === 0) throw invalid("This project has no annotators yet: add members with the annotator role first.");
  return db.$transaction(async (tx) => {
    const project = annotatorsPerDocument
      ? await tx.project.update({
          where: { id: scope.projectId },
          data: { annotatorsPerDocument },
          select: { annotatorsPerDocument: true },
        })
      : await tx.project.findUniqueOrThrow({ where: { id: scope.projectId }, select: { annotatorsPerDocument: true } });
    const documents = await tx.document.findMany({
      where: { projectId: scope.projectId },
      select: { id: true, assignments: { select: { userId: true } } },
      orderBy: documentOrder,
    });
    const plan = planAssignments(
      documents.map((d) => ({ id: d.id, assigned: d.assignments.map((a) => a.userId) })),
      annotators.map((a) => a.id),
      project.annotatorsPerDocument,
    );
    if (plan.assignments.length) await tx.assignment.createMany({ data: plan.assignments });
    return plan;
  });
}

async function requireProjectDocument(scope: ProjectScope, documentId: string) {
  const doc = await db.document.findFirst({ where: { id: documentId, projectId: scope.projectId }, select: { id: true, title: true } });
  if (!doc) throw notFound("Document");
  return doc;
}

async function requireAnnotator(scope: ProjectScope, userId: string) {
  const annotators = await projectAnnotators(scope.projectId);
  const user = annotators.find((a) => a.id === userId);
  if (!user) throw invalid("That user is not an annotator of this project.", "userId");
  return user;
}

export async function assignDocument(scope: ProjectScope, documentId: string, userId: string): Promise<void> {
  requireAssign(scope);
  const doc = await requireProjectDocument(scope, documentId);
  const user = await requireAnnotator(scope, userId);
  try {
    await db.assignment.create({ data: { documentId, userId } });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(`${user.name} is already assigned to "${doc.title}".`);
    throw e;
  }
}

/** Remove an assignment. The annotator's spans stay in their layer but no longer count for agreement or adjudication. */
export async function unassignDocument(scope: ProjectScope, documentId: string, userId: string): Promise<void> {
  requireAssign(scope);
  await requireProjectDocument(scope, documentId);
  const { count } = await db.assignment.deleteMany({ where: { documentId, userId } });
  if (count === 0) throw notFound("Assignment");
}

/** Move a document from one annotator to another in one step; the new annotator starts at "to do". */
export async function reassignDocument(scope: ProjectScope, documentId: string, fromUserId: string, toUserId: string): Promise<void> {
  requireAssign(scope);
  const doc = await requireProjectDocument(scope, documentId);
  if (fromUserId === toUserId) throw invalid("Pick a different annotator to reassign to.", "toUserId");
  const to = await requireAnnotator(scope, toUserId);
  try {
    await db.$transaction(async (tx) => {
      const { count } = await tx.assignment.deleteMany({ where: { documentId, userId: fromUserId } });
      if (count === 0) throw notFound("Assignment");
      await tx.assignment.create({ data: { documentId, userId: toUserId } });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(`${to.name} is already assigned to "${doc.title}".`);
    throw e;
  }
}

export interface QueueEntry {
  documentId: string;
  title: string;
  outlet: string;
  publishedAt: string | null;
  status: AnnotatorStatus;
  documentStatus: string;
  assignedAt: string;
  doneAt: string | null;
  spans: number;
}

/** The caller's assigned documents in this project: to do first, then in progress, then done. */
export async function myQueue(scope: ProjectScope): Promise<QueueEntry[]> {
  assertScope(scope);
  const layer = userLayer(scope.actor.id);
  const [rows, counts] = await Promise.all([
    db.assignment.findMany({
      where: { userId: scope.actor.id, document: { projectId: scope.projectId } },
      include: { document: { select: { title: true, outlet: true, publishedAt: true, status: true } } },
      orderBy: { assignedAt: "asc" },
    }),
    countUserSpans(scope.projectId, layer),
  ]);
  const spans = new Map(counts.map((c) => [c.documentId, Number(c.n)]));
  return rows
    .map((r) => ({
      documentId: r.documentId,
      title: r.document.title,
      outlet: r.document.outlet,
      publishedAt: r.document.publishedAt,
      status: r.status as AnnotatorStatus,
      documentStatus: r.document.status,
      assignedAt: r.assignedAt.toISOString(),
      doneAt: r.doneAt?.toISOString() ?? null,
      spans: spans.get(r.documentId) ?? 0,
    }))
    .sort((a, b) => (QUEUE_ORDER[a.status] ?? 3) - (QUEUE_ORDER[b.status] ?? 3)); // a status the table does not know goes last
}
