import { describe, expect, it } from "vitest";
import { toPostgres } from "@/lib/server/db/postgres-sql";

describe("portable SQL as PostgreSQL reads it", () => {
  it("numbers placeholders and quotes Prisma's mixed-case names, leaving keywords and lower-case words", () => {
    expect(
      toPostgres(
        `SELECT a.id, a.documentId, count(*) AS spanCount FROM Annotation a WHERE a.projectId = ? AND "end" > ? ORDER BY a.createdAt DESC LIMIT ?`,
      ),
    ).toBe(
      `SELECT a.id, a."documentId", count(*) AS "spanCount" FROM "Annotation" a WHERE a."projectId" = $1 AND "end" > $2 ORDER BY a."createdAt" DESC LIMIT $3`,
    );
  });

  it("leaves literals, quoted identifiers and comments alone, with their question marks", () => {
    const text = `SELECT 'Why? It''s Tokyo 東京 👍🏽\ncafe\u0301' AS x, "User"."isAdmin" FROM "User" -- why? Because
WHERE email = ?`;
    expect(toPostgres(text)).toBe(
      `SELECT 'Why? It''s Tokyo 東京 👍🏽\ncafe\u0301' AS x, "User"."isAdmin" FROM "User" -- why? Because
WHERE email = $1`,
    );
  });

  it("does not touch words inside numbers, nor ON CONFLICT clauses and excluded columns' lower-case words", () => {
    expect(
      toPostgres(`INSERT INTO WorkerSlot (id, expiresAt) VALUES (?, 1e3) ON CONFLICT (id) DO UPDATE SET expiresAt = excluded.expiresAt`),
    ).toBe(`INSERT INTO "WorkerSlot" (id, "expiresAt") VALUES ($1, 1e3) ON CONFLICT (id) DO UPDATE SET "expiresAt" = excluded."expiresAt"`);
  });
});
