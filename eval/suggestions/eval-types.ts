// Shapes of the evaluation sets: a document with its hand-made gold spans, written as exact
// text plus 1-based occurrence (resolved to code-point offsets by the evaluator).
export interface EvalSpan {
  label: "claim" | "quote" | "measure" | "date";
  text: string;
  occurrence?: number;
  attributes: Record<string, unknown>;
}

export interface EvalDocument {
  name: string;
  outlet: string;
  publishedAt: string | null;
  text: string;
  spans: EvalSpan[];
}
