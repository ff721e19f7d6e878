// Assignment progress as the manager's table shows it; lib/server/projects/assignments.ts builds it.
import type { AnnotatorStatus } from "@/lib/domain/projects/annotator-status";

export interface AnnotatorSummary {
  id: string;
  name: string;
  email: string;
  /** Documents assigned to them in this project, and how many of those they have marked done. */
  assigned: number;
  done: number;
}

export interface ProgressRow {
  id: string;
  title: string;
  outlet: string;
  status: string;
  assignments: { userId: string; status: AnnotatorStatus; spans: number }[];
}

export interface ProjectProgress {
  annotatorsPerDocument: number;
  annotators: AnnotatorSummary[];
  documents: ProgressRow[];
}
