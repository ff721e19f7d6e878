import fs from "node:fs";
import path from "node:path";
import { openRawDb } from "@/lib/server/db/raw";
import { hash } from "@node-rs/argon2";
import { test, expect, signIn } from "./fixtures";
import { signedIn } from "../support/http-client";
import type { ConsoleMessage, Page } from "@playwright/test";

// Every page of the app, as every kind of account, in Chromium: no 5xx, no error boundary, no
// console error, no uncaught exception. The routes are read from app/ (every page.tsx), so a
// new page is crawled without editing this file; a new dynamic segment must be given an id below.
// A role may be refused a page (403, 404 or a redirect to sign in): those answers and the
// browser's "Failed to load resource … 403/404" lines for them are expected, nothing else is.

function pageRoutes(dir = "app", prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name === "api") continue;
      out.push(...pageRoutes(path.join(dir, entry.name), `${prefix}/${entry.name}`));
    } else if (entry.name === "page.tsx") out.push(prefix || "/");
  }
  return out.sort();
}

const MANAGER = "plain-manager@example.com";

/** A manager who is not an admin (the demo's manager is the admin), written straight into the test database. */
async function addPlainManager(databaseUrl: string, projectId: string): Promise<void> {
  const db = openRawDb(databaseUrl, { max: 1 });
  try {
    const passwordHash = await hash("parallax-demo", { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const now = new Date().toISOString().replace("Z", "+00:00");
    await db.run(
      `INSERT INTO "User" (id, email, name, passwordHash, isAdmin, disabled, sessionVersion, createdAt, updatedAt) VALUES (?, ?, ?, ?, FALSE, FALSE, 0, ?, ?) ON CONFLICT DO NOTHING`,
      "crawl-manager",
      MANAGER,
      "Mona Manager",
      passwordHash,
      now,
      now,
    );
    await db.run(
      `INSERT INTO "Membership" (id, projectId, userId, role, createdAt) VALUES (?, ?, ?, 'manager', ?) ON CONFLICT DO NOTHING`,
      "crawl-manager-m",
      projectId,
      "crawl-manager",
      now,
    );
  } finally {
    await db.close();
  }
}

const ROLES = [null, "admin@example.com", MANAGER, "reviewer@example.com", "annotator1@example.com", "annotator2@example.com"] as const;

function expectedConsoleLine(m: ConsoleMessage): boolean {
  return /Failed to load resource: the server responded with a status of (401|403|404)/.test(m.text());
}

async function visit(page: Page, url: string): Promise<{ problems: string[]; status: number }> {
  const problems: string[] = [];
  let status: number;
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() === "error" && !expectedConsoleLine(m)) problems.push(`console: ${m.text()}`);
  };
  const onPageError = (e: Error) => problems.push(`uncaught: ${e.message}`);
  const onResponse = (r: { status(): number; url(): string }) => {
    if (r.status() >= 500) problems.push(`${r.status()} from ${r.url()}`);
  };
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  page.on("response", onResponse);
  try {
    const res = await page.goto(url, { waitUntil: "load" });
    if (!res) problems.push("no response");
    status = res?.status() ?? 0;
    // Let hydration and the first client requests happen (their errors land in the listeners).
    await page.waitForTimeout(400);
    const body =
      (await page
        .locator("body")
        .innerText()
        .catch(() => "")) ?? "";
    if (/Application error|client-side exception|Internal Server Error|This page couldn.t load|Something went wrong/i.test(body)) {
      problems.push(`error boundary: ${body.slice(0, 200)}`);
    }
  } finally {
    page.off("console", onConsole);
    page.off("pageerror", onPageError);
    page.off("response", onResponse);
  }
  return { problems, status };
}

test("every page renders for every role without a 5xx, an error boundary or a console error", async ({ page, baseUrl, server }) => {
  test.setTimeout(600_000);
  const admin = await signedIn(baseUrl, "admin@example.com", { "x-forwarded-for": "10.93.0.1" });
  const projectId = ((await admin.json("GET", "/api/projects")).body.projects as { id: string; name: string }[]).find((p) =>
    p.name.startsWith("Japan"),
  )!.id;
  const documentId = (await admin.json("GET", `/api/projects/${projectId}/documents`)).body.documents[0].id as string;
  const propositionId = (await admin.json("GET", `/api/projects/${projectId}/propositions`)).body.propositions[0].id as string;
  await addPlainManager(server.databaseUrl, projectId);
  const ids: Record<string, string> = { "[projectId]": projectId, "[documentId]": documentId, "[propositionId]": propositionId };

  const routes = pageRoutes();
  expect(routes.length).toBeGreaterThan(15);
  const urls = routes.map((r) =>
    r.replace(/\[[^\]]+\]/g, (seg) => {
      if (!ids[seg]) throw new Error(`crawl.spec.ts: give the dynamic segment ${seg} of ${r} an id`);
      return ids[seg];
    }),
  );
  // Sign-out last: it ends the session the rest of the crawl uses.
  const ordered = [...urls.filter((u) => u !== "/signout"), "/signout"];

  const failures: string[] = [];
  for (const role of ROLES) {
    await page.context().clearCookies();
    if (role) await signIn(page, baseUrl, role);
    for (const url of ordered) {
      const { problems, status } = await visit(page, `${baseUrl}${url}`);
      for (const p of problems) failures.push(`${role ?? "anonymous"} ${url}: ${p}`);
      // The admin may open everything: a page refused to the admin is a failure too.
      if (role === "admin@example.com" && status !== 200) failures.push(`admin ${url}: status ${status}`);
    }
  }
  expect(failures).toEqual([]);
});
