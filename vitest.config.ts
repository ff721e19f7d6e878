import { defineConfig } from "vitest/config";
import path from "node:path";

// Two projects: fast pure unit tests, and integration tests that run against a real
// server on a throwaway database (started once in tests/integration/global-setup.ts): SQLite,
// or PostgreSQL when PARALLAX_TEST_POSTGRES names a server.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // Data-layer tests import lib/server directly; outside Next, "server-only" is a no-op.
      "server-only": path.resolve(__dirname, "tests/support/empty.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
