import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Three projects: `unit` (pure code, no database; `npm run test:unit`), `integration`
 * (*.int.test.ts; each file gets its own copy of a freshly migrated database) and `processes`
 * (*.process.test.ts; real app processes on the production build). `npm test` runs the first two,
 * builds the app, then runs `processes` and the end-to-end suite.
 */

const root = fileURLToPath(new URL(".", import.meta.url));
const roots = ["lib", "scripts", "app", "components"];
const exclude = ["e2e/**", "node_modules/**", ".next/**", "lib/generated/**"];

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    environment: "node",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: roots.map((dir) => `${dir}/**/*.test.ts`),
          exclude: [...exclude, "**/*.int.test.ts", "**/*.process.test.ts"],
          // Unit tests must not reach a database; this address fails fast if one tries.
          env: { DATABASE_URL: "postgresql://unit-tests-use-no-database@127.0.0.1:1/none" },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: roots.map((dir) => `${dir}/**/*.int.test.ts`),
          exclude: [...exclude, "**/*.process.test.ts"],
          globalSetup: ["scripts/test/vitest-global-setup.ts"],
          setupFiles: ["scripts/test/vitest-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // *.process.test.ts start real app processes (npm start, two servers on one database)
          // against the production build; `npm test` runs them after building it.
          name: "processes",
          include: roots.map((dir) => `${dir}/**/*.process.test.ts`),
          exclude,
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
