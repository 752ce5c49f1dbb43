import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Two projects: `unit` (pure code, no database; `npm run test:unit`) and `integration`
 * (*.int.test.ts; each file gets its own copy of a freshly migrated database). `npm test` runs
 * both, then the end-to-end suite.
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
          exclude: [...exclude, "**/*.int.test.ts"],
          // Unit tests must not reach a database; this address fails fast if one tries.
          env: { DATABASE_URL: "postgresql://unit-tests-use-no-database@127.0.0.1:1/none" },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: roots.map((dir) => `${dir}/**/*.int.test.ts`),
          exclude,
          globalSetup: ["scripts/test/vitest-global-setup.ts"],
          setupFiles: ["scripts/test/vitest-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
