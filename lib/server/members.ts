import "server-only";
import { db } from "./db";
import { assertScope, type ProjectScope } from "./guards";
import { forbidden, invalid, isUniqueViolation, conflict } from "./errors";
import { isRole, type Role } from "@/lib/domain/roles";

export interface MemberRow {
  userId: string;
  email: string;
  name: string;
  roles: Role[];
}

export async function listMembers(scope: ProjectScope): Promise<MemberRow[]> {
  assertScope(scope);
  const rows = await db.membership.findMany({
    where: { projectId: scope.projectId },
    include: { user: { select: { email: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const byUser = new Map<string, MemberRow>();
  for (const r of rows) {
    const m = byUser.get(r.userId) ?? { userId: r.userId, email: r.user.email, name: r.user.name, roles: [] };
    if (isRole(r.role)) m.roles.push(r.role);
    byUser.set(r.userId, m);
  }
  return [...byUser.values()];
}

function requireManage(scope: ProjectScope) {
  assertScope(scope);
  if (!scope.can("members:manage")) throw forbidden("Only a project manager can manage members.");
}

export async function addMember(scope: ProjectScope, email: string, role: Role): Promise<void> {
  requireManage(scope);
  const user = await db.user.findUnique({ where: { email } });
  if (!user) throw invalid(`No account uses ${email}. An administrator can create it first.`, "email");
  try {
    await db.membership.create({ data: { projectId: scope.projectId, userId: user.id, role } });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(`${email} is already a ${role} of this project.`);
    throw e;
  }
}

export async function removeMember(scope: ProjectScope, userId: string, role: Role): Promise<void> {
  requireManage(scope);
  if (role === "manager") {
    const managers = await db.membership.count({ where: { projectId: scope.projectId, role: "manager" } });
    if (managers <= 1) throw invalid("A project needs at least one manager; add another before removing this one.");
  }
  await db.membership.deleteMany({ where: { projectId: scope.projectId, userId, role } });
}
