// Browser-side calls to the proposition JSON API, for the link panel (which is mounted inside
// client components such as the workspace, where a server component cannot feed it).
import type { ClaimLinking, ClaimSuggestion } from "@/lib/server/proposition-links";
import type { LinkStance } from "@/lib/domain/link-stances";
import { apiCall as call } from "@/lib/client/api-call";

export function fetchClaimLinking(projectId: string, annotationId: string): Promise<ClaimLinking> {
  return call("GET", `/api/projects/${encodeURIComponent(projectId)}/propositions?rankFor=${encodeURIComponent(annotationId)}`);
}

export function linkClaim(propositionId: string, annotationId: string, stance: LinkStance): Promise<unknown> {
  return call("POST", `/api/propositions/${encodeURIComponent(propositionId)}/links`, { annotationId, stance });
}

export function unlinkClaim(propositionId: string, annotationId: string): Promise<unknown> {
  return call("DELETE", `/api/propositions/${encodeURIComponent(propositionId)}/links/${encodeURIComponent(annotationId)}`);
}

export function proposeFromClaim(projectId: string, statement: string, annotationId: string, stance: LinkStance): Promise<{ proposition: { id: string; status: string } }> {
  return call("POST", `/api/projects/${encodeURIComponent(projectId)}/propositions`, { statement, annotationId, stance });
}

export function fetchClaimSuggestions(propositionId: string): Promise<{ suggestions: ClaimSuggestion[] }> {
  return call("GET", `/api/propositions/${encodeURIComponent(propositionId)}/suggestions`);
}
