// Browser-side calls to the proposition JSON API, for the link panel (which is mounted inside
// client components such as the workspace, where a server component cannot feed it). Each
// answers an ApiResult (lib/client/api-call): failures are values, never throws.
import type { ClaimLinking, ClaimSuggestion } from "@/lib/views/claim-linking";
import type { LinkStance } from "@/lib/domain/propositions/link-stances";
import { apiRequest, type ApiResult } from "@/lib/client/api-call";

export function fetchClaimLinking(projectId: string, annotationId: string): Promise<ApiResult<ClaimLinking>> {
  return apiRequest("GET", `/api/projects/${encodeURIComponent(projectId)}/propositions?rankFor=${encodeURIComponent(annotationId)}`);
}

export function linkClaim(propositionId: string, annotationId: string, stance: LinkStance): Promise<ApiResult<unknown>> {
  return apiRequest("POST", `/api/propositions/${encodeURIComponent(propositionId)}/links`, { json: { annotationId, stance } });
}

export function unlinkClaim(propositionId: string, annotationId: string): Promise<ApiResult<unknown>> {
  return apiRequest("DELETE", `/api/propositions/${encodeURIComponent(propositionId)}/links/${encodeURIComponent(annotationId)}`);
}

export function proposeFromClaim(
  projectId: string,
  statement: string,
  annotationId: string,
  stance: LinkStance,
): Promise<ApiResult<{ proposition: { id: string; status: string } }>> {
  return apiRequest("POST", `/api/projects/${encodeURIComponent(projectId)}/propositions`, { json: { statement, annotationId, stance } });
}

export function fetchClaimSuggestions(propositionId: string): Promise<ApiResult<{ suggestions: ClaimSuggestion[] }>> {
  return apiRequest("GET", `/api/propositions/${encodeURIComponent(propositionId)}/suggestions`);
}
