// npm run export -- --project <id> --format <jsonl|w3c|brat|conll|doccano|labelstudio|csv> --out <file|->
//                   [--layer all|gold|<userId>] [--status open,in_adjudication,adjudicated]
//                   [--perspective JP,KR,...] [--unit codepoint] [--bom]
// Works directly on the database (DATABASE_URL, or --db <file or URL>) with a read-only
// connection, so it can run beside a live server. Progress and summary go to stderr.
import fs from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { loadEnv } from "./env";
import { parseExportRequest } from "../lib/server/corpus/export/export-request";
import { runExport } from "../lib/server/corpus/export/export-run";
import { cliDatabaseUrl, runCorpusCli } from "../lib/server/corpus/corpus-cli";

const { values } = parseArgs({
  options: {
    project: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    layer: { type: "string" },
    status: { type: "string", multiple: true },
    perspective: { type: "string", multiple: true },
    unit: { type: "string" },
    bom: { type: "boolean" },
    db: { type: "string" },
    help: { type: "boolean" },
  },
});

async function main(): Promise<number> {
  if (values.help || !values.project || !values.format || !values.out) {
    console.error(
      "Usage: npm run export -- --project <id> --format <jsonl|w3c|brat|conll|doccano|labelstudio|csv> --out <file|->\n" +
        "                         [--layer all|gold|<userId>] [--status open,in_adjudication,adjudicated] [--perspective JP,KR] [--unit codepoint] [--bom] [--db <file|url>]",
    );
    return values.help ? 0 : 2;
  }
  loadEnv();
  const databaseUrl = cliDatabaseUrl(values.db);
  const params = new URLSearchParams();
  params.set("format", values.format);
  if (values.layer) params.set("layer", values.layer);
  for (const s of values.status ?? []) params.append("status", s);
  for (const p of values.perspective ?? []) params.append("perspective", p);
  if (values.unit) params.set("unit", values.unit);
  if (values.bom) params.set("bom", "1");
  const request = parseExportRequest(params);
  const out = values.out === "-" ? process.stdout : fs.createWriteStream(values.out);
  const started = Date.now();
  const summary = await runExport({ ...request, databaseUrl, projectId: values.project }, async (chunk) => {
    if (!out.write(chunk)) await once(out, "drain");
  });
  if (out !== process.stdout)
    await new Promise<void>((resolve, reject) => (out as fs.WriteStream).end((e?: Error | null) => (e ? reject(e) : resolve())));
  const seconds = ((Date.now() - started) / 1000).toFixed(2);
  console.error(
    `Exported ${summary.documents} documents and ${summary.spans} spans (${summary.bytes} bytes) as ${request.format} to ${values.out} in ${seconds} s.`,
  );
  if (summary.dropped !== undefined) {
    const byLabel = Object.entries(summary.droppedByLabel ?? {})
      .map(([k, n]) => `${k} ${n}`)
      .join(", ");
    console.error(`CoNLL: dropped ${summary.dropped} overlapping spans${byLabel ? ` (${byLabel})` : ""}.`);
  }
  return 0;
}

runCorpusCli(main, values.db);
