import { defineConfig } from "vitest/config";

// One runner, three projects: pure shared logic, server units, and server integration tests that
// spawn real server processes (slower, so they run on their own).
export default defineConfig({
  test: {
    projects: [
      { test: { name: "shared", include: ["shared/src/**/*.test.ts"] } },
      { test: { name: "server-unit", include: ["server/src/**/*.test.ts"] } },
      {
        test: {
          name: "server-integration",
          include: ["server/test/**/*.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 30_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
