// Direct API routes: the span-save endpoints answered by scripts/serve.ts without Next's request
// pipeline. Next's routing, its web-stream body and response plumbing and its async request
// context cost about 3 ms of CPU per request on the 2-core machine bench:load runs on, more than
// a save's own work (README, "Fifty annotators"). These handlers use none of what that pipeline
// provides (no cookies(), headers(), caching or rendering): apiRoute reads the Request it is
// given. So a route module registers its handlers here when Next first loads it, and serve.ts
// calls the very same functions (same module instances, same database connection) for later
// requests. Nothing is copied: before the first request loads the module, Next answers.
//
// The registry lives on globalThis because serve.ts and the bundled route modules are separate
// module graphs in one process. No "server-only" import: serve.ts (plain tsx) reads it too.

export type RouteHandler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

interface DirectRoute {
  /** Path segments; "[name]" segments are parameters. */
  segments: string[];
  handlers: Partial<Record<string, RouteHandler>>;
}

const REGISTRY = Symbol.for("parallax.directRoutes");
type Registry = Map<string, DirectRoute>;

function registry(): Registry {
  const g = globalThis as { [REGISTRY]?: Registry };
  return (g[REGISTRY] ??= new Map<string, DirectRoute>());
}

/** Offer a route module's handlers to serve.ts, e.g. `directRoute("/api/annotations/[annotationId]", { PATCH, DELETE })`. */
export function directRoute(pattern: string, handlers: Partial<Record<"GET" | "POST" | "PATCH" | "PUT" | "DELETE", unknown>>): void {
  registry().set(pattern, { segments: pattern.split("/").filter(Boolean), handlers: handlers as DirectRoute["handlers"] });
}

/** The handler and params for a method and decoded-safe path, or null (then Next answers). */
export function findDirectRoute(method: string, pathname: string): { handler: RouteHandler; params: Record<string, string> } | null {
  const parts = pathname.split("/").filter(Boolean);
  for (const route of registry().values()) {
    const handler = route.handlers[method];
    if (!handler || route.segments.length !== parts.length) continue;
    const params = matchSegments(route.segments, parts);
    if (params) return { handler, params };
  }
  return null;
}

/** Params when `parts` fit `segments` ("[id]" matches one non-empty segment, decoded), else null. */
export function matchSegments(segments: string[], parts: string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (s.startsWith("[") && s.endsWith("]")) {
      let value: string;
      try {
        value = decodeURIComponent(parts[i]);
      } catch {
        return null;
      }
      params[s.slice(1, -1)] = value;
    } else if (s !== parts[i]) return null;
  }
  return params;
}
