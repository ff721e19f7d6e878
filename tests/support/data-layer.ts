// In-process access to the data layer, on the same throwaway database the test server uses.
import { inject } from "vitest";
import type { Actor } from "@/lib/server/access/actor";

export async function useTestDatabase() {
  process.env.DATABASE_URL = inject("databaseUrl");
  const { db } = await import("@/lib/server/db/db");
  return db;
}

export async function actorFor(email: string): Promise<Actor> {
  const db = await useTestDatabase();
  const u = await db.user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, email: u.email, name: u.name, isAdmin: u.isAdmin, via: "session" };
}

let counter = 0;
/** A fresh user (password parallax-demo) for tests that change account state. */
export async function makeUser(prefix: string, isAdmin = false): Promise<Actor> {
  await useTestDatabase();
  const { createUser } = await import("@/lib/server/auth/users");
  const admin = await actorFor("admin@example.com");
  const email = `${prefix}-${Date.now()}-${counter++}@example.com`;
  await createUser(admin, { email, name: prefix, password: "parallax-demo", isAdmin });
  return actorFor(email);
}

export async function demoProjectId(): Promise<string> {
  const db = await useTestDatabase();
  return (await db.project.findFirstOrThrow({ where: { name: "Japan–South Korea export controls, 2019" } })).id;
}
