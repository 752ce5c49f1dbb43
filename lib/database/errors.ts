import { AppError } from "../errors";

/**
 * Recognises the database errors the domain functions and the API wrapper act on, whichever
 * client raised them: Prisma (P-codes, with the driver adapter's cause), postgres.js and node-pg
 * (SQLSTATE codes), or the socket underneath (errno codes).
 */

type ErrorLike = {
  code?: unknown;
  errno?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: unknown;
  name?: unknown;
};

/** The error and every error it wraps (`cause`, Prisma's `meta.driverAdapterError`). */
function chain(error: unknown): ErrorLike[] {
  const seen: ErrorLike[] = [];
  let current: unknown = error;
  while (current && typeof current === "object" && seen.length < 8 && !seen.includes(current as ErrorLike)) {
    const e = current as ErrorLike;
    seen.push(e);
    const adapter = (e.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
    current = adapter ?? e.cause;
  }
  return seen;
}

const codes = (error: unknown): string[] =>
  chain(error).flatMap((e) =>
    [e.code, (e as { kind?: unknown }).kind].filter((c): c is string => typeof c === "string"),
  );

/** A unique or primary-key constraint refused the write: someone else stored the same key first. */
export function isUniqueViolation(error: unknown): boolean {
  return codes(error).some((code) => code === "P2002" || code === "23505" || code === "UniqueConstraintViolation");
}

/** SQLSTATE classes and codes meaning the server is gone, starting up or shutting down. */
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-4]|53300)/;
const UNAVAILABLE_CODES = new Set([
  // Prisma: cannot reach, timed out, server closed the connection, pool timeout.
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  // Driver adapter kinds.
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  // postgres.js
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  // sockets
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection (is )?(closed|ended|refused)|Can't reach database|server closed the connection|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|Client has encountered a connection error|timeout exceeded when trying to connect/i;

/** The database cannot be reached right now (down, restarting, refusing connections). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error && typeof error === "object" && (error as ErrorLike).name === "PrismaClientInitializationError")
    return true;
  if (codes(error).some((code) => UNAVAILABLE_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  return chain(error).some((e) => typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message));
}

/** 503: the database cannot be reached; the pools reconnect by themselves once it is back. */
export class DatabaseUnavailableError extends AppError {
  constructor() {
    super(503, "database_unavailable", "The database is unavailable, retrying; try again in a few seconds");
  }
}
