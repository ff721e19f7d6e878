// An annotator's status on an assigned document, defined once: the type, the names the UI
// shows, what the annotator may set themselves, and the queue's order. Stored as a plain
// string in Assignment.status. Pure.

/** In the order the work goes: assigned, started (first span), marked done. */
export const ANNOTATOR_STATUSES = ["todo", "in_progress", "done"] as const;

export type AnnotatorStatus = (typeof ANNOTATOR_STATUSES)[number];

export const ANNOTATOR_STATUS_NAMES: Record<AnnotatorStatus, string> = { todo: "To do", in_progress: "In progress", done: "Done" };

/** What `PUT /api/documents/{id}/status` takes: mark done, or reopen (todo only ever comes from an assignment). */
export const SETTABLE_ANNOTATOR_STATUSES = ["done", "in_progress"] as const satisfies readonly AnnotatorStatus[];

export type SettableAnnotatorStatus = (typeof SETTABLE_ANNOTATOR_STATUSES)[number];

/** "My queue" order: what is under way first, then what is still to do, then what is done. */
export const QUEUE_ORDER: Record<AnnotatorStatus, number> = { in_progress: 0, todo: 1, done: 2 };

export function isAnnotatorStatus(value: unknown): value is AnnotatorStatus {
  return (ANNOTATOR_STATUSES as readonly unknown[]).includes(value);
}

/** A zero count per status. */
export function zeroStatusCounts(): Record<AnnotatorStatus, number> {
  return Object.fromEntries(ANNOTATOR_STATUSES.map((s) => [s, 0])) as Record<AnnotatorStatus, number>;
}
