import "server-only";
import type Database from "better-sqlite3";
import type { ImportProblem, ImportResult } from "@/lib/domain/formats/corpus";
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
 * A key that is not a valid label name is a problem of every span using it.
 */
export function planLabels(
  db: Database.Database,
  projectId: string,
  result: ImportResult,
  write: (row: LabelRow) => void,
): { created: string[]; problems: ImportProblem[] } {
  const rows = db.prepare("SELECT key, hotkey, sortOrder FROM Label WHERE projectId = ?").all(projectId) as {
    key: string;
    hotkey: string | null;
    sortOrder: number;
  }[];
  const known = new Set(rows.map((r) => r.key));
  const taken = new Set(rows.map((r) => r.hotkey));
  let order = rows.reduce((m, r) => Math.max(m, r.sortOrder), -1) + 1;
  const created: string[] = [];
  const problems: ImportProblem[] = [];
  const invalid = new Set<string>();
  for (const doc of result.documents) {
    for (const span of doc.spans) {
      if (known.has(span.label) || invalid.has(span.label)) continue;
      if (!LABEL_KEY.test(span.label)) {
        invalid.add(span.label);
        problems.push({
          where: doc.sourceName,
          message: `label ${JSON.stringify(span.label)} cannot be created: a label name is ${LABEL_KEY_RULE}`,
        });
        continue;
      }
      if (known.size >= MAX_LABELS) {
        invalid.add(span.label);
        problems.push({
          where: doc.sourceName,
          message: `label ${JSON.stringify(span.label)} cannot be created: a project has at most ${MAX_LABELS} labels`,
        });
        continue;
      }
      const hotkey = HOTKEYS.find((k) => !taken.has(k)) ?? null;
      taken.add(hotkey);
      known.add(span.label);
      write({
        id: createId(),
        projectId,
        key: span.label,
        name: span.label.replace(/_/g, " "),
        color: paletteColor(created.length),
        hotkey,
        sortOrder: order++,
      });
      created.push(span.label);
    }
  }
  // Spans with a label that could not be created cannot be imported either.
  if (invalid.size) for (const doc of result.documents) doc.spans = doc.spans.filter((s) => !invalid.has(s.label));
  return { created, problems };
}
