// The JSON API calls the save queue makes, and what their answers mean for it (retry, adopt
// the server's span, give up). Requests go through apiRequest (./api-call) with the injected
// fetch. Offsets are code points; every write that moves a boundary carries the span's exact text.
import { sameAttributes, type ServerSpan, type SpanData } from "./span-types";
import { apiRequest, type FetchLike } from "./api-call";

export interface WriteRequest {
  method: "POST" | "PATCH" | "DELETE";
  url: string;
  body?: Record<string, unknown>;
  /** Brings a deleted span back under its old id (with its links) rather than minting a new one. */
  restore?: boolean;
}

/**
 * The request that turns the server's span `current` (undefined: none there) into `target`
 * (null: it should not exist), or null when they already agree. `deletedId`: the id this span
 * had before this session deleted it; re-creating it then restores that id and its links.
 */
export function buildWrite(
  documentId: string,
  current: ServerSpan | undefined,
  target: SpanData | null,
  deletedId?: string,
): WriteRequest | null {
  if (!current && !target) return null;
  if (!current && target) {
    const { label, start, end, text, attributes, note } = target;
    const body = { label, start, end, text, attributes, note };
    if (deletedId) return { method: "POST", url: `/api/annotations/${enc(deletedId)}/restore`, body, restore: true };
    return { method: "POST", url: `/api/documents/${enc(documentId)}/annotations`, body };
  }
  if (current && !target) {
    return { method: "DELETE", url: `/api/annotations/${enc(current.id)}?version=${current.version}` };
  }
  const cur = current!;
  const next = target!;
  const body: Record<string, unknown> = {};
  if (next.label !== cur.label) body.label = next.label;
  if (next.start !== cur.start || next.end !== cur.end || next.text !== cur.text) {
    Object.assign(body, { start: next.start, end: next.end, text: next.text });
  }
  // The server clears attributes on a label change unless they are sent: always send them then.
  if (body.label !== undefined || !sameAttributes(next.attributes, cur.attributes)) body.attributes = next.attributes;
  if (next.note !== cur.note) body.note = next.note;
  if (Object.keys(body).length === 0) return null;
  return { method: "PATCH", url: `/api/annotations/${enc(cur.id)}`, body: { version: cur.version, ...body } };
}

function enc(s: string): string {
  return encodeURIComponent(s);
}

export type WriteOutcome =
  | { kind: "ok"; span: ServerSpan | null }
  /** Someone else changed or removed the span (or a duplicate exists): adopt `current`. */
  | { kind: "conflict"; current: ServerSpan | null | undefined; message: string; stale: boolean }
  /** The server will refuse this change however often it is sent. */
  | { kind: "rejected"; message: string }
  /** Worth retrying: network down, server error, signed out, rate-limited. */
  | { kind: "transient"; message: string }
  /** A restore the server cannot do (no such deleted span): create the span afresh instead. */
  | { kind: "unrestorable" };

export async function sendWrite(fetchFn: FetchLike | undefined, req: WriteRequest): Promise<WriteOutcome> {
  const result = await apiRequest<{ annotation?: ServerSpan } | null>(req.method, req.url, { json: req.body, fetch: fetchFn });
  if (result.ok) return { kind: "ok", span: result.data?.annotation ?? null };
  const { status, message, details } = result.error;
  if (status === 0) return { kind: "transient", message };
  if (status === 404 && req.method === "DELETE") return { kind: "ok", span: null };
  if (status === 404 && req.restore) return { kind: "unrestorable" };
  if (status === 404) return { kind: "conflict", current: null, message: "This span was deleted elsewhere.", stale: true };
  if (status === 409) {
    const d = details as { current?: ServerSpan | null } | undefined;
    const hasCurrent = d !== undefined && d !== null && typeof d === "object" && "current" in d;
    const stale = hasCurrent || req.method === "DELETE";
    return { kind: "conflict", current: hasCurrent ? (d.current ?? null) : undefined, message, stale };
  }
  if (status === 401)
    return { kind: "transient", message: "You are signed out: sign in again (in another tab) and the changes will be saved." };
  if (status === 408 || status === 429 || status >= 500) return { kind: "transient", message };
  return { kind: "rejected", message };
}

/** The caller's current spans on the document (to recover after a stale delete); null when they cannot be read. */
export async function fetchMySpans(fetchFn: FetchLike | undefined, documentId: string): Promise<ServerSpan[] | null> {
  const result = await apiRequest<{ annotations?: ServerSpan[] } | null>(
    "GET",
    `/api/documents/${enc(documentId)}/annotations?layer=mine`,
    { fetch: fetchFn },
  );
  return result.ok ? (result.data?.annotations ?? null) : null;
}
