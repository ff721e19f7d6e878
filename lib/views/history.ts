// A document's history as the history table shows it; lib/server/annotations/history.ts builds it.

export interface HistoryEvent {
  id: string;
  at: string;
  actorId: string;
  actorName: string;
  action: string;
  annotationId: string | null;
  before: unknown;
  after: unknown;
}

export interface HistoryPage {
  events: HistoryEvent[];
  /** user id → name for actors and for the owners of the layers the events touch. */
  people: Record<string, string>;
  /** Pass as ?before= to get the next (older) page; null when there is none. */
  nextBefore: string | null;
}
