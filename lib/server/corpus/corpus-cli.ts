// Helpers of the command-line export and import (scripts/export.ts, scripts/import.ts), which
// work directly on the database file.
import "server-only";
import Database from "better-sqlite3";

/** An AppError's message (bad option), or the error's message. */
export function describeFailure(e: unknown): string {
  return e instanceof Error ? `Error: ${e.message}` : `Error: ${String(e)}`;
}

/** "Projects in <file>:" and one "  <id>  <name>" line each, to help with a wrong --project. */
export function listProjects(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("SELECT id, name FROM Project ORDER BY createdAt").all() as { id: string; name: string }[];
    return [`Projects in ${dbPath}:`, ...rows.map((r) => `  ${r.id}  ${r.name}`)].join("\n");
  } finally {
    db.close();
  }
}

/** The importing manager: `email` (a manager of the project, or an admin), else the project's first manager. */
export function findImporter(dbPath: string, projectId: string, email?: string): string {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    if (!db.prepare("SELECT 1 FROM Project WHERE id = ?").get(projectId)) throw new Error(`No project with id ${projectId}`);
    const row = email
      ? db
          .prepare(
            `SELECT u.id FROM User u WHERE lower(u.email) = lower(?) AND (u.isAdmin = 1 OR EXISTS
          (SELECT 1 FROM Membership m WHERE m.userId = u.id AND m.projectId = ? AND m.role = 'manager'))`,
          )
          .get(email, projectId)
      : db
          .prepare("SELECT userId AS id FROM Membership WHERE projectId = ? AND role = 'manager' ORDER BY createdAt LIMIT 1")
          .get(projectId);
    if (!row)
      throw new Error(
        email ? `${email} is not a manager of this project (nor an administrator).` : "The project has no manager; name one with --as.",
      );
    return (row as { id: string }).id;
  } finally {
    db.close();
  }
}
