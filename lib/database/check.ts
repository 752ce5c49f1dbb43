import { withConnection } from "./admin";
import { migrationStatus, type MigrationOptions } from "./migrations";
import { describeServer } from "./url";

/**
 * Start-up check: is the database there, and is its schema the one this code expects? Each
 * failure is one sentence that says what to do, instead of a Prisma error on the first request.
 */

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed",
  ETIMEDOUT: "timed out",
  CONNECT_TIMEOUT: "timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
};

/** A short human reason for a failed connection, from a Node network error or a server error. */
export function connectionFailureReason(error: unknown): string {
  // Node reports a host with several addresses (localhost: ::1 and 127.0.0.1) as an AggregateError.
  const first = error instanceof AggregateError && error.errors.length > 0 ? error.errors[0] : error;
  if (first instanceof Error) {
    const code = (first as NodeJS.ErrnoException).code;
    if (code && NETWORK_REASONS[code]) return NETWORK_REASONS[code];
    if (first.message) return first.message;
    if (code) return code;
  }
  return String(first);
}

/** Throws when `url` cannot be connected to, with the message people see when the server is down. */
export async function assertDatabaseReachable(url: string): Promise<void> {
  const server = describeServer(url);
  try {
    await withConnection(url, (sql) => sql`SELECT 1`);
  } catch (error) {
    throw new Error(
      `Cannot reach PostgreSQL at ${server}: ${connectionFailureReason(error)}. ` +
        "Start the server, fix DATABASE_URL, or unset DATABASE_URL to use the embedded database.",
      { cause: error },
    );
  }
}

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
