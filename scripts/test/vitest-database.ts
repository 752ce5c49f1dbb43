import { inject } from "vitest";
import { copyTestDatabase } from "./test-database";

/**
 * Runs before each integration test file (*.int.test.ts): gives the file a database of its own,
 * a copy of the migrated template, in DATABASE_URL. Files can run in parallel and never see each
 * other's rows. The copies are dropped with the test server at the end of the run.
 */
process.env.DATABASE_URL = await copyTestDatabase(inject("testTemplateDatabaseUrl"));
