// The one place browser code calls the JSON API. It sends JSON (or a file's bytes), reads the
// answer once, and decodes the API's error body {error:{code,message,field?,details?}} into a
// typed result, so no caller parses responses or guesses at messages itself. A request never
// rejects: no connection is a result too (status 0), for the caller to show or retry.

/** Any fetch: the browser's, or a fake server in unit tests. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface ApiError {
  /** The API's error code ("conflict", "invalid", …); "network" when nothing answered, "http" when the body had none. */
  code: string;
  message: string;
  /** The input field a 400 names. */
  field?: string;
  /** 0 when there was no answer. */
  status: number;
  /** Extra facts some errors carry (a 409's current span, an import's report). */
  details?: unknown;
}

export type ApiResult<T> = { ok: true; data: T; status: number } | { ok: false; error: ApiError };

export interface ApiOptions {
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is (an upload), with `contentType`. */
  bytes?: Blob;
  contentType?: string;
  fetch?: FetchLike;
}

export const NO_CONNECTION = "No connection to the server.";

export async function apiRequest<T>(method: string, url: string, options: ApiOptions = {}): Promise<ApiResult<T>> {
  const { json, bytes, contentType, fetch: fetchFn = (u, init) => fetch(u, init) } = options;
  const type = json !== undefined ? "application/json" : bytes ? (contentType ?? "application/octet-stream") : undefined;
  let res: Response;
  try {
    res = await fetchFn(url, {
      method,
      headers: type ? { "Content-Type": type } : {},
      body: json !== undefined ? JSON.stringify(json) : bytes,
      credentials: "same-origin",
      cache: "no-store",
    });
  } catch {
    return { ok: false, error: { code: "network", message: NO_CONNECTION, status: 0 } };
  }
  const body = await readJson(res);
  if (res.ok) return { ok: true, data: body as T, status: res.status };
  return { ok: false, error: decodeError(res.status, body) };
}

/** The body as JSON; null when it is empty (204) or not JSON (a proxy's HTML page). */
async function readJson(res: Response): Promise<unknown> {
  try {
    const text = await res.text();
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

function decodeError(status: number, body: unknown): ApiError {
  const err = body !== null && typeof body === "object" ? (body as { error?: unknown }).error : undefined;
  const e = err !== null && typeof err === "object" ? (err as Record<string, unknown>) : {};
  return {
    code: typeof e.code === "string" ? e.code : "http",
    message: typeof e.message === "string" ? e.message : `The server answered ${status}.`,
    ...(typeof e.field === "string" ? { field: e.field } : {}),
    status,
    ...("details" in e ? { details: e.details } : {}),
  };
}
