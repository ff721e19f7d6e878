// Distributing documents among a project's annotators. Pure.
// Invariants: a document never gets the same annotator twice, and every new assignment
// goes to an eligible annotator with the fewest assignments so far, so loads end up
// within one of each other whenever the existing assignments allow it.

export interface DocumentToStaff {
  id: string;
  /** Users already assigned to this document (annotators or not). */
  assigned: readonly string[];
}

export interface PlannedAssignment {
  documentId: string;
  userId: string;
}

export interface AssignmentPlan {
  assignments: PlannedAssignment[];
  /** Documents that still lack annotators because everyone eligible already has them. */
  short: { documentId: string; missing: number }[];
}

/**
 * Fill every document up to `perDocument` annotators, in the given document order.
 * Ties in load go to the annotator listed first in `annotators`, so a plan is repeatable.
 */
export function planAssignments(documents: readonly DocumentToStaff[], annotators: readonly string[], perDocument: number): AssignmentPlan {
  if (!Number.isInteger(perDocument) || perDocument < 1) {
    throw new RangeError(`perDocument must be a whole number ≥ 1 (got ${perDocument})`);
  }
  const eligible = [...new Set(annotators)];
  const load = new Map(eligible.map((id) => [id, 0]));
  for (const doc of documents) {
    for (const userId of new Set(doc.assigned)) if (load.has(userId)) load.set(userId, (load.get(userId) ?? 0) + 1);
  }
  const rank = new Map(eligible.map((id, i) => [id, i]));
  const plan: AssignmentPlan = { assignments: [], short: [] };
  for (const doc of documents) {
    const taken = new Set(doc.assigned);
    const need = perDocument - taken.size;
    if (need <= 0) continue;
    const picks = eligible
      .filter((id) => !taken.has(id))
      .sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0) || (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
      .slice(0, need);
    for (const userId of picks) {
      plan.assignments.push({ documentId: doc.id, userId });
      load.set(userId, (load.get(userId) ?? 0) + 1);
    }
    if (picks.length < need) plan.short.push({ documentId: doc.id, missing: need - picks.length });
  }
  return plan;
}
