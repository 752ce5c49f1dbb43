/**
 * Small helpers for PostgreSQL connection URLs. Anything that ends up in a message or a log goes
 * through `redactUrl` or `describeServer`, so a password in DATABASE_URL is never printed.
 */

function parse(url: string): URL {
  try {
    return new URL(url);
  } catch {
    throw new Error("The database URL is not a valid URL (expected postgresql://user:password@host:port/database).");
  }
}

/** "host:port" of the server a URL points at (port 5432 when the URL has none). */
export function describeServer(url: string): string {
  const parsed = parse(url);
  return `${parsed.hostname || "localhost"}:${parsed.port || "5432"}`;
}

/** The URL with its password replaced by "***"; safe to print. */
export function redactUrl(url: string): string {
  const parsed = parse(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

/** The database name in a URL ("postgres" when the URL names none, as libpq does for user postgres). */
export function databaseName(url: string): string {
  const name = decodeURIComponent(parse(url).pathname.replace(/^\//, ""));
  return name || "postgres";
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = parse(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
