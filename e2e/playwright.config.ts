import { defineConfig } from "@playwright/test";

/** Debian's Chromium: Playwright's own browser download cannot run on these machines. */
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "./tests",
  timeout: 60_000,
  expect: { timeout: 5_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Each test drives several browser contexts at once; two cores run one test at a time best.
  workers: 1,
  reporter: [["list"], ["json", { outputFile: "test-results/results.json" }]],
  globalSetup: "./support/globalSetup.ts",
  outputDir: "test-results/artifacts",
  use: {
    browserName: "chromium",
    headless: true,
    // Off unless asked for (PW_TRACE=1): a trace snapshots the whole board's DOM on every action,
    // which on two cores costs the suite minutes. A failure still leaves a screenshot and the
    // page's error context.
    trace: process.env.PW_TRACE ? "retain-on-failure" : "off",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "e2e", testIgnore: /screenshots\.spec\.ts/ },
    { name: "screenshots", testMatch: /screenshots\.spec\.ts/ },
    // Frame-time measurements (`pnpm bench:browser`), outside the test run.
    // No trace: its snapshots walk the whole DOM on every mouse move, which is what would be measured.
    {
      name: "bench",
      testDir: "./bench",
      testMatch: /.*\.bench\.ts/,
      use: { trace: "off", screenshot: "off" },
    },
  ],
});
