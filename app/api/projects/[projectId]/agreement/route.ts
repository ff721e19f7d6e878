import { apiRoute, json } from "@/lib/server/http";
import { requireProject } from "@/lib/server/guards";
import { projectAgreement } from "@/lib/server/agreement";
import { invalid } from "@/lib/server/errors";
import { agreementCsv } from "@/lib/domain/agreement-report";

/**
 * GET → inter-annotator agreement (reviewers and managers): overall, per label, per pair
 * (and as a matrix), per document lowest first. ?format=csv or ?format=json download a file.
 */
export const GET = apiRoute<{ projectId: string }>(async ({ req, params, actor }) => {
  const scope = await requireProject(actor, params.projectId, "layers:read-all");
  const format = new URL(req.url).searchParams.get("format");
  if (format !== null && format !== "csv" && format !== "json") throw invalid("format must be csv or json", "format");
  const report = await projectAgreement(scope);
  if (format === null) return json(report);
  const name = `agreement-${params.projectId}.${format}`;
  const body = format === "csv" ? agreementCsv(report) : JSON.stringify(report, null, 2);
  return new Response(body, {
    headers: {
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
    },
  });
});
