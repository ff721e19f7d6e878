import "server-only";
import { FORMAT_INFO } from "@/lib/domain/formats/format-info";
import { db } from "../../db/db";
import { databaseUrl } from "../../db/database-url";
import { exportContentType, formatParam } from "../corpus-formats";
import { assertScope, type ProjectScope } from "../../access/guards";
import { forbidden, invalid } from "../../http/errors";
import type { ExportRequest } from "./export-request";
import { layerName } from "./export-request";
import type { ExportCounts, ExportJob } from "./export-run";
import { streamExport, summarizeExport } from "./export-stream";
import { userLayer } from "@/lib/domain/spans/layers";

async function prepareJob(scope: ProjectScope, request: ExportRequest): Promise<{ job: ExportJob; projectName: string }> {
  assertScope(scope);
  if (!scope.can("corpus:export")) throw forbidden("Only reviewers and managers can export the corpus.");
  const project = await db.project.findUniqueOrThrow({ where: { id: scope.projectId }, select: { name: true } });
  if (request.layer.kind === "user") await requireUserLayer(scope.projectId, request.layer.userId);
  return { job: { ...request, databaseUrl: databaseUrl(), projectId: scope.projectId }, projectName: project.name };
}

/** A user's layer exists here if they are a member or have spans in the project. */
async function requireUserLayer(projectId: string, userId: string): Promise<void> {
  const member = await db.membership.findFirst({ where: { projectId, userId }, select: { id: true } });
  const span =
    member ?? (await db.annotation.findFirst({ where: { layer: userLayer(userId), document: { projectId } }, select: { id: true } }));
  if (!span) throw invalid(`No annotator layer "${userLayer(userId)}" in this project: use gold, all, or a member's user id.`, "layer");
}

/** The streamed download: Content-Disposition attachment, counts in headers (known before the first byte). */
export async function startExport(scope: ProjectScope, request: ExportRequest): Promise<Response> {
  const { job, projectName } = await prepareJob(scope, request);
  const { counts, body } = await streamExport(job);
  const name = exportFileName(projectName, request);
  return new Response(body, {
    headers: {
      "Content-Type": exportContentType(request.format),
      "Content-Disposition": `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "no-store",
      "X-Accel-Buffering": "no",
      "X-Parallax-Documents": String(counts.documents),
      "X-Parallax-Spans": String(counts.spans),
      "X-Parallax-Offset-Unit": offsetUnit(request),
      ...conllHeaders(counts),
    },
  });
}

/** CoNLL's report: how many overlapping spans the file leaves out, in total and by label. */
function conllHeaders(counts: ExportCounts): Record<string, string> {
  if (counts.dropped === undefined) return {};
  const byLabel = Object.entries(counts.droppedByLabel ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([label, n]) => `${encodeURIComponent(label)}=${n}`)
    .join(", ");
  return { "X-Parallax-Dropped-Spans": String(counts.dropped), ...(byLabel ? { "X-Parallax-Dropped-By-Label": byLabel } : {}) };
}

/** `?summary=1`: what the export would hold, including how many spans CoNLL drops. */
export async function exportSummary(scope: ProjectScope, request: ExportRequest) {
  const { job } = await prepareJob(scope, request);
  return summarizeExport(job);
}

export function exportFileName(projectName: string, request: Pick<ExportRequest, "format" | "layer">): string {
  const slug =
    projectName
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "project";
  const layer = layerName(request.layer).replace(/[^A-Za-z0-9_-]/g, "-");
  const ext = request.format === "brat" ? ".zip" : FORMAT_INFO[request.format].extension;
  return `${slug.slice(0, 60)}-${layer}-${formatParam(request.format)}${ext}`;
}

function offsetUnit(request: ExportRequest): string {
  if (request.format === "doccano") return request.offsetUnit === "codepoint" ? "codepoint" : "utf16";
  if (request.format === "label-studio") return "utf16";
  return request.format === "conll" ? "token" : "codepoint";
}
