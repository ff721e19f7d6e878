import type { TestProject } from "vitest/node";
import { startTestServer } from "../support/server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    dbFile: string;
  }
}

/** One real server on a throwaway, demo-seeded SQLite file for the whole integration run. */
export default async function setup(project: TestProject) {
  const server = await startTestServer();
  project.provide("baseUrl", server.url);
  project.provide("dbFile", server.dbFile);
  return () => server.stop();
}
