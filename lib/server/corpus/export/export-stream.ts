import "server-only";
import { CorpusWorker } from "../../workers/corpus-child";
import type { ExportCounts, ExportJob, ExportSummary } from "./export-run";

/**
 * Start an export in a child process and hand back its bytes as a web stream. Resolves once
 * the worker has opened the database and counted what it will write (so a failure before
 * the first byte is still an ordinary error response). The stream pulls from the child's
 * stdout only as fast as the client reads, so memory stays flat; a cancelled download ends
 * the child; a worker failure mid-way errors the stream (the client sees a broken download,
 * never a silently truncated file).
 */
export async function streamExport(job: ExportJob): Promise<{ counts: ExportCounts; body: ReadableStream<Uint8Array> }> {
  const worker = await CorpusWorker.start({ kind: "export", job });
  let counts: ExportCounts;
  try {
    counts = (await worker.waitFor("counts")).counts;
  } catch (e) {
    worker.kill();
    throw e;
  }
  const chunks = worker.child.stdout![Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (!next.done) return controller.enqueue(next.value);
        await worker.waitFor("done");
        controller.close();
      } catch (e) {
        worker.kill();
        controller.error(e);
      }
    },
    cancel() {
      worker.kill();
    },
  });
  return { counts, body };
}

/** Run the export without keeping its bytes: counts, size and CoNLL's dropped spans. */
export async function summarizeExport(job: ExportJob): Promise<ExportSummary> {
  const worker = await CorpusWorker.start({ kind: "export", job, discard: true });
  try {
    return (await worker.waitFor("done")).summary as ExportSummary;
  } finally {
    worker.kill();
  }
}
