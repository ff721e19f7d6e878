import "server-only";
import { db } from "../db/db";
import type { Actor } from "../access/actor";
import { assertScope, requireAdmin, type ProjectScope } from "../access/guards";
import { forbidden, notFound } from "../http/errors";
import { rawDb } from "../db/raw";
import { DEFAULT_LABELS } from "@/lib/domain/spans/attributes";
import { isRole, type Role } from "@/lib/domain/access/roles";

export interface ProjectSummary {
  id: string;
  name: string;
  description: string;
  roles: Role[];
  documentCount: number;
}

/** Admins only: a project's manager can add members, so whoever creates projects can pull in any account. */
export async function createProject(actor: Actor, input: { name: string; description: string; guidelines: string }) {
  requireAdmin(actor, "Only an administrator can create projects; ask one to create it and make you its manager.");
  return db.project.create({
    data: {
      ...input,
      memberships: { create: { userId: actor.id, role: "manager" } },
      labels: { create: DEFAULT_LABELS.map((l, i) => ({ ...l, sortOrder: i })) },
    },
    select: { id: true, name: true },
  });
}

export async function listProjectsFor(actor: Actor): Promise<ProjectSummary[]> {
  const rows = await db.project.findMany({
    where: { memberships: { some: { userId: actor.id } } },
    include: { memberships: { where: { userId: actor.id } }, _count: { select: { documents: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((p) => ({
    id: p.id,
    name: p.name,
    description: p.description,
    roles: p.memberships.map((m) => m.role).filter(isRole),
    documentCount: p._count.documents,
  }));
}

export async function getProject(scope: ProjectScope) {
  assertScope(scope);
  // Prepared statements: every workspace and project page reads the project and its labels.
  const project = await rawDb().get<{
    id: string;
    name: string;
    description: string;
    guidelines: string;
    annotatorsPerDocument: number;
    blindMode: number;
  }>(`SELECT id, name, description, guidelines, annotatorsPerDocument, blindMode FROM "Project" WHERE id = ?`, scope.projectId);
  if (!project) throw notFound("Project");
  const labels = await rawDb().all<{ key: string; name: string; color: string; hotkey: string | null }>(
    `SELECT key, name, color, hotkey FROM "Label" WHERE projectId = ? ORDER BY sortOrder, id`,
    scope.projectId,
  );
  return {
    ...project,
    blindMode: project.blindMode === 1,
    // "" for a label without a hotkey (NULL in the table: labels beyond the ninth).
    labels: labels.map(({ key, name, color, hotkey }) => ({ key, name, color, hotkey: hotkey ?? "" })),
  };
}

export type ProjectDetails = Awaited<ReturnType<typeof getProject>>;

export async function updateProject(
  scope: ProjectScope,
  input: Partial<{ name: string; description: string; guidelines: string; annotatorsPerDocument: number; blindMode: boolean }>,
) {
  assertScope(scope);
  if (!scope.can("project:edit")) throw forbidden("Only a project manager can change project settings.");
  await db.project.update({ where: { id: scope.projectId }, data: input });
}
