import { apiRoute, json } from "@/lib/server/http/http";
import { requireProject } from "@/lib/server/access/guards";
import { parseExportRequest } from "@/lib/server/corpus/export/export-request";
import { exportSummary, startExport } from "@/lib/server/corpus/export/export-start";

type Params = { projectId: string };

/**
 * GET ?format=jsonl|w3c|brat|conll|doccano|labelstudio|csv&layer=gold|all|<userId>
 *     [&status=open,in_adjudication,adjudicated][&perspective=JP,KR][&unit=codepoint (doccano)][&bom=1 (csv)]
 * → the file, streamed from a worker process, as an attachment (reviewers and managers only).
 * With &summary=1 → { summary: { documents, spans, bytes, dropped? } } instead of the file.
 */
export const GET = apiRoute<Params>(async ({ req, params, actor }) => {
  const scope = await requireProject(actor, params.projectId, "corpus:export");
  const search = new URL(req.url).searchParams;
  const request = parseExportRequest(search);
  if (search.get("summary") === "1") return json({ summary: await exportSummary(scope, request) });
  return startExport(scope, request);
});
