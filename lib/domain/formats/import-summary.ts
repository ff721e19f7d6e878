// The sentences an import report is read as, shared by the UI and the command line so both
// say the same thing, with singular and plural right ("1 new document", "2 new documents").

/** What an import did (or would do), counted. */
export interface ImportCounts {
  documentsCreated: number;
  documentsMatched: number;
  spansCreated: number;
  spansAlreadyPresent: number;
  /** Created spans whose source author is not a member here, so the importer authors them. */
  spansReassigned: number;
  propositionsCreated: number;
  propositionsMatched: number;
  linksCreated: number;
  /** Labels the import created (only when asked to). */
  labelsCreated: number;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Imported 2 new documents (1 matched by text), …" or "Nothing was imported. …". */
export function summarizeImport(imported: boolean, c: ImportCounts): string {
  const parts = [
    `${plural(c.documentsCreated, "new document")} (${c.documentsMatched} already here, matched by text)`,
    `${plural(c.spansCreated, "span")} (${plural(c.spansAlreadyPresent, "identical span")} already present, skipped; ${c.spansReassigned} attributed to the importer)`,
    `${plural(c.propositionsCreated, "new proposition")} (${c.propositionsMatched} matched) and ${plural(c.linksCreated, "link")}`,
  ];
  if (c.labelsCreated) parts.push(plural(c.labelsCreated, "new label"));
  return `${imported ? "Imported" : "Nothing was imported. With the problems fixed it would import"} ${parts.join(", ")}.`;
}

/** "10,000 problems (the first 1,000 listed)". */
export function countProblems(listed: number, total: number, skipped: boolean): string {
  const shown = total > listed ? ` (the first ${listed.toLocaleString("en")} listed)` : "";
  return `${plural(total, "problem").replace(/^\d+/, total.toLocaleString("en"))}${shown}${skipped ? "; those records were skipped" : ""}`;
}
