// Helpers of the command-line export and import (scripts/export.ts, scripts/import.ts), which
// work directly on the database (DATABASE_URL, or --db).
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { databaseUrl, dialectOf } from "../db/database-url";
import { openRawDb } from "../db/raw";

/** An AppError's message (bad option), or the error's message. */
export function describeFailure(e: unknown): string {
  return e instanceof Error ? `Error: ${e.message}` : `Error: ${String(e)}`;
}

/**
 * The database a command works on: `--db` (a SQLite file, or a URL as DATABASE_URL takes it),
 * else DATABASE_URL. A file must exist (opening it for writing would create an empty one).
 */
export function cliDatabaseUrl(db: string | undefined): string {
  const url = db ?? databaseUrl();
  if (dialectOf(url) === "postgresql") return url;
  const file = path.resolve(url.startsWith("file:") ? url.slice("file:".length) : url);
  if (!fs.existsSync(file)) throw new Error(`No database file at ${file}`);
  return `file:${file}`;
}

/** How a database is named in messages: a file's path, a server's URL without its password. */
function describeDatabase(url: string): string {
  if (dialectOf(url) !== "postgresql") return url.startsWith("file:") ? url.slice("file:".length) : url;
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

/** "Projects in <database>:" and one "  <id>  <name>" line each, to help with a wrong --project. */
export async function listProjects(url: string): Promise<string> {
  const db = openRawDb(url, { readonly: true, max: 1 });
  try {
    const rows = await db.all<{ id: string; name: string }>("SELECT id, name FROM Project ORDER BY createdAt");
    return [`Projects in ${describeDatabase(url)}:`, ...rows.map((r) => `  ${r.id}  ${r.name}`)].join("\n");
  } finally {
    await db.close();
  }
}

/** The importing manager: `email` (a manager of the project, or an admin), else the project's first manager. */
export async function findImporter(url: string, projectId: string, email?: string): Promise<string> {
  const db = openRawDb(url, { readonly: true, max: 1 });
  try {
    if ((await db.value("SELECT 1 FROM Project WHERE id = ?", projectId)) === undefined) throw new Error(`No project with id ${projectId}`);
    const id = email
      ? await db.value<string>(
          `SELECT u.id FROM "User" u WHERE lower(u.email) = lower(?) AND (u.isAdmin = TRUE OR EXISTS
          (SELECT 1 FROM Membership m WHERE m.userId = u.id AND m.projectId = ? AND m.role = 'manager'))`,
          email,
          projectId,
        )
      : await db.value<string>(
          "SELECT userId FROM Membership WHERE projectId = ? AND role = 'manager' ORDER BY createdAt LIMIT 1",
          projectId,
        );
    if (id === undefined)
      throw new Error(
        email ? `${email} is not a manager of this project (nor an administrator).` : "The project has no manager; name one with --as.",
      );
    return id;
  } finally {
    await db.close();
  }
}

/**
 * Run a CLI's main and exit with its code; on failure print what went wrong and, when the
 * project id was wrong, the projects the database does hold.
 */
export function runCorpusCli(main: () => Promise<number>, db: string | undefined): void {
  main().then(
    (code) => process.exit(code),
    async (e) => {
      console.error(describeFailure(e));
      if (/No project with id/.test(String(e))) console.error(await listProjects(cliDatabaseUrl(db)));
      process.exit(1);
    },
  );
}
