// One way for browser code to call the JSON API: send JSON (when there is a body), read the
// answer, and turn an error answer's {error:{message}} into an ApiError a UI can show.

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export async function apiCall<T>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
  });
  if (res.status === 204) return null as T;
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError((data as { error?: { message?: string } } | null)?.error?.message ?? `The server answered ${res.status}.`, res.status);
  return data as T;
}
