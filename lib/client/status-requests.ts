// The annotator's own status on a document, through the JSON API (./api-call).
import type { SettableAnnotatorStatus } from "@/lib/domain/projects/annotator-status";
import { apiRequest, type ApiResult } from "./api-call";

/** PUT the caller's status: mark the document done, or reopen it. */
export function putMyStatus(documentId: string, status: SettableAnnotatorStatus): Promise<ApiResult<{ status: SettableAnnotatorStatus }>> {
  return apiRequest("PUT", `/api/documents/${encodeURIComponent(documentId)}/status`, { json: { status } });
}
