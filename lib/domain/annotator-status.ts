/** An annotator's own progress on one assigned document (Assignment.status). */
export type AnnotatorStatus = "todo" | "in_progress" | "done";
