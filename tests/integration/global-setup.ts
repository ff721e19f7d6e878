import type { TestProject } from "vitest/node";
import { startTestServer } from "../support/server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** DATABASE_URL of the server's database (file:… or postgresql://…). */
    databaseUrl: string;
  }
}

/** One real server on a throwaway, demo-seeded database (SQLite, or PARALLAX_TEST_POSTGRES) for the whole integration run. */
export default async function setup(project: TestProject) {
  const server = await startTestServer();
  project.provide("baseUrl", server.url);
  project.provide("databaseUrl", server.databaseUrl);
  return () => server.stop();
}
