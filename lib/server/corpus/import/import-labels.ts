import "server-only";
import type { RawQueries } from "../../db/raw";
import type { ImportProblem, ImportedDocument } from "@/lib/domain/formats/corpus";
import { HOTKEYS, LABEL_KEY, LABEL_KEY_RULE, MAX_LABELS, paletteColor } from "@/lib/domain/spans/label-keys";
import { createId } from "../corpus-ids";

export interface LabelRow {
  id: string;
  projectId: string;
  key: string;
  name: string;
  color: string;
  hotkey: string | null;
  sortOrder: number;
}

/**
 * With "create labels" on, the labels a file uses that the project lacks are created, in
 * order of first use, after the existing ones: the next free hotkeys 1–9, then none.
 * A key that is not a valid label name is a problem of every span using it, and such spans
 * are dropped. One document at a time, so a file read as a stream is planned as it is read.
 */
export class LabelPlanner {
  private readonly known: Set<string>;
  private readonly taken: Set<string | null>;
  private order: number;
  private readonly invalid = new Set<string>();
  readonly created: string[] = [];
  readonly problems: ImportProblem[] = [];

  private constructor(
    rows: { key: string; hotkey: string | null; sortOrder: number }[],
    private readonly projectId: string,
    private readonly write: (row: LabelRow) => void | Promise<void>,
  ) {
    this.known = new Set(rows.map((r) => r.key));
    this.taken = new Set(rows.map((r) => r.hotkey));
    this.order = rows.reduce((m, r) => Math.max(m, r.sortOrder), -1) + 1;
  }

  /** A planner after the project's labels as they are now. */
  static async load(db: RawQueries, projectId: string, write: (row: LabelRow) => void | Promise<void>): Promise<LabelPlanner> {
    const rows = await db.all<{ key: string; hotkey: string | null; sortOrder: number }>(
      "SELECT key, hotkey, sortOrder FROM Label WHERE projectId = ?",
      projectId,
    );
    return new LabelPlanner(rows, projectId, write);
  }

  /** Create what this document's spans need; drop its spans whose label cannot be created. */
  async document(doc: ImportedDocument): Promise<void> {
    for (const span of doc.spans) {
      if (this.known.has(span.label) || this.invalid.has(span.label)) continue;
      const why = !LABEL_KEY.test(span.label)
        ? `a label name is ${LABEL_KEY_RULE}`
        : this.known.size >= MAX_LABELS
          ? `a project has at most ${MAX_LABELS} labels`
          : null;
      if (why) {
        this.invalid.add(span.label);
        this.problems.push({ where: doc.sourceName, message: `label ${JSON.stringify(span.label)} cannot be created: ${why}` });
        continue;
      }
      const hotkey = HOTKEYS.find((k) => !this.taken.has(k)) ?? null;
      this.taken.add(hotkey);
      this.known.add(span.label);
      await this.write({
        id: createId(),
        projectId: this.projectId,
        key: span.label,
        name: span.label.replace(/_/g, " "),
        color: paletteColor(this.created.length),
        hotkey,
        sortOrder: this.order++,
      });
      this.created.push(span.label);
    }
    // Spans with a label that could not be created cannot be imported either.
    if (this.invalid.size) doc.spans = doc.spans.filter((s) => !this.invalid.has(s.label));
  }
}
