// The workspace's calls to the suggestions API. Offsets are code points (as stored).
import type { ServerSpan } from "./span-types";
import type { SuggestionView } from "@/lib/domain/suggest/types";
import { apiRequest, type ApiResult } from "./api-call";

export type ClientSuggestion = SuggestionView;

export interface SuggestionListResponse {
  suggestions: ClientSuggestion[];
  counts: Record<string, number>;
  ready: boolean;
}

export function fetchSuggestions(documentId: string): Promise<ApiResult<SuggestionListResponse>> {
  return apiRequest("GET", `/api/documents/${encodeURIComponent(documentId)}/suggestions`);
}

export function decideSuggestion(
  documentId: string,
  id: string,
  decision: "accept" | "reject",
): Promise<ApiResult<{ annotation?: ServerSpan }>> {
  return apiRequest("POST", `/api/documents/${encodeURIComponent(documentId)}/suggestions/${encodeURIComponent(id)}/${decision}`, {
    json: {},
  });
}
