// The workspace's calls to the suggestions API. Offsets are code points (as stored).
import type { ServerSpan } from "./span-types";
import type { SuggestionView } from "@/lib/domain/suggest/types";
import type { SuggestionList } from "@/lib/domain/suggest/suggestion-list";
import { apiRequest, type ApiResult } from "./api-call";

export type ClientSuggestion = SuggestionView;

/** Rule suggestions and grouped string matches: `allSuggestions` makes them one list. */
export function fetchSuggestions(documentId: string): Promise<ApiResult<SuggestionList>> {
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

export interface ManyDecidedResponse {
  accepted: { id: string; annotation: ServerSpan }[];
  rejected: string[];
  refused: { id: string; message: string }[];
}

/** Up to MAX_BULK_DECISIONS (suggestion-list.ts) ids per call. */
export function decideSuggestions(
  documentId: string,
  ids: string[],
  decision: "accept" | "reject",
): Promise<ApiResult<ManyDecidedResponse>> {
  return apiRequest("POST", `/api/documents/${encodeURIComponent(documentId)}/suggestions/bulk`, { json: { decision, ids } });
}
