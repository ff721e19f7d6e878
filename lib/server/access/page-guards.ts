import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { currentActor } from "../auth/session";
import { requireDocument, requireProject } from "./guards";
import { AppError } from "../http/errors";
import type { Actor } from "./actor";
import type { Capability } from "@/lib/domain/access/roles";

/** For pages: the signed-in actor, or a redirect to the sign-in page. */
export async function requirePageActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/signin");
  return actor;
}

/** Turn guard failures into Next's 403 / 404 pages instead of an error boundary. */
function interrupt(e: unknown): never {
  if (e instanceof AppError && e.code === "not_found") notFound();
  if (e instanceof AppError && e.code === "forbidden") forbidden();
  throw e;
}

export async function pageProjectScope(projectId: string, capability: Capability = "project:read") {
  const actor = await requirePageActor();
  return requireProject(actor, projectId, capability).catch(interrupt);
}

export async function pageDocumentScope(documentId: string, capability: Capability = "project:read") {
  const actor = await requirePageActor();
  return requireDocument(actor, documentId, capability).catch(interrupt);
}
