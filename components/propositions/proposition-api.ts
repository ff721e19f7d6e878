// Browser-side calls to the proposition JSON API, for the link panel (which is mounted inside
// client components such as the workspace, where a server component cannot feed it).
import type { ClaimLinking } from "@/lib/server/proposition-links";
import type { LinkStance } from "@/lib/domain/framing";

export class ApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
  });
  if (res.status === 204) return null as T;
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(data?.error?.message ?? `The server answered ${res.status}.`, res.status);
  return data as T;
}

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
