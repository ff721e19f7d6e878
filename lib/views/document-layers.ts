// What the reading view shows of a document's layers; lib/server/documents/document-layers.ts builds it.

/** One readable layer of a document: "gold" or an annotator's, with its span count. */
export interface LayerChoice {
  /** What ?layer= and the annotations API take: "gold" or the annotator's user id. */
  param: string;
  layer: string;
  name: string;
  spans: number;
}
