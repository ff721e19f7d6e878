// The front-door rules every request passes before the app reads its body (scripts/serve.ts
// applies them; lib/server/http/http.ts applies the CSRF rule again inside API routes). Pure.
//
// CSRF: a write that authenticates with the session cookie must come from the app's own pages:
// an Origin equal to the app's, or, without Origin, `Sec-Fetch-Site: same-origin`. A write with
// `Authorization: Bearer` is a script: a browser cannot add that header cross-site without a
// CORS preflight, which this app never grants. Every write with a body names an allowed
// Content-Type, and bodies are capped by their declared length before a byte is read.

export interface RequestFacts {
  method: string;
  /** The path without the query. */
  path: string;
  header(name: string): string | undefined;
  /** Origins the app is served at (NEXTAUTH_URL's); the Host header's origin is added here. */
  appOrigins: readonly string[];
}

export interface Refusal {
  status: 400 | 403 | 411 | 413 | 415;
  code: "forbidden" | "invalid_input" | "too_large";
  message: string;
}

const MB = 1024 * 1024;
export const AUTH_BODY_LIMIT = 16 * 1024;
export const ACTION_BODY_LIMIT = 25 * MB;
export const IMPORT_BODY_LIMIT = 100 * MB;
export const API_BODY_LIMIT = 5 * MB + 64 * 1024;

interface RouteClass {
  limit: number;
  types: readonly string[];
  /** Whether a bearer token stands in for the same-origin proof. */
  bearer: boolean;
}

const AUTH: RouteClass = { limit: AUTH_BODY_LIMIT, types: ["application/x-www-form-urlencoded", "application/json"], bearer: false };
const IMPORT: RouteClass = {
  limit: IMPORT_BODY_LIMIT,
  types: [
    "application/octet-stream",
    "application/zip",
    "application/x-zip-compressed",
    "application/json",
    "application/x-ndjson",
    "application/jsonl",
    "text/plain",
  ],
  bearer: true,
};
const API: RouteClass = { limit: API_BODY_LIMIT, types: ["application/json"], bearer: true };
// React's encoding of server-action arguments: multipart for FormData, text/plain for JSON.
const ACTION: RouteClass = { limit: ACTION_BODY_LIMIT, types: ["multipart/form-data", "text/plain"], bearer: false };

export function isMutating(method: string): boolean {
  return !["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());
}

function routeClass(facts: RequestFacts): RouteClass | null {
  if (facts.path.startsWith("/api/auth/")) return AUTH;
  if (/^\/api\/projects\/[^/]+\/import\/?$/.test(facts.path)) return IMPORT;
  if (facts.path.startsWith("/api/")) return API;
  if (facts.header("next-action") !== undefined) return ACTION;
  return null;
}

/** Why the request is refused, or null when it may proceed. */
export function checkRequest(facts: RequestFacts): Refusal | null {
  // Next decodes path segments into params and answers a 500 when one is not UTF-8 (%ED%A0%80).
  try {
    decodeURIComponent(facts.path);
  } catch {
    return { status: 400, code: "invalid_input", message: "The URL's path is not valid percent-encoded UTF-8." };
  }
  if (!isMutating(facts.method)) return null;
  const cls = routeClass(facts);
  const csrf = checkSameOrigin(facts, cls?.bearer ?? false);
  if (csrf) return csrf;
  if (!cls) return null; // a non-action write to a page: Next answers it (405), nothing is read
  const length = facts.header("content-length");
  const chunked = /chunked/i.test(facts.header("transfer-encoding") ?? "");
  const declared = length === undefined ? null : Number(length);
  if (declared !== null && !(Number.isSafeInteger(declared) && declared >= 0)) {
    return { status: 411, code: "invalid_input", message: "The Content-Length header is not a number." };
  }
  if (declared !== null && declared > cls.limit) {
    return { status: 413, code: "too_large", message: `The request body is larger than the ${formatBytes(cls.limit)} limit.` };
  }
  const hasBody = chunked || (declared ?? 0) > 0;
  if (!hasBody) return null;
  const type = ((facts.header("content-type") ?? "").split(";")[0] ?? "").trim().toLowerCase();
  if (!cls.types.includes(type)) {
    const expected = cls.types.length === 1 ? `'Content-Type: ${cls.types[0]}'` : `one of these content types: ${cls.types.join(", ")}`;
    return {
      status: 415,
      code: "invalid_input",
      message: type ? `Content-Type ${type} is not accepted here; send ${expected}.` : `The request has no Content-Type; send ${expected}.`,
    };
  }
  return null;
}

/** The CSRF rule alone (API routes apply it again, in case the app runs without scripts/serve.ts). */
export function checkSameOrigin(facts: RequestFacts, bearerAllowed: boolean): Refusal | null {
  if (!isMutating(facts.method)) return null;
  if (bearerAllowed && /^Bearer\s+\S+$/i.test(facts.header("authorization") ?? "")) return null;
  const origin = facts.header("origin");
  const host = facts.header("host");
  const allowed = new Set(facts.appOrigins.map(originOf).filter((o): o is string => o !== null));
  if (origin !== undefined && origin !== "null") {
    const o = originOf(origin);
    if (o && (allowed.has(o) || (host && new URL(o).host === host.toLowerCase()))) return null;
    return refuseCrossSite("its Origin is not this app's");
  }
  if (facts.header("sec-fetch-site") === "same-origin") return null;
  return refuseCrossSite(origin === "null" ? "its Origin is opaque" : "it carries no Origin");
}

function refuseCrossSite(why: string): Refusal {
  return {
    status: 403,
    code: "forbidden",
    message: `Cross-site request refused (${why}): send writes from the app's own pages, or from a script with 'Authorization: Bearer <token>'.`,
  };
}

function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.origin : null;
  } catch {
    return null;
  }
}

function formatBytes(n: number): string {
  return n >= MB ? `${Math.round(n / MB)} MB` : `${Math.round(n / 1024)} KB`;
}
