import { apiRoute, json } from "@/lib/server/http/http";

/**
 * GET /api/me → who the caller is (session cookie or API token): lets a script check its token
 * before a long import. Also the cheapest authenticated request, the floor bench:load reports.
 */
export const GET = apiRoute(async ({ actor }) =>
  json({ user: { id: actor.id, email: actor.email, name: actor.name, isAdmin: actor.isAdmin }, via: actor.via }),
);
