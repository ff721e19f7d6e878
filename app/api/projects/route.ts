import { apiRoute, json } from "@/lib/server/http/http";
import { listProjectsFor } from "@/lib/server/projects/projects";

/** GET /api/projects → the caller's projects with their roles. */
export const GET = apiRoute(async ({ actor }) => json({ projects: await listProjectsFor(actor) }));
