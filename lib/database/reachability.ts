import { withConnection } from "./admin";
import { describeServer } from "./url";

/** Whether the database server answers at all; shared by the scripts' and the server's start-up checks. */

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
