// The workspace's calls to the suggestions API. Offsets are code points (as stored).
import type { ServerSpan } from "./span-types";
import type { SuggestionView } from "@/lib/domain/suggest/types";

export type ClientSuggestion = SuggestionView;

export interface SuggestionListResponse {
  suggestions: ClientSuggestion[];
  counts: Record<string, number>;
  ready: boolean;
}

async function errorMessage(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: { message?: string } };
    return body.error?.message ?? `HTTP ${res.status}`;
  } catch {
    return `HTTP ${res.status}`;
  }
}

export async function fetchSuggestions(documentId: string): Promise<SuggestionListResponse> {
  const res = await fetch(`/api/documents/${encodeURIComponent(documentId)}/suggestions`, { cache: "no-store" });
  if (!res.ok) throw new Error(await errorMessage(res));
  return (await res.json()) as SuggestionListResponse;
}

export async function decideSuggestion(documentId: string, id: string, decision: "accept" | "reject"): Promise<{ annotation?: ServerSpan }> {
  const res = await fetch(`/api/documents/${encodeURIComponent(documentId)}/suggestions/${encodeURIComponent(id)}/${decision}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: "{}",
  });
  if (!res.ok) throw new Error(await errorMessage(res));
  return (await res.json()) as { annotation?: ServerSpan };
}
