import "server-only";
import { rawDb } from "../db/raw";
import type { Actor } from "./actor";
import { AppError, forbidden, invalid, notFound } from "../http/errors";
import { can, isRole, type Capability, type Role } from "@/lib/domain/access/roles";

const minted = new WeakSet<object>();

// A type-only brand: it exists at compile time alone, and nothing outside this file can name
// it, so an object literal with the right fields still is not a ProjectScope. (assertScope
// checks the same at run time, for values that crossed an `any`.)
declare const projectScopeBrand: unique symbol;

/**
 * Proof that `actor` may act in `projectId`. Only the guards below create one, and data-layer
 * functions take it instead of raw ids, so an unchecked call does not type-check.
 */
export interface ProjectScope {
  readonly [projectScopeBrand]: true;
  readonly projectId: string;
  readonly actor: Actor;
  readonly roles: ReadonlySet<Role>;
  can(capability: Capability): boolean;
}

export function assertScope(scope: ProjectScope): void {
  if (!minted.has(scope)) throw new Error("ProjectScope was not created by a guard");
}

// Guards run on every request, so they read through the raw layer's cached prepared statements
// (raw-db.ts). Memberships are never cached: removing a member takes effect on their next request.
async function rolesOf(actorId: string, projectId: string): Promise<Set<Role>> {
  const roles = await rawDb().column<string>(`SELECT role FROM "Membership" WHERE projectId = ? AND userId = ?`, projectId, actorId);
  return new Set(roles.filter(isRole));
}

function mintScope(actor: Actor, projectId: string, roles: Set<Role>): ProjectScope {
  const fields: Omit<ProjectScope, typeof projectScopeBrand> = {
    projectId,
    actor,
    roles,
    can: (capability) => can(roles, actor.isAdmin, capability),
  };
  // The one place a scope is minted: the brand is a compile-time mark, so only a cast adds it.
  const scope = Object.freeze(fields) as ProjectScope;
  minted.add(scope);
  return scope;
}

const CAPABILITY_PHRASES: Partial<Record<Capability, string>> = {
  "project:edit": "Only a project manager can change project settings.",
  "members:manage": "Only a project manager can manage members.",
  "documents:add": "Only a project manager can add documents.",
  annotate: "Only annotators of this project can annotate.",
  "layers:read-all": "Only reviewers and managers can see every annotator's layer.",
  review: "Only reviewers and managers can adjudicate.",
  assign: "Only a project manager can assign documents.",
  "propositions:manage": "Only reviewers and managers can manage propositions.",
  "corpus:export": "Only reviewers and managers can export the corpus.",
  "corpus:import": "Only a project manager can import into the project.",
};

export async function requireProject(actor: Actor, projectId: string, capability: Capability = "project:read"): Promise<ProjectScope> {
  requireId(projectId, "projectId");
  const project = await rawDb().get(`SELECT id FROM "Project" WHERE id = ?`, projectId);
  if (!project) throw notFound("Project");
  const roles = await rolesOf(actor.id, projectId);
  if (roles.size === 0 && !actor.isAdmin) throw new AppError("forbidden", "You are not a member of this project.");
  const scope = mintScope(actor, projectId, roles);
  if (!scope.can(capability)) throw forbidden(CAPABILITY_PHRASES[capability]);
  return scope;
}

/** Authorize through a document's project; returns the scope and the document row (without text). */
export async function requireDocument(actor: Actor, documentId: string, capability: Capability = "project:read") {
  requireId(documentId, "documentId");
  const document = await rawDb().get<{
    id: string;
    projectId: string;
    status: string;
    length: number;
    title: string;
    publishedAt: string | null;
  }>(`SELECT id, projectId, status, length, title, publishedAt FROM "Document" WHERE id = ?`, documentId);
  if (!document) throw notFound("Document");
  const scope = await requireProject(actor, document.projectId, capability);
  return { scope, document };
}

/** Authorize through a span's project (404 when there is no such span, in any layer). */
export async function requireAnnotation(
  actor: Actor,
  annotationId: string,
  capability: Capability = "project:read",
): Promise<ProjectScope> {
  const row = await rawDb().get<{ projectId: string }>(
    `SELECT d.projectId FROM "Annotation" a JOIN "Document" d ON d.id = a.documentId WHERE a.id = ?`,
    annotationId,
  );
  if (!row) throw notFound("Span");
  return requireProject(actor, row.projectId, capability);
}

export function requireAdmin(actor: Actor, message = "Only an administrator can manage users."): void {
  if (!actor.isAdmin) throw forbidden(message);
}

/**
 * An id that must be a non-empty string. Server actions receive their arguments from the
 * request, so an id can arrive missing; Prisma reads `where: { id: undefined }` as "no condition",
 * which turns "revoke this token" into "revoke every token". Every id goes through here first.
 */
export function requireId(value: unknown, what: string): string {
  if (typeof value !== "string" || value.trim() === "" || value.length > 200) throw invalid(`${what} is missing or not an id.`, what);
  return value;
}
