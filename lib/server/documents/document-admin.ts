import "server-only";
import { db } from "../db/db";
import { assertScope, requireId, type ProjectScope } from "../access/guards";
import { forbidden, notFound } from "../http/errors";
import type { DocumentMetadata } from "@/lib/schemas/document";

function requireEdit(scope: ProjectScope): void {
  assertScope(scope);
  if (!scope.can("project:edit"))
    throw forbidden("Only a project manager (or an administrator) can change or delete documents and projects.");
}

/** Change a document's source metadata; its text stays as it is (offsets depend on it). */
export async function updateDocumentMetadata(scope: ProjectScope, documentId: string, input: DocumentMetadata) {
  requireEdit(scope);
  requireId(documentId, "documentId"); // updateMany with id undefined would rewrite every document of the project
  const { count } = await db.document.updateMany({ where: { id: documentId, projectId: scope.projectId }, data: input });
  if (count === 0) throw notFound("Document");
}

/**
 * Delete a document with everything on it, in one transaction: spans in every layer (and so
 * their proposition links), history, assignments, decisions, suggestions. Returns what went.
 */
export async function deleteDocument(scope: ProjectScope, documentId: string): Promise<{ title: string; spans: number; links: number }> {
  requireEdit(scope);
  requireId(documentId, "documentId");
  return db.$transaction(async (tx) => {
    const doc = await tx.document.findFirst({ where: { id: documentId, projectId: scope.projectId }, select: { title: true } });
    if (!doc) throw notFound("Document");
    const [spans, links] = await Promise.all([
      tx.annotation.count({ where: { documentId } }),
      tx.propositionLink.count({ where: { annotation: { documentId } } }),
    ]);
    await tx.document.delete({ where: { id: documentId } }); // the schema cascades to everything on it
    return { title: doc.title, spans, links };
  });
}

/** Delete a project with its documents, spans, links, propositions, history and memberships. */
export async function deleteProject(scope: ProjectScope): Promise<{ name: string; documents: number }> {
  requireEdit(scope);
  return db.$transaction(async (tx) => {
    const project = await tx.project.findUnique({
      where: { id: scope.projectId },
      select: { name: true, _count: { select: { documents: true } } },
    });
    if (!project) throw notFound("Project");
    // Spans reference their author without a cascade; removing the documents first takes them along.
    await tx.document.deleteMany({ where: { projectId: scope.projectId } });
    await tx.project.delete({ where: { id: scope.projectId } });
    // Reports computed for it (agreement, clusters) are keyed "<kind>:<projectId>", without a relation.
    await tx.derivedResult.deleteMany({ where: { key: { endsWith: `:${scope.projectId}` } } });
    return { name: project.name, documents: project._count.documents };
  });
}
