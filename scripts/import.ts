// npm run import -- --project <id> --format <jsonl|doccano|labelstudio|brat|text> --in <file-or-folder>
//                   [--skip-invalid] [--as <manager email>] [--layer gold] [--db <file|url>]
//                   [--create-labels] [--text-field <name>] [--predictions] [--target authored|gold|<annotator id>]
// Works directly on the database (DATABASE_URL, or --db <file or URL>): parse and check
// everything, then write in one transaction. brat and text take a zip or a folder.
// --as names the importing manager (author of spans whose authors are not members here);
// the default is the project's first manager. Exit code 1 when nothing was imported.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadEnv } from "./env";
import { parseImportRequest } from "../lib/server/corpus/import/import-request";
import { runImport, type ImportReport } from "../lib/server/corpus/import/import-run";
import { cliDatabaseUrl, findImporter, runCorpusCli } from "../lib/server/corpus/corpus-cli";
import { countProblems, summarizeImport } from "../lib/domain/formats/import-summary";

const { values } = parseArgs({
  options: {
    project: { type: "string" },
    format: { type: "string" },
    in: { type: "string" },
    "skip-invalid": { type: "boolean" },
    as: { type: "string" },
    layer: { type: "string" },
    db: { type: "string" },
    help: { type: "boolean" },
    "create-labels": { type: "boolean" },
    "text-field": { type: "string" },
    predictions: { type: "boolean" },
    target: { type: "string" },
  },
});

/** Problems printed to the terminal; the report itself keeps the first 1,000. */
const PRINTED_PROBLEMS = 200;

function printReport(r: ImportReport): void {
  console.log(`${summarizeImport(r.imported, r.counts)} (${(r.ms / 1000).toFixed(2)} s)`);
  if (r.unknownAuthors.length) console.log(`Not members here, their spans went to the importer: ${r.unknownAuthors.join(", ")}`);
  for (const n of r.notices) console.log(n);
  if (r.problems.length) {
    const listed = r.problems.filter((p) => !/ more problems not listed$/.test(p.message));
    console.log(`${countProblems(listed.length, r.problemCount, r.imported)}:`);
    for (const p of listed.slice(0, PRINTED_PROBLEMS)) console.log(`  ${p.where}: ${p.message}`);
    // The true total, not the report's (capped) list: "… and 9,800 more (10,000 in all)".
    const unprinted = r.problemCount - Math.min(listed.length, PRINTED_PROBLEMS);
    if (unprinted > 0) console.log(`  … and ${unprinted.toLocaleString("en-US")} more (${r.problemCount.toLocaleString("en-US")} in all)`);
    if (!r.imported) console.log("Fix them, or run again with --skip-invalid to import the valid records.");
  }
}

async function main(): Promise<number> {
  if (values.help || !values.project || !values.format || !values.in) {
    console.error(
      "Usage: npm run import -- --project <id> --format <jsonl|doccano|labelstudio|brat|text> --in <file-or-folder> [--skip-invalid] [--as <email>] [--layer gold] [--db <file|url>]\n" +
        "                         [--create-labels] [--text-field <name>] [--predictions] [--target authored|gold|<annotator id>]",
    );
    return values.help ? 0 : 2;
  }
  loadEnv();
  const databaseUrl = cliDatabaseUrl(values.db);
  const params = new URLSearchParams({
    format: values.format,
    skipInvalid: values["skip-invalid"] ? "1" : "0",
    layer: values.layer ?? "mine",
    createLabels: values["create-labels"] ? "1" : "0",
    predictions: values.predictions ? "1" : "0",
    ...(values["text-field"] ? { textField: values["text-field"] } : {}),
    ...(values.target ? { target: values.target } : {}),
  });
  const request = parseImportRequest(params);
  const input = path.resolve(values.in);
  if (!fs.existsSync(input)) throw new Error(`${input} does not exist`);
  const source = fs.statSync(input).isDirectory() ? { kind: "folder" as const, path: input } : { kind: "file" as const, path: input };
  const importerId = await findImporter(databaseUrl, values.project, values.as);
  const report = await runImport({ ...request, databaseUrl, projectId: values.project, importerId, source });
  printReport(report);
  return report.imported ? 0 : 1;
}

runCorpusCli(main, values.db);
