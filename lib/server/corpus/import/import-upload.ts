import "server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { CorpusWorker } from "../../workers/corpus-child";
import { databaseUrl } from "../../db/database-url";
import { assertScope, type ProjectScope } from "../../access/guards";
import { AppError, forbidden, invalid, tooLarge } from "../../http/errors";
import { MAX_IMPORT_BYTES, type ImportRequest } from "./import-request";
import type { ImportReport } from "./import-run";

const LIMIT_TEXT = `${MAX_IMPORT_BYTES / 1048576} MB`;

/**
 * An upload → the import worker → its report. The body streams to a temporary file (so a
 * 100 MB upload is never one buffer on the server's heap) and is cut off at the limit; the
 * worker parses, checks and writes it in one transaction. Problems with nothing imported
 * become a 400 listing every problem; otherwise the report, including what was skipped.
 */
export async function importUpload(scope: ProjectScope, request: ImportRequest, req: Request): Promise<ImportReport> {
  assertScope(scope);
  if (!scope.can("corpus:import")) throw forbidden("Only a project manager can import into the project.");
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_IMPORT_BYTES) throw tooLarge(`The upload is larger than the ${LIMIT_TEXT} import limit.`);
  if (!req.body) throw invalid("The request body is empty: send the file as the body.");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-import-"));
  try {
    const file = path.join(dir, "upload");
    await saveBody(req.body, file);
    const worker = await CorpusWorker.start({
      kind: "import",
      job: {
        ...request,
        databaseUrl: databaseUrl(),
        projectId: scope.projectId,
        importerId: scope.actor.id,
        source: { kind: "file", path: file },
      },
    });
    const report = (await worker.waitFor("done")).report as ImportReport;
    if (!report.imported) {
      const n = report.problemCount;
      const what = n === 0 ? "holds nothing to import" : `has ${n.toLocaleString("en")} problem${n === 1 ? "" : "s"}`;
      throw new AppError("invalid_input", `The ${request.format} file ${what}; nothing was imported.`, undefined, report);
    }
    return report;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function saveBody(body: ReadableStream<Uint8Array>, file: string): Promise<void> {
  let total = 0;
  const limited = async function* (source: AsyncIterable<Uint8Array>) {
    for await (const chunk of source) {
      total += chunk.byteLength;
      if (total > MAX_IMPORT_BYTES) throw tooLarge(`The upload is larger than the ${LIMIT_TEXT} import limit.`);
      yield chunk;
    }
  };
  await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), limited, fs.createWriteStream(file));
}
