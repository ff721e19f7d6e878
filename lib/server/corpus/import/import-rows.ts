import "server-only";
import type { ImportProblem } from "@/lib/domain/formats/corpus";
import type { ImportCounts } from "@/lib/domain/formats/import-summary";
import type { LabelRow } from "./import-labels";

// The rows an import writes, as the columns of the tables (timestamps in Prisma's stored
// form, JSON columns as text). The planner hands each row to a sink as soon as it is
// decided, so a 200,000-span import never holds its rows in memory.

export interface DocumentRow {
  id: string;
  projectId: string;
  title: string;
  text: string;
  sha256: string;
  length: number;
  outlet: string;
  perspective: string;
  language: string;
  publishedAt: string | null;
  url: string;
  status: string;
  createdAt: string;
}

export interface SpanRow {
  id: string;
  documentId: string;
  layer: string;
  authorId: string;
  label: string;
  start: number;
  end: number;
  text: string;
  attributes: string;
  note: string;
  createdAt: string;
  updatedAt: string;
}

export interface PropositionRow {
  id: string;
  projectId: string;
  statement: string;
  status: string;
  mergedIntoId: string | null;
  createdById: string;
  createdAt: string;
  updatedAt: string;
}

export interface LinkRow {
  id: string;
  propositionId: string;
  annotationId: string;
  stance: string;
  createdById: string;
  createdAt: string;
}

export interface ReconciliationRow {
  id: string;
  propositionId: string;
  status: string;
  verdict: string;
  summary: string;
  rationale: string;
  evidence: string;
  version: number;
  updatedById: string;
  updatedAt: string;
}

export interface RevisionRow {
  id: string;
  propositionId: string;
  version: number;
  snapshot: string;
  actorId: string;
  createdAt: string;
}

/** "This annotator works on this document" (kept as it is when they already do). */
export interface AssignmentRow {
  documentId: string;
  userId: string;
  assignedAt: string;
}

export type { ImportCounts };

/**
 * Where planned rows go: the database (import-write.ts), or nowhere for a dry run. A sink may
 * hold rows back to write them in batches: `end()` writes what it still holds.
 */
export interface RowSink {
  label(row: LabelRow): void | Promise<void>;
  document(row: DocumentRow): void | Promise<void>;
  span(row: SpanRow): void | Promise<void>;
  proposition(row: PropositionRow): void | Promise<void>;
  link(row: LinkRow): void | Promise<void>;
  reconciliation(row: ReconciliationRow): void | Promise<void>;
  revision(row: RevisionRow): void | Promise<void>;
  assignment(row: AssignmentRow): void | Promise<void>;
  end(): Promise<void>;
}

export const DRY_RUN: RowSink = {
  label() {},
  document() {},
  span() {},
  proposition() {},
  link() {},
  reconciliation() {},
  revision() {},
  assignment() {},
  end: async () => {},
};

/** What an import did (or would do): counts, problems found while planning, notices. */
export interface ImportPlan {
  counts: ImportCounts;
  problems: ImportProblem[];
  notices: string[];
  unknownAuthors: string[];
}

export function emptyPlan(): ImportPlan {
  return {
    counts: {
      documentsCreated: 0,
      documentsMatched: 0,
      spansCreated: 0,
      spansAlreadyPresent: 0,
      spansReassigned: 0,
      propositionsCreated: 0,
      propositionsMatched: 0,
      linksCreated: 0,
      labelsCreated: 0,
    },
    problems: [],
    notices: [],
    unknownAuthors: [],
  };
}
