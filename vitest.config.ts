import { defineConfig } from "vitest/config";

// One runner, four projects: pure shared logic, the client's pure board logic (no browser: the
// end-to-end tests drive the real one), server units, and server integration tests that spawn
// real server processes. Those mostly wait on their servers, so two files run at once (each with
// its own server, port and data directory): on two cores that takes the suite from about 190 s to
// about 125 s.
export default defineConfig({
  test: {
    // Two at a time whatever the machine reports: the tests are written for two cores.
    maxWorkers: 2,
    projects: [
      { test: { name: "shared", include: ["shared/src/**/*.test.ts"] } },
      { test: { name: "client", include: ["client/src/**/*.test.ts"], environment: "node" } },
      { test: { name: "server-unit", include: ["server/src/**/*.test.ts"] } },
      {
        test: {
          name: "server-integration",
          include: ["server/test/**/*.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
