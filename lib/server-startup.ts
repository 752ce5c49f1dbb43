import { assertServerDatabaseReady } from "./database/startup-check";
import { env } from "./env";

/** One clear sentence and exit code 1 instead of errors on every request. */
export async function checkServerStartup(): Promise<void> {
  try {
    await assertServerDatabaseReady(env().DATABASE_URL);
  } catch (error) {
    process.stderr.write(`\nThe workbench cannot start: ${error instanceof Error ? error.message : String(error)}\n\n`);
    process.exit(1);
  }
}
