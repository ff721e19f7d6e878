import { apiRoute } from "@/lib/server/http/http";
import { requireProject } from "@/lib/server/access/guards";
import { projectAgreement, projectAgreementJson } from "@/lib/server/agreement/agreement";
import { invalid } from "@/lib/server/http/errors";
import { agreementCsv } from "@/lib/domain/agreement/agreement-report";

/**
 * GET → inter-annotator agreement (reviewers and managers): overall, per label, per pair
 * (and as a matrix), per document lowest first. ?format=csv or ?format=json download a file.
 */
export const GET = apiRoute<{ projectId: string }>(async ({ req, params, actor }) => {
  const scope = await requireProject(actor, params.projectId, "layers:read-all");
  const format = new URL(req.url).searchParams.get("format");
  if (format !== null && format !== "csv" && format !== "json") throw invalid("format must be csv or json", "format");
  const name = `agreement-${params.projectId}.${format}`;
  if (format === "csv") {
    return new Response(agreementCsv(await projectAgreement(scope)), {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"` },
    });
  }
  // The worker's JSON text as is: no parse and re-serialisation of a large report on this thread.
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
  if (format === "json") headers["content-disposition"] = `attachment; filename="${name}"`;
  return new Response(await projectAgreementJson(scope), { headers });
});
