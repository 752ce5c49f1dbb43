import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS, findChromium } from "./scripts/test/chromium";

/**
 * End-to-end tests. `npm test` (or `npm test -- --e2e`) builds and starts the app against a
 * throwaway database and sets BASE_URL and DATABASE_URL; the fixtures in e2e/fixtures seed
 * through the lib functions and sign in through the API.
 */

const jsonReport = process.env.E2E_JSON_REPORT;

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results/e2e",
  // Two browsers at a time suit a two-core machine; E2E_WORKERS=1 runs the specs one by one.
  workers: Number(process.env.E2E_WORKERS) || 2,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: jsonReport ? [["list"], ["json", { outputFile: jsonReport }]] : [["list"]],
  use: {
    baseURL: process.env.BASE_URL ?? "http://localhost:3000",
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    locale: "en-US",
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_FLAGS },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: "**/perf.spec.ts" },
    // Timed pages run after every other spec, one at a time, so they measure the app, not the
    // other browsers sharing the cores.
    {
      name: "perf",
      use: { ...devices["Desktop Chrome"] },
      testMatch: "**/perf.spec.ts",
      dependencies: ["chromium"],
      workers: 1,
    },
  ],
});
