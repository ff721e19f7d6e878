// The raw SQL layer on the test server's database, SQLite or PostgreSQL (PARALLAX_TEST_POSTGRES):
// rows of Prisma's tables read alike on both, and transactions are all or nothing.
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { openRawDb, type RawDb } from "@/lib/server/db/raw";
import { sqliteNow } from "@/lib/server/db/stored-values";
import { signedIn } from "../support/http-client";
import { makeUser } from "../support/data-layer";

let db: RawDb;
const TEXT = `Tokyo 👍🏽 said 報復\ncafe\u0301 🇰🇷`;

beforeAll(() => {
  db = openRawDb(inject("databaseUrl"), { max: 2 });
});
afterAll(async () => {
  await db.close();
});

describe(`raw SQL on the test database`, () => {
  it("runs on the database the suite was asked for (so a PostgreSQL run never quietly tests SQLite)", () => {
    expect(db.dialect).toBe(process.env.PARALLAX_TEST_POSTGRES ? "postgresql" : "sqlite");
    expect(inject("databaseUrl")).toMatch(process.env.PARALLAX_TEST_POSTGRES ? /^postgresql:\/\/.*\/parallax_test_/ : /^file:/);
  });

  it("reads Prisma's DateTime as SQLite's stored text, booleans as 1/0 and counts as numbers", async () => {
    const admin = await db.get<{ createdAt: string; isAdmin: number; disabled: number }>(
      `SELECT createdAt, isAdmin, disabled FROM "User" WHERE email = ?`,
      "admin@example.com",
    );
    expect(admin).toMatchObject({ isAdmin: 1, disabled: 0 });
    expect(admin!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
    const n = await db.value(`SELECT count(*) FROM "User" WHERE isAdmin = ?`, true);
    expect(typeof n).toBe("number");
    expect(n).toBeGreaterThanOrEqual(1);
    expect(await db.value(`SELECT sum(CASE WHEN isAdmin = ? THEN 1 ELSE 0 END) AS n FROM "User"`, true)).toBe(n);
  });

  it("compares stored DateTime with a bound time and keeps text exact (emoji, combining marks, CJK, line breaks)", async () => {
    expect(await db.value(`SELECT count(*) FROM "User" WHERE createdAt <= ?`, sqliteNow())).toBeGreaterThan(0);
    expect(await db.value(`SELECT ? AS t`, TEXT)).toBe(TEXT);
    expect(await db.value(`SELECT length(CAST(? AS TEXT)) AS n`, TEXT)).toBe(Array.from(TEXT).length);
  });

  it("rolls back every write of a failed transaction", async () => {
    const before = await db.value<string>(`SELECT name FROM "User" WHERE email = ?`, "admin@example.com");
    await expect(
      db.transaction(async (tx) => {
        await tx.run(`UPDATE "User" SET name = ? WHERE email = ?`, TEXT, "admin@example.com");
        expect(await tx.value(`SELECT name FROM "User" WHERE email = ?`, "admin@example.com")).toBe(TEXT);
        await tx.run(
          `INSERT INTO "User" (id, email, name, passwordHash, createdAt, updatedAt) SELECT id, email, name, passwordHash, createdAt, updatedAt FROM "User" WHERE email = ?`,
          "admin@example.com",
        );
      }),
    ).rejects.toThrow();
    expect(await db.value(`SELECT name FROM "User" WHERE email = ?`, "admin@example.com")).toBe(before);
  });

  // PostgreSQL cannot store U+0000 (SQLite can): a request carrying one is refused with a message
  // that says what to remove, never a 500 (CI's fuzz run found the 500 through a server action).
  it("refuses text holding NUL with a clear 400 on PostgreSQL, and stores it on SQLite", async () => {
    // A project of its own: other files count the demo project's documents.
    const owner = await makeUser("nul-owner", true);
    const { createProject } = await import("@/lib/server/projects/projects");
    const project = await createProject(owner, { name: `NUL ${Date.now()}`, description: "", guidelines: "" });
    const manager = await signedIn(inject("baseUrl"), owner.email);
    const res = await manager.json("POST", `/api/projects/${project.id}/documents`, {
      title: `NUL\u0000 👍🏽 東京 ${Date.now()}`,
      text: `Cafe\u0301 🇰🇷 韓国\nline ${Date.now()}`,
      perspective: "JP",
    });
    if (db.dialect === "postgresql") {
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.error.message).toMatch(/NUL character/);
    } else {
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
  });
});
