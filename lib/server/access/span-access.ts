import "server-only";
import { rawDb } from "../db/raw";
import { assertScope, type ProjectScope } from "./guards";
import { forbidden, notFound } from "../http/errors";
import { GOLD_LAYER, userLayer } from "@/lib/domain/spans/layers";

export interface DocumentContext {
  id: string;
  projectId: string;
  status: string;
  blindMode: boolean;
}

export async function documentContext(scope: ProjectScope, documentId: string): Promise<DocumentContext> {
  assertScope(scope);
  const doc = await rawDb().get<{ id: string; projectId: string; status: string; blindMode: number }>(
    `SELECT d.id, d.projectId, d.status, p.blindMode FROM "Document" d JOIN "Project" p ON p.id = d.projectId WHERE d.id = ? AND d.projectId = ?`,
    documentId,
    scope.projectId,
  );
  if (!doc) throw notFound("Document");
  return { id: doc.id, projectId: doc.projectId, status: doc.status, blindMode: doc.blindMode === 1 };
}

/**
 * Blind mode: an annotator sees only their own layer until the document is adjudicated.
 * Reviewers and managers always see every layer.
 */
export function canSeeOtherLayers(scope: ProjectScope, doc: DocumentContext): boolean {
  return scope.can("layers:read-all") || !doc.blindMode || doc.status === "adjudicated";
}

export function requireOtherLayers(scope: ProjectScope, doc: DocumentContext): void {
  if (!canSeeOtherLayers(scope, doc)) {
    throw forbidden(
      "Blind mode: other annotators' spans and the gold layer stay hidden from annotators until the document is adjudicated.",
    );
  }
}

/** Who may change a span in a given layer: its author (annotators), reviewers for gold, managers for any. */
export function requireWriteLayer(scope: ProjectScope, layer: string): void {
  if (layer === GOLD_LAYER) {
    if (!scope.can("review")) throw forbidden("Only reviewers and managers can change the gold layer.");
    return;
  }
  if (layer === userLayer(scope.actor.id)) {
    if (!scope.can("annotate")) throw forbidden("Only annotators of this project can annotate.");
    return;
  }
  if (!scope.can("project:edit")) throw forbidden("Only the span's author or a project manager can change it.");
}
