import "server-only";
import { db } from "../db/db";
import { assertScope, requireId, type ProjectScope } from "./guards";
import { forbidden, invalid, isUniqueViolation, conflict } from "../http/errors";
import { isRole, type Role } from "@/lib/domain/access/roles";

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

/**
 * Add an account by email. Only admins learn whether the email has an account: a manager who is
 * not an admin gets the same answer either way, so the form cannot be used to probe for accounts.
 */
export async function addMember(scope: ProjectScope, email: string, role: Role): Promise<{ message: string }> {
  requireManage(scope);
  const admin = scope.actor.isAdmin;
  const neutral = { message: `If that email belongs to an account, it is now a ${role} of this project.` };
  const user = await db.user.findUnique({ where: { email } });
  if (!user) {
    if (admin) throw invalid(`No account uses ${email}. Create it under Users first.`, "email");
    return neutral;
  }
  try {
    await db.membership.create({ data: { projectId: scope.projectId, userId: user.id, role } });
  } catch (e) {
    // Members are listed on the same page, so saying so reveals nothing new.
    if (isUniqueViolation(e)) throw conflict(`${email} is already a ${role} of this project.`);
    throw e;
  }
  return admin ? { message: `${email} is now a ${role} of this project.` } : neutral;
}

export async function removeMember(scope: ProjectScope, userId: string, role: Role): Promise<void> {
  requireManage(scope);
  requireId(userId, "userId"); // deleteMany with userId undefined would remove everyone in the role
  if (role === "manager") {
    const managers = await db.membership.count({ where: { projectId: scope.projectId, role: "manager" } });
    if (managers <= 1) throw invalid("A project needs at least one manager; add another before removing this one.");
  }
  await db.membership.deleteMany({ where: { projectId: scope.projectId, userId, role } });
}
