/**
 * npm test                 every suite: lint (Biome, knip), unit + integration (Vitest), then end-to-end (Playwright)
 * npm test -- --unit       Vitest only
 * npm test -- --e2e        end-to-end only
 * npm test -- --no-build   reuse the production build in .next instead of rebuilding
 * npm test -- --e2e e2e/x.spec.ts   end-to-end, only the given spec files (or Playwright filters)
 *
 * Runs against a fresh embedded PostgreSQL in a temporary directory, or, with TEST_DATABASE_URL,
 * a new database on that server; never the user's data. Ends with the line `N passed, N failed`
 * counting every test, and exits non-zero if any test failed or a step crashed.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { unmigratedSchemaChanges } from "../lib/database/create-migration";
import { findFreePort } from "../lib/database/ports";
import { findChromium, NO_CHROMIUM_MESSAGE } from "./test/chromium";
import {
  formatSuite,
  fromPlaywrightReport,
  fromVitestReport,
  totalsLine,
  type PlaywrightReport,
  type SuiteResult,
  type VitestReport,
} from "./test/reports";
import { createTestDatabase, type TestDatabase } from "./test/test-database";
import { buildNext, nextEnv, startNext, type NextServer } from "./support/next-app";

const ROOT = process.cwd();
const BIN = path.join(ROOT, "node_modules", ".bin");
const SERVER_LOG = path.join("test-results", "next-server.log");

const cleanups: (() => Promise<void>)[] = [];
const reportDir = path.join(os.tmpdir(), `wb-test-reports-${randomBytes(4).toString("hex")}`);

function heading(text: string): void {
  console.log(`\n━━ ${text} ${"━".repeat(Math.max(0, 70 - text.length))}`);
}

function crashed(name: string, error: unknown, startedAt: number): SuiteResult {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\n${name} could not run: ${message}`);
  return {
    name,
    passed: 0,
    failed: 1,
    skipped: 0,
    durationMs: Date.now() - startedAt,
    failures: [`step crashed: ${message}`],
  };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "inherit", "inherit"] });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

async function readJson<T>(file: string): Promise<T | undefined> {
  const text = await readFile(file, "utf8").catch(() => undefined);
  return text === undefined ? undefined : (JSON.parse(text) as T);
}

async function specFiles(): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, "e2e"), { recursive: true }).catch(() => []);
  return entries.filter((entry) => entry.endsWith(".spec.ts")).sort();
}

async function checkMigrationsCoverSchema(): Promise<SuiteResult | undefined> {
  const sql = await unmigratedSchemaChanges();
  if (!sql) return undefined;
  const message =
    "prisma/schema.prisma has changes that no migration covers. Write one with `npm run db:new-migration -- <name>`.";
  console.error(`\n${message}\nThe missing SQL:\n${sql}`);
  return { name: "migrations", passed: 0, failed: 1, skipped: 0, durationMs: 0, failures: [message] };
}

/**
 * The guard rails: Biome (lint and format, `biome ci`) and knip (unused files, exports and
 * dependencies). Each is one check in the totals; a finding fails it. `npm run lint` runs both alone.
 */
async function runLint(): Promise<SuiteResult> {
  heading("Lint, format and unused code (Biome, knip)");
  const started = Date.now();
  const checks: [string, string[]][] = [
    // A warning (an unused import or variable) is a finding too: it fails the step like an error.
    ["biome", ["ci", "--error-on-warnings", "--reporter=summary", "."]],
    ["knip", []],
  ];
  const result: SuiteResult = { name: "lint", passed: 0, failed: 0, skipped: 0, durationMs: 0, failures: [] };
  for (const [tool, args] of checks) {
    const code = await run(path.join(BIN, tool), args, process.env);
    if (code === 0) result.passed++;
    else {
      result.failed++;
      result.failures.push(`${tool} found problems (exit code ${code}); see its output above, or run \`npm run lint\``);
    }
  }
  result.durationMs = Date.now() - started;
  return result;
}

async function runVitest(database: TestDatabase): Promise<SuiteResult> {
  heading("Unit and integration tests (Vitest)");
  const started = Date.now();
  const report = path.join(reportDir, "vitest.json");
  const env: NodeJS.ProcessEnv = { ...process.env, TEST_TEMPLATE_DATABASE_URL: database.url };
  // Integration files get their own database; nothing may reach the user's.
  delete env.DATABASE_URL;
  const code = await run(
    path.join(BIN, "vitest"),
    [
      "run",
      "--project",
      "unit",
      "--project",
      "integration",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
      "--passWithNoTests",
    ],
    env,
  );
  const parsed = await readJson<VitestReport>(report);
  if (!parsed) throw new Error(`Vitest exited with code ${code} without writing its report`);
  const result = fromVitestReport(parsed, Date.now() - started, ROOT);
  if (code !== 0 && result.failed === 0) {
    result.failed = 1;
    result.failures.push(`Vitest exited with code ${code}`);
  }
  return result;
}

/**
 * Tests that start real app processes (npm start with its own embedded database, two servers on
 * one database) on the production build just made; they never touch the user's data.
 */
async function runProcessTests(): Promise<SuiteResult> {
  heading("Process tests (crashes, signals, two app processes)");
  const started = Date.now();
  const report = path.join(reportDir, "vitest-processes.json");
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  const code = await run(
    path.join(BIN, "vitest"),
    [
      "run",
      "--project",
      "processes",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
      "--passWithNoTests",
    ],
    env,
  );
  const parsed = await readJson<VitestReport>(report);
  if (!parsed) throw new Error(`Vitest exited with code ${code} without writing its report`);
  const result = fromVitestReport(parsed, Date.now() - started, ROOT);
  result.name = "processes (vitest)";
  if (code !== 0 && result.failed === 0) {
    result.failed = 1;
    result.failures.push(`Vitest exited with code ${code}`);
  }
  return result;
}

async function runEndToEnd(
  database: TestDatabase,
  options: { build: boolean; chromium: string; results: SuiteResult[]; filters: string[] },
): Promise<SuiteResult> {
  heading("End-to-end tests (Playwright)");
  const started = Date.now();
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const secret = randomBytes(32).toString("base64url");
  const env = nextEnv({
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: baseUrl,
    AUTH_TRUST_HOST: "true",
    // The web import spec serves its news pages from loopback, which the server otherwise refuses to fetch.
    IMPORT_ALLOW_PRIVATE: "1",
  });

  if (options.build) {
    const buildStarted = Date.now();
    console.log("Building the app (next build)…");
    await buildNext(env);
    console.log(`Built in ${((Date.now() - buildStarted) / 1000).toFixed(1)} s.`);
    const processStarted = Date.now();
    options.results.push(
      await runProcessTests().catch((error: unknown) => crashed("processes (vitest)", error, processStarted)),
    );
  } else if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error("--no-build was given, but there is no production build in .next (run `npm run build`)");
  }

  await mkdir(path.dirname(SERVER_LOG), { recursive: true });
  const server: NextServer = await startNext({
    mode: "start",
    port,
    host: "127.0.0.1",
    env: { ...env, NODE_ENV: "production" },
    logFile: SERVER_LOG,
  });
  cleanups.push(server.stop);
  console.log(`App under test at ${baseUrl} (server log: ${SERVER_LOG}).`);

  const report = path.join(reportDir, "playwright.json");
  const code = await run(path.join(BIN, "playwright"), ["test", ...options.filters], {
    ...process.env,
    BASE_URL: baseUrl,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: secret,
    CHROMIUM_PATH: options.chromium,
    E2E_JSON_REPORT: report,
  });
  await server.stop();
  const parsed = await readJson<PlaywrightReport>(report);
  if (!parsed) throw new Error(`Playwright exited with code ${code} without writing its report`);
  const result = fromPlaywrightReport(parsed, Date.now() - started);
  if (code !== 0 && result.failed === 0) {
    result.failed = 1;
    result.failures.push(`Playwright exited with code ${code}`);
  }
  if (result.failed > 0) result.hint = `Screenshots and traces: test-results/e2e; the app server's log: ${SERVER_LOG}`;
  return result;
}

async function cleanUp(): Promise<void> {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop()!;
    await cleanup().catch((error: unknown) =>
      console.error(`Cleanup failed: ${error instanceof Error ? error.message : error}`),
    );
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { unit: { type: "boolean" }, e2e: { type: "boolean" }, "no-build": { type: "boolean" } },
    allowPositionals: true,
  });
  const wantUnit = Boolean(values.unit) || !values.e2e;
  const wantEndToEnd = Boolean(values.e2e) || !values.unit;
  const totalStarted = Date.now();
  const results: SuiteResult[] = [];

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      console.error(`\nInterrupted: cleaning up the test database and servers…`);
      void cleanUp().then(() => process.exit(130));
    });
  }

  const specs = wantEndToEnd ? await specFiles() : [];
  const chromium = specs.length > 0 ? findChromium() : undefined;
  if (specs.length > 0 && !chromium) {
    const configured = process.env.CHROMIUM_PATH;
    if (configured) console.error(`CHROMIUM_PATH is ${configured}, which does not exist.`);
    console.error(NO_CHROMIUM_MESSAGE);
    return 1;
  }

  await mkdir(reportDir, { recursive: true });
  cleanups.push(() => rm(reportDir, { recursive: true, force: true }));
  try {
    const drift = await checkMigrationsCoverSchema();
    if (drift) results.push(drift);
    const lintStarted = Date.now();
    results.push(await runLint().catch((error: unknown) => crashed("lint", error, lintStarted)));

    const dbStarted = Date.now();
    let database: TestDatabase;
    try {
      database = await createTestDatabase();
    } catch (error) {
      results.push(crashed("test database", error, dbStarted));
      return finish(results, totalStarted);
    }
    cleanups.push(database.cleanup);
    console.log(
      `Test database: ${database.where}; ready in ${database.timings.startMs} ms, ` +
        `migrations applied in ${database.timings.migrateMs} ms.`,
    );

    if (wantUnit) {
      const started = Date.now();
      results.push(
        await runVitest(database).catch((error: unknown) => crashed("unit + integration (vitest)", error, started)),
      );
    }
    if (wantEndToEnd) {
      const started = Date.now();
      if (specs.length === 0) {
        results.push({
          name: "end-to-end (playwright)",
          passed: 0,
          failed: 0,
          skipped: 0,
          durationMs: 0,
          failures: [],
          note: "0 tests (no e2e/**/*.spec.ts files)",
        });
      } else {
        results.push(
          await runEndToEnd(database, {
            build: !values["no-build"],
            chromium: chromium!,
            results,
            filters: positionals,
          }).catch((error: unknown) => crashed("end-to-end (playwright)", error, started)),
        );
      }
    }
  } finally {
    await cleanUp();
  }
  return finish(results, totalStarted);
}

function finish(results: SuiteResult[], startedAt: number): number {
  heading("Summary");
  for (const result of results) console.log(formatSuite(result));
  console.log(`Total time: ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  console.log(totalsLine(results));
  return results.some((result) => result.failed > 0) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    await cleanUp();
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
