// Browser-test fixtures: a real server on a fresh demo database per Playwright worker. With one
// worker (playwright.config.ts) the spec files share it, so tests must not assume a pristine corpus.
import { test as base, expect, type Page } from "@playwright/test";
import { startTestServer, type TestServer } from "../support/server";

export const DEMO_PASSWORD = "parallax-demo";

export const test = base.extend<{ baseUrl: string }, { server: TestServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from the destructuring: a worker fixture with none must still write {}
    async ({}, use) => {
      const server = await startTestServer();
      await use(server);
      await server.stop();
    },
    { scope: "worker", timeout: 120_000 },
  ],
  baseUrl: async ({ server }, use) => use(server.url),
});

export { expect };

export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${baseUrl}/projects`);
}
