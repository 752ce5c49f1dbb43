import { migrationStatus, type MigrationOptions } from "./migrations";
import { assertDatabaseReachable } from "./reachability";

export { assertDatabaseReachable } from "./reachability";

/**
 * Start-up check: is the database there, and is its schema the one this code expects? Each
 * failure is one sentence that says what to do, instead of a Prisma error on the first request.
 */

function names(list: string[]): string {
  return list.join(", ");
}

/**
 * Resolves when the database at `url` is reachable and has applied exactly the migrations in
 * prisma/migrations; otherwise throws an Error whose message says what to do.
 */
export async function assertDatabaseReady(url: string, options: MigrationOptions = {}): Promise<void> {
  await assertDatabaseReachable(url);
  const status = await migrationStatus(url, options);
  if (status.failed.length > 0) {
    throw new Error(
      `The database has ${status.failed.length} failed migration(s) (${names(status.failed)}). ` +
        "Repair the database by hand, then mark the migration as rolled back or applied in _prisma_migrations.",
    );
  }
  if (status.pending.length > 0) {
    throw new Error(
      `The database is behind on migrations: ${status.pending.length} pending (${names(status.pending)}). ` +
        "Run `npm run db:migrate`.",
    );
  }
  if (status.unknown.length > 0) {
    throw new Error(
      `The database has applied migrations that prisma/migrations does not have (${names(status.unknown)}). ` +
        "It was migrated by a newer version of the app: update the code, or use another database.",
    );
  }
}
