import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./test-database";

/**
 * Global setup of the integration project: provides the migrated template database that each
 * integration test file copies (see vitest-database.ts). `npm test` passes its own in
 * TEST_TEMPLATE_DATABASE_URL; a bare `npx vitest` starts a throwaway one here.
 */

declare module "vitest" {
  export interface ProvidedContext {
    testTemplateDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.TEST_TEMPLATE_DATABASE_URL;
  if (given) {
    project.provide("testTemplateDatabaseUrl", given);
    return async () => undefined;
  }
  const database = await createTestDatabase();
  project.provide("testTemplateDatabaseUrl", database.url);
  return database.cleanup;
}
